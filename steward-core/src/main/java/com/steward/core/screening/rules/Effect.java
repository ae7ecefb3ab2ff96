package com.steward.core.screening.rules;

/**
 * What Haze Clearing does to the merchant besides blocking the listing, when a rule carrying the
 * effect fires in a blocking decision.
 */
public enum Effect {
  /** Lower the merchant's credit: a hook the seller rating takes up. */
  LOWER_CREDIT,
  /** Suspend the merchant's marketing (promotions, ads): a flag the marketplace receives as an event. */
  SUSPEND_MARKETING
}
