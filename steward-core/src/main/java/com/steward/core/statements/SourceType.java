package com.steward.core.statements;

/**
 * What started the decision: a notice (Art. 16), a trusted flagger, another notification, or own initiative.
 *
 * <p>Constant names are the EU DSA Transparency Database's exact API values
 * (see {@code shared/design/dsa/sor-spec.md}, section 7), so {@link #name()} is what is exported.
 */
public enum SourceType {
    SOURCE_ARTICLE_16,
    SOURCE_TRUSTED_FLAGGER,
    SOURCE_TYPE_OTHER_NOTIFICATION,
    SOURCE_VOLUNTARY
}
