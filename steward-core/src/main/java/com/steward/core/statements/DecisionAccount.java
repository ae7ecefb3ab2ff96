package com.steward.core.statements;

/**
 * Suspension or termination of the account (DSA Art. 17(1)(d)).
 *
 * <p>Constant names are the EU DSA Transparency Database's exact API values
 * (see {@code shared/design/dsa/sor-spec.md}, section 7), so {@link #name()} is what is exported.
 */
public enum DecisionAccount {
    DECISION_ACCOUNT_SUSPENDED,
    DECISION_ACCOUNT_TERMINATED
}
