package com.steward.core.statements;

/**
 * Legal ground (illegal content) or contractual ground (incompatible with terms and conditions).
 *
 * <p>Constant names are the EU DSA Transparency Database's exact API values
 * (see {@code shared/design/dsa/sor-spec.md}, section 7), so {@link #name()} is what is exported.
 */
public enum DecisionGround {
    DECISION_GROUND_ILLEGAL_CONTENT,
    DECISION_GROUND_INCOMPATIBLE_CONTENT
}
