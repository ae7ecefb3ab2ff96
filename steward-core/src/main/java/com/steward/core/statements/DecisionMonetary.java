package com.steward.core.statements;

/**
 * Restriction of monetary payments (DSA Art. 17(1)(b)).
 *
 * <p>Constant names are the EU DSA Transparency Database's exact API values
 * (see {@code shared/design/dsa/sor-spec.md}, section 7), so {@link #name()} is what is exported.
 */
public enum DecisionMonetary {
    DECISION_MONETARY_SUSPENSION,
    DECISION_MONETARY_TERMINATION,
    DECISION_MONETARY_OTHER
}
