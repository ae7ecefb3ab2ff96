package com.steward.core.statements;

/**
 * Restriction of the visibility of content (DSA Art. 17(1)(a)).
 *
 * <p>Constant names are the EU DSA Transparency Database's exact API values
 * (see {@code shared/design/dsa/sor-spec.md}, section 7), so {@link #name()} is what is exported.
 */
public enum DecisionVisibility {
    DECISION_VISIBILITY_CONTENT_REMOVED,
    DECISION_VISIBILITY_CONTENT_DISABLED,
    DECISION_VISIBILITY_CONTENT_DEMOTED,
    DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED,
    DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED,
    DECISION_VISIBILITY_CONTENT_LABELLED,
    DECISION_VISIBILITY_OTHER
}
