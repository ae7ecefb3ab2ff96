package com.steward.core.statements;

/**
 * How far the decision itself was taken by automated means (DSA Art. 17(3)(c)).
 *
 * <p>Constant names are the EU DSA Transparency Database's exact API values
 * (see {@code shared/design/dsa/sor-spec.md}, section 7), so {@link #name()} is what is exported.
 */
public enum AutomatedDecision {
    AUTOMATED_DECISION_FULLY,
    AUTOMATED_DECISION_PARTIALLY,
    AUTOMATED_DECISION_NOT_AUTOMATED
}
