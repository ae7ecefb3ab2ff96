package com.steward.core.statements;

/**
 * Whether the affected recipient acts as a business or privately.
 *
 * <p>Constant names are the EU DSA Transparency Database's exact API values
 * (see {@code shared/design/dsa/sor-spec.md}, section 7), so {@link #name()} is what is exported.
 */
public enum AccountType {
    ACCOUNT_TYPE_BUSINESS,
    ACCOUNT_TYPE_PRIVATE
}
