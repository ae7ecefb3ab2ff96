package com.steward.core.penalties;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A violation whose points count now.
 *
 * @param violation the violation
 * @param points the points it gives
 * @param expiresAt when its points stop counting: its occurrence plus the policy's window
 */
public record CountedViolation(Violation violation, int points, Instant expiresAt) {

  /**
   * The line a seller reads, such as "6 points: upheld notice N-123 (counterfeit), major, expires
   * 2027-03-02"; the date is the expiry's in {@code zone}.
   */
  public String explain(ZoneId zone) {
    StringBuilder b = new StringBuilder(Wording.points(points)).append(": ").append(violation.type().label());
    if (!violation.reference().isEmpty()) {
      b.append(' ').append(violation.reference());
    }
    b.append(", ").append(violation.severity().label());
    if (violation.points() != null) {
      b.append(", points set on review");
    }
    return b.append(", expires ").append(Wording.date(expiresAt, zone)).toString();
  }
}
