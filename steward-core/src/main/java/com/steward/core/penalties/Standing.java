package com.steward.core.penalties;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a seller cluster stands at one moment.
 *
 * @param at the moment
 * @param windowDays the policy's window the points count over
 * @param points the active points: the sum over {@code counted}
 * @param counted the violations whose points count, oldest first
 * @param reached every threshold at or below the active points, in ladder order
 * @param inForce the restrictions that apply, in ladder order; a store suspension may have ended
 *     while its threshold is still reached, and a closure stays whatever the points
 * @param next the next threshold above the active points; null at the top or once closed
 * @param pointsToNext the points still missing to {@code next}; 0 without one
 * @param nextChange the next moment this standing changes by itself (points expire, a suspension
 *     ends); null if nothing is left to change
 */
public record Standing(Instant at, int windowDays, int points, List<CountedViolation> counted,
    List<Threshold> reached, List<RestrictionInForce> inForce, @Nullable Threshold next, int pointsToNext,
    @Nullable Instant nextChange) {

  public Standing {
    counted = List.copyOf(counted);
    reached = List.copyOf(reached);
    inForce = List.copyOf(inForce);
  }

  /** The restriction in force of the highest rung; null if none. */
  public @Nullable RestrictionInForce highest() {
    return inForce.isEmpty() ? null : inForce.getLast();
  }

  /** Whether a restriction of this kind applies now. */
  public boolean restricts(Restriction restriction) {
    return inForce.stream().anyMatch(r -> r.restriction() == restriction);
  }

  /** Whether this threshold's restriction applies now. */
  public boolean inForce(Threshold threshold) {
    return inForce.stream().anyMatch(r -> r.threshold().equals(threshold));
  }

  /** The strictest listing limit in force; null if none. */
  public @Nullable Integer listingLimit() {
    return inForce.stream().filter(r -> r.restriction() == Restriction.LISTING_LIMIT)
        .map(r -> r.threshold().maxListings()).min(Integer::compare).orElse(null);
  }

  /** When the store suspension in force ends; null if the store is not suspended. */
  public @Nullable Instant suspendedUntil() {
    return inForce.stream().filter(r -> r.restriction() == Restriction.STORE_SUSPENSION)
        .map(RestrictionInForce::until).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
  }

  /** The next moment a restriction in force lifts, if no new points come; null if none will. */
  public @Nullable Instant nextLift() {
    return inForce.stream().map(RestrictionInForce::until).filter(Objects::nonNull).min(Instant::compareTo)
        .orElse(null);
  }

  /** What a seller reads about its points: total, each violation, the restrictions, the next step. */
  public List<String> explain(ZoneId zone) {
    List<String> lines = new ArrayList<>();
    String total = points == 0 ? "No points" : Wording.points(points);
    lines.add(total + " in the last " + windowDays + " days");
    counted.forEach(c -> lines.add(c.explain(zone)));
    inForce.forEach(r -> lines.add(r.explain(zone)));
    if (next != null) {
      lines.add("Next: " + next.describe() + " at " + Wording.points(next.points()) + ", "
          + Wording.points(pointsToNext) + " away");
    }
    return lines;
  }
}
