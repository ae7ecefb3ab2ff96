package com.steward.core.penalties;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A threshold whose restriction applies now.
 *
 * @param threshold the rung of the ladder
 * @param since when the points last crossed it (for a closure, the first time they did)
 * @param until when it lifts: a store suspension's end; for a restriction held by points, the
 *     moment expiring points take the cluster below the threshold if no new points come; null for
 *     a closure
 */
public record RestrictionInForce(Threshold threshold, Instant since, @Nullable Instant until) {

  public Restriction restriction() {
    return threshold.restriction();
  }

  /** The line a seller reads, such as "Since 2026-05-01: store suspended for 7 days, until 2026-05-08". */
  public String explain(ZoneId zone) {
    String line = "Since " + Wording.date(since, zone) + ": " + threshold.describe();
    if (until == null) {
      return line;
    }
    String end = ", until " + Wording.date(until, zone);
    return threshold.restriction().heldByPoints() ? line + end + " if no new points are added" : line + end;
  }
}
