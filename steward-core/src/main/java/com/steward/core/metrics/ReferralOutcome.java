package com.steward.core.metrics;

/** One referral to a brand: whether the brand answered, and whether it confirmed an infringement. */
public record ReferralOutcome(boolean answered, boolean confirmed) {

  public ReferralOutcome {
    if (confirmed && !answered) {
      throw new IllegalArgumentException("a referral cannot be confirmed without an answer");
    }
  }
}
