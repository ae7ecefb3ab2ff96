package com.steward.core.penalties;

import java.time.Instant;
import java.time.ZoneId;

/** The small pieces of the sentences a seller reads. */
final class Wording {

  private Wording() {}

  static String points(int n) {
    return n == 1 ? "1 point" : n + " points";
  }

  /** The calendar date of an instant where the seller is told about it (ISO, 2027-03-02). */
  static String date(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate().toString();
  }
}
