package com.steward.core.penalties;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a seller cluster's violations under a policy. Stateless: the server passes the whole
 * record of the cluster, overturned and expired violations included, and the moment to read it
 * at.
 *
 * <p>A violation counts from {@code occurredAt} (inclusive) until {@code occurredAt + window}
 * (exclusive); violations after {@code now} are not yet on the record, and overturned ones never
 * are. A threshold is crossed at the instant the points rise from below it to at or above it;
 * store suspensions run from that instant and a closure dates from the first crossing (see
 * {@link Restriction}).
 */
public final class PenaltyLedger {

  private static final Comparator<CountedViolation> OLDEST_FIRST = Comparator
      .comparing((CountedViolation c) -> c.violation().occurredAt()).thenComparing(c -> c.violation().id());

  private final PenaltyPolicy policy;

  public PenaltyLedger(PenaltyPolicy policy) {
    if (policy == null) {
      throw new IllegalArgumentException("policy: required");
    }
    this.policy = policy;
  }

  public PenaltyPolicy policy() {
    return policy;
  }

  /** Where the cluster with these violations stands at {@code now}. */
  public Standing standing(Collection<Violation> violations, Instant now) {
    requireUniqueIds(violations);
    List<CountedViolation> scored = new ArrayList<>();
    for (Violation v : violations) {
      if (!v.overturned() && !v.occurredAt().isAfter(now)) {
        scored.add(new CountedViolation(v, policy.pointsFor(v), v.occurredAt().plus(policy.window())));
      }
    }
    List<CountedViolation> counted = scored.stream().filter(c -> c.expiresAt().isAfter(now)).sorted(OLDEST_FIRST)
        .toList();
    int points = counted.stream().mapToInt(CountedViolation::points).sum();
    Timeline timeline = new Timeline(scored, now);
    List<RestrictionInForce> inForce = timeline.inForce(policy.ladder(), points);
    List<Threshold> reached = policy.ladder().stream().filter(t -> t.points() <= points).toList();
    boolean closed = inForce.stream().anyMatch(r -> r.restriction() == Restriction.CLOSURE);
    Threshold next = closed ? null
        : policy.ladder().stream().filter(t -> t.points() > points).findFirst().orElse(null);
    Instant nextChange = timeline.nextChange();
    for (RestrictionInForce r : inForce) {
      if (r.restriction() == Restriction.STORE_SUSPENSION) {
        nextChange = earlier(nextChange, r.until());
      }
    }
    return new Standing(now, policy.windowDays(), points, counted, reached, inForce, next,
        next == null ? 0 : next.points() - points, nextChange);
  }

  /**
   * What adding {@code added} to the cluster's {@code history} changes at {@code now}: the
   * standings before and after, the thresholds whose restrictions it newly puts in force (none
   * once the cluster is closed: there is nothing left to restrict), and when to check again.
   */
  public StandingChange add(Collection<Violation> history, Violation added, Instant now) {
    if (added.occurredAt().isAfter(now)) {
      throw new IllegalArgumentException("occurredAt: " + added.occurredAt() + " is after now (" + now
          + ") for violation " + added.id());
    }
    Standing before = standing(history, now);
    List<Violation> all = new ArrayList<>(history);
    all.add(added);
    Standing after = standing(all, now);
    List<Threshold> crossed = before.restricts(Restriction.CLOSURE) ? List.of()
        : after.inForce().stream().map(RestrictionInForce::threshold).filter(t -> !before.inForce(t)).toList();
    return new StandingChange(before, after, crossed, after.nextLift());
  }

  private static void requireUniqueIds(Collection<Violation> violations) {
    Set<String> seen = new HashSet<>();
    for (Violation v : violations) {
      if (!seen.add(v.id())) {
        throw new IllegalArgumentException("violations: id " + v.id() + " appears more than once");
      }
    }
  }

  private static @Nullable Instant earlier(@Nullable Instant a, @Nullable Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}
