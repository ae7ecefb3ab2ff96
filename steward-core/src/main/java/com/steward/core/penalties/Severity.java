package com.steward.core.penalties;

import java.util.Locale;

/** How grave one violation of a type is, as the reviewer or the rule that found it judged. */
public enum Severity {
  MINOR,
  MAJOR,
  SEVERE;

  /** The words a seller reads: "minor", "major" or "severe". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
