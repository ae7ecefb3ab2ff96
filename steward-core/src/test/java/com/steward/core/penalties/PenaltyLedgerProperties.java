package com.steward.core.penalties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Active points are the sum of the violations in the window that were not overturned, and a new
 * violation puts each threshold's restriction in force once as points climb.
 */
class PenaltyLedgerProperties {

  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  static final PenaltyPolicy POLICY = PenaltyPolicy.standard();
  static final PenaltyLedger LEDGER = new PenaltyLedger(POLICY);

  /** A violation without its id: minutes before now (negative: after now), and the rest. */
  record Draft(ViolationType type, Severity severity, long minutesAgo, Integer points, boolean overturned) {

    Violation as(String id) {
      return new Violation(id, type, severity, NOW.minus(Duration.ofMinutes(minutesAgo)), points, "", overturned);
    }
  }

  @Provide
  Arbitrary<Draft> drafts() {
    Arbitrary<Long> minutes = Arbitraries.oneOf(Arbitraries.longs().between(-7 * 1440, 800 * 1440),
        Arbitraries.of(0L, 365L * 1440, 365L * 1440 - 1, 365L * 1440 + 1));
    return Combinators.combine(Arbitraries.of(ViolationType.class), Arbitraries.of(Severity.class), minutes,
        Arbitraries.integers().between(0, 60).injectNull(0.7), Arbitraries.integers().between(0, 3).map(i -> i == 0))
        .as(Draft::new);
  }

  @Property(tries = 500)
  void activePointsAreTheSumOfTheCountedViolations(@ForAll @Size(max = 30) List<@From("drafts") Draft> drafts) {
    List<Violation> record = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      record.add(drafts.get(i).as("V-" + i));
    }
    Standing s = LEDGER.standing(record, NOW);
    int expected = 0;
    for (Violation v : record) {
      boolean inWindow = !v.occurredAt().isAfter(NOW) && v.occurredAt().plus(Duration.ofDays(365)).isAfter(NOW);
      if (inWindow && !v.overturned()) {
        expected += POLICY.pointsFor(v);
      }
    }
    assertThat(s.points()).isNotNegative().isEqualTo(expected);
    assertThat(s.counted()).extracting(CountedViolation::points).allMatch(p -> p >= 0);
    assertThat(s.counted().stream().mapToInt(CountedViolation::points).sum()).isEqualTo(s.points());
    for (Threshold t : POLICY.ladder()) {
      assertThat(s.reached().contains(t)).isEqualTo(t.points() <= s.points());
      if (t.restriction().heldByPoints()) {
        assertThat(s.inForce(t)).as(t.describe()).isEqualTo(t.points() <= s.points());
      }
    }
    if (s.nextChange() != null) {
      assertThat(s.nextChange()).isAfter(NOW);
    }
    for (RestrictionInForce r : s.inForce()) {
      assertThat(r.since()).isBeforeOrEqualTo(NOW);
      if (r.until() != null) {
        assertThat(r.until()).isAfter(NOW);
      }
    }
  }

  @Property(tries = 300)
  void eachThresholdIsCrossedOnceOnTheWayUp(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 3) Integer> gapsInDays,
      @ForAll("kinds") List<Violation> kinds) {
    Map<Threshold, Integer> crossings = new HashMap<>();
    List<Violation> history = new ArrayList<>();
    Instant t = NOW.minus(Duration.ofDays(200));
    int points = 0;
    for (int i = 0; i < gapsInDays.size(); i++) {
      t = t.plus(Duration.ofDays(gapsInDays.get(i)));
      Violation k = kinds.get(i);
      Violation added = Violation.of("V-" + i, k.type(), k.severity(), t, "");
      StandingChange c = LEDGER.add(history, added, t);
      assertThat(c.after().points()).isEqualTo(c.before().points() + POLICY.pointsFor(added));
      for (Threshold crossed : c.crossed()) {
        crossings.merge(crossed, 1, Integer::sum);
        assertThat(c.after().inForce(crossed)).isTrue();
        assertThat(crossed.points()).isBetween(c.before().points() + 1, c.after().points());
      }
      history.add(added);
      points = c.after().points();
    }
    for (Threshold th : POLICY.ladder()) {
      assertThat(crossings.getOrDefault(th, 0)).as(th.describe()).isEqualTo(th.points() <= points ? 1 : 0);
    }
  }

  @Provide
  Arbitrary<List<Violation>> kinds() {
    return Combinators.combine(Arbitraries.of(ViolationType.class), Arbitraries.of(Severity.class))
        .as((type, severity) -> Violation.of("k", type, severity, NOW, "")).list().ofSize(40);
  }
}
