package com.steward.listings;

/** ACTIVE and INACTIVE are the marketplace's to set; REMOVED and BLOCKED are Steward's decisions. */
public enum ListingStatus {
  ACTIVE,
  INACTIVE,
  /** Taken down after a notice. */
  REMOVED,
  /** Stopped by proactive screening. */
  BLOCKED;

  public boolean restrictedBySteward() {
    return this == REMOVED || this == BLOCKED;
  }
}
