package com.steward.core.metrics;

/**
 * One offender (the person behind one or more storefronts) that was banned: whether it came back
 * with a new storefront that Steward accepted and that then put a listing live.
 */
public record OffenderOutcome(String offender, boolean returned) {}
