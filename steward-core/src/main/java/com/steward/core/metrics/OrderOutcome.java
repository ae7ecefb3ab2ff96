package com.steward.core.metrics;

/** One order: when it was placed, and whether the buyer asked for a refund because the item was fake. */
public record OrderOutcome(long placedAt, boolean refundedAsFake) {}
