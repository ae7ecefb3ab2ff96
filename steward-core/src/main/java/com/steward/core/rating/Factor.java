package com.steward.core.rating;

import java.util.Locale;

/** The components of the rating. */
public enum Factor {
  VERIFICATION,
  CREDIBILITY,
  COMPLIANCE,
  PENALTIES,
  POSITIVE_BEHAVIOUR,
  COOPERATION;

  /** The words a seller reads, such as "positive behaviour". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
