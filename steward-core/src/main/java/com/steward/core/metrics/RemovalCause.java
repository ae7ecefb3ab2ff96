package com.steward.core.metrics;

/**
 * Why a listing came down. {@code PROACTIVE} is the marketplace's own initiative (a screening
 * block, a referral the brand confirmed, a ban of the seller's cluster); {@code NOTICE} is a
 * rights holder's notice acted on.
 */
public enum RemovalCause {
  PROACTIVE,
  NOTICE
}
