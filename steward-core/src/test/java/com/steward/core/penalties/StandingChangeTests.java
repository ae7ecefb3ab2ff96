package com.steward.core.penalties;

import static com.steward.core.penalties.PenaltyLedgerTests.LEDGER;
import static com.steward.core.penalties.PenaltyLedgerTests.NOW;
import static com.steward.core.penalties.PenaltyLedgerTests.daysAgo;
import static com.steward.core.penalties.PenaltyLedgerTests.inDays;
import static com.steward.core.penalties.PenaltyLedgerTests.v;
import static com.steward.core.penalties.Severity.MAJOR;
import static com.steward.core.penalties.Severity.MINOR;
import static com.steward.core.penalties.Severity.SEVERE;
import static com.steward.core.penalties.ViolationType.BAN_EVASION;
import static com.steward.core.penalties.ViolationType.COUNTERFEIT_CONFIRMED;
import static com.steward.core.penalties.ViolationType.SCREENING_BLOCK;
import static com.steward.core.penalties.ViolationType.UPHELD_NOTICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandingChangeTests {

  @Test
  void eachThresholdIsCrossedOnceAsPointsClimbTheLadder() {
    List<Violation> history = new ArrayList<>();
    List<List<Threshold>> crossings = new ArrayList<>();
    for (int day = 0; day < 14; day++) {
      Instant at = daysAgo(100 - day);
      Violation block = v("V-" + day, SCREENING_BLOCK, SEVERE, at);
      crossings.add(LEDGER.add(history, block, at).crossed());
      history.add(block);
    }
    List<Threshold> none = List.of();
    assertThat(crossings).containsExactly(List.of(Threshold.warning(4)), List.of(Threshold.listingLimit(8, 50)),
        List.of(Threshold.marketingSuspension(12)), none, none, List.of(Threshold.storeSuspension(24, 7)), none,
        none, List.of(Threshold.storeSuspension(36, 14)), none, none, List.of(Threshold.closure(48)), none, none);
  }

  @Test
  void oneViolationCanCrossSeveralThresholds() {
    StandingChange c = LEDGER.add(List.of(v("V-1", SCREENING_BLOCK, MINOR, daysAgo(5))),
        v("V-2", COUNTERFEIT_CONFIRMED, SEVERE, NOW), NOW);
    assertThat(c.before().points()).isEqualTo(1);
    assertThat(c.after().points()).isEqualTo(25);
    assertThat(c.crossed()).containsExactly(Threshold.warning(4), Threshold.listingLimit(8, 50),
        Threshold.marketingSuspension(12), Threshold.storeSuspension(24, 7));
    assertThat(c.after().suspendedUntil()).isEqualTo(inDays(7));
    assertThat(c.recheckAt()).as("the suspension ends first").isEqualTo(inDays(7));
  }

  @Test
  void aViolationBelowTheNextThresholdCrossesNothing() {
    StandingChange c = LEDGER.add(List.of(v("V-1", UPHELD_NOTICE, MAJOR, daysAgo(50))),
        v("V-2", SCREENING_BLOCK, MINOR, NOW), NOW);
    assertThat(c.after().points()).isEqualTo(7);
    assertThat(c.crossed()).isEmpty();
    assertThat(c.recheckAt()).as("the warning lifts when V-1 expires and 1 point is left").isEqualTo(inDays(315));
  }

  @Test
  void aServedSuspensionIsNotAppliedAgainWhileThePointsStayAbove() {
    List<Violation> history = List.of(v("V-1", BAN_EVASION, MINOR, daysAgo(30)));
    StandingChange c = LEDGER.add(history, v("V-2", UPHELD_NOTICE, MINOR, NOW), NOW);
    assertThat(c.before().reached()).contains(Threshold.storeSuspension(24, 7));
    assertThat(c.crossed()).isEmpty();
    assertThat(c.after().restricts(Restriction.STORE_SUSPENSION)).isFalse();
  }

  @Test
  void aClosureIsAppliedOnce() {
    List<Violation> history = List.of(v("V-1", BAN_EVASION, SEVERE, daysAgo(400)));
    StandingChange c = LEDGER.add(history, v("V-2", BAN_EVASION, SEVERE, NOW), NOW);
    assertThat(c.before().restricts(Restriction.CLOSURE)).isTrue();
    assertThat(c.after().points()).isEqualTo(48);
    assertThat(c.crossed()).as("closed already: nothing left to apply").isEmpty();
  }

  @Test
  void anOverturnedViolationChangesNothing() {
    List<Violation> history = List.of(v("V-1", UPHELD_NOTICE, MAJOR, daysAgo(50)));
    StandingChange c = LEDGER.add(history, v("V-2", COUNTERFEIT_CONFIRMED, SEVERE, NOW).overturn(), NOW);
    assertThat(c.after()).isEqualTo(c.before());
    assertThat(c.crossed()).isEmpty();
  }

  @Test
  void aNewViolationMustHaveHappenedAndBeNew() {
    List<Violation> history = List.of(v("V-1", UPHELD_NOTICE, MAJOR, daysAgo(50)));
    assertThatThrownBy(() -> LEDGER.add(history, v("V-2", UPHELD_NOTICE, MAJOR, NOW.plus(Duration.ofSeconds(1))),
        NOW)).hasMessage("occurredAt: 2026-06-01T12:00:01Z is after now (2026-06-01T12:00:00Z) for violation V-2");
    assertThatThrownBy(() -> LEDGER.add(history, v("V-1", UPHELD_NOTICE, MAJOR, NOW), NOW))
        .hasMessage("violations: id V-1 appears more than once");
  }
}
