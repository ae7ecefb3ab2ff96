package com.steward.core.statements;

/**
 * Suspension or termination of the service (DSA Art. 17(1)(c)).
 *
 * <p>Constant names are the EU DSA Transparency Database's exact API values
 * (see {@code shared/design/dsa/sor-spec.md}, section 7), so {@link #name()} is what is exported.
 */
public enum DecisionProvision {
    DECISION_PROVISION_PARTIAL_SUSPENSION,
    DECISION_PROVISION_TOTAL_SUSPENSION,
    DECISION_PROVISION_PARTIAL_TERMINATION,
    DECISION_PROVISION_TOTAL_TERMINATION
}
