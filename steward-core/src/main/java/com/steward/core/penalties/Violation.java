package com.steward.core.penalties;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One violation in a seller cluster's record.
 *
 * @param id the violation's id, unique in the cluster's record
 * @param type what the seller did
 * @param severity how grave it was
 * @param occurredAt when the violation was established (the block, the upheld decision, the
 *     confirmation): its points count from then for the policy's window
 * @param points points set by a reviewer instead of the policy's, 0 to {@link PointScale#MAX_POINTS}; null
 *     for the policy's
 * @param reference what the seller can look up, such as a notice id with its reason ("N-123
 *     (counterfeit)"); may be empty
 * @param overturned whether an appeal overturned it; an overturned violation counts for nothing,
 *     then or ever
 */
public record Violation(String id, ViolationType type, Severity severity, Instant occurredAt,
    @Nullable Integer points, String reference, boolean overturned) {

  public Violation {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id: required");
    }
    if (type == null) {
      throw new IllegalArgumentException("type: required (violation " + id + ")");
    }
    if (severity == null) {
      throw new IllegalArgumentException("severity: required (violation " + id + ")");
    }
    if (occurredAt == null) {
      throw new IllegalArgumentException("occurredAt: required (violation " + id + ")");
    }
    if (points != null && (points < 0 || points > PointScale.MAX_POINTS)) {
      throw new IllegalArgumentException("points: 0 to " + PointScale.MAX_POINTS + ", was " + points + " (violation "
          + id + ")");
    }
    reference = reference == null ? "" : reference.strip();
  }

  /** A violation with the policy's points, not overturned. */
  public static Violation of(String id, ViolationType type, Severity severity, Instant occurredAt, String reference) {
    return new Violation(id, type, severity, occurredAt, null, reference, false);
  }

  /** The same violation, overturned on appeal. */
  public Violation overturn() {
    return new Violation(id, type, severity, occurredAt, points, reference, true);
  }

  /** The same violation with points set by a reviewer. */
  public Violation withPoints(int reviewed) {
    return new Violation(id, type, severity, occurredAt, reviewed, reference, overturned);
  }
}
