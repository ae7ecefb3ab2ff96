package com.steward.core.rating;

/** How far the seller's identity has been verified, and the value it gives the rating (0 to 100). */
public enum VerificationLevel {
  /** Nothing checked. */
  NONE(0),
  /** Contact details confirmed (email, phone). */
  BASIC(40),
  /** Trader information checked against documents or a register. */
  VERIFIED(80),
  /** A registered business verified with its representatives and a site visit or audit. */
  VERIFIED_ENTERPRISE(100);

  private final int value;

  VerificationLevel(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }
}
