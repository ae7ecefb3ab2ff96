package com.steward.core.statements;

/**
 * Kind of content the decision concerns.
 *
 * <p>Constant names are the EU DSA Transparency Database's exact API values
 * (see {@code shared/design/dsa/sor-spec.md}, section 7), so {@link #name()} is what is exported.
 */
public enum ContentType {
    CONTENT_TYPE_APP,
    CONTENT_TYPE_AUDIO,
    CONTENT_TYPE_IMAGE,
    CONTENT_TYPE_PRODUCT,
    CONTENT_TYPE_SYNTHETIC_MEDIA,
    CONTENT_TYPE_TEXT,
    CONTENT_TYPE_VIDEO,
    CONTENT_TYPE_OTHER
}
