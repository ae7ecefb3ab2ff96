package com.steward.core.penalties;

import static com.steward.core.penalties.Severity.MAJOR;
import static com.steward.core.penalties.Severity.MINOR;
import static com.steward.core.penalties.Severity.SEVERE;
import static com.steward.core.penalties.ViolationType.COUNTERFEIT_CONFIRMED;
import static com.steward.core.penalties.ViolationType.IDENTITY_FRAUD;
import static com.steward.core.penalties.ViolationType.SCREENING_BLOCK;
import static com.steward.core.penalties.ViolationType.UPHELD_NOTICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PenaltyLedgerTests {

  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  static final PenaltyLedger LEDGER = new PenaltyLedger(PenaltyPolicy.standard());

  static Instant daysAgo(long days) {
    return NOW.minus(Duration.ofDays(days));
  }

  static Instant inDays(long days) {
    return NOW.plus(Duration.ofDays(days));
  }

  static Violation v(String id, ViolationType type, Severity severity, Instant at) {
    return Violation.of(id, type, severity, at, "");
  }

  @Test
  void everyViolationTypeCountsItsPoints() {
    for (ViolationType type : ViolationType.values()) {
      for (Severity severity : Severity.values()) {
        Standing s = LEDGER.standing(List.of(v("V-1", type, severity, daysAgo(1))), NOW);
        assertThat(s.points()).as(type + " " + severity)
            .isEqualTo(PenaltyPolicy.standard().pointsFor(type, severity)).isPositive();
        assertThat(s.counted()).singleElement().extracting(CountedViolation::points).isEqualTo(s.points());
      }
    }
  }

  @Test
  void pointsAddUpOverTheCluster() {
    Standing s = LEDGER.standing(List.of(v("V-1", UPHELD_NOTICE, MAJOR, daysAgo(40)),
        v("V-2", SCREENING_BLOCK, MINOR, daysAgo(10)), v("V-3", COUNTERFEIT_CONFIRMED, MINOR, daysAgo(2))), NOW);
    assertThat(s.points()).isEqualTo(13);
    assertThat(s.counted()).extracting(c -> c.violation().id()).containsExactly("V-1", "V-2", "V-3");
    assertThat(s.reached()).containsExactly(Threshold.warning(4), Threshold.listingLimit(8, 50),
        Threshold.marketingSuspension(12));
    assertThat(s.highest().threshold()).isEqualTo(Threshold.marketingSuspension(12));
    assertThat(s.listingLimit()).isEqualTo(50);
    assertThat(s.restricts(Restriction.MARKETING_SUSPENSION)).isTrue();
    assertThat(s.restricts(Restriction.STORE_SUSPENSION)).isFalse();
    assertThat(s.next()).isEqualTo(Threshold.storeSuspension(24, 7));
    assertThat(s.pointsToNext()).isEqualTo(11);
  }

  @Test
  void pointsExpireAfterTheRollingWindow() {
    Violation old = v("V-1", UPHELD_NOTICE, MAJOR, daysAgo(366));
    Violation exactlyAYear = v("V-2", UPHELD_NOTICE, MAJOR, daysAgo(365));
    Violation recent = v("V-3", UPHELD_NOTICE, MAJOR, daysAgo(364));
    assertThat(LEDGER.standing(List.of(old), NOW).points()).isZero();
    assertThat(LEDGER.standing(List.of(old), NOW).counted()).isEmpty();
    assertThat(LEDGER.standing(List.of(exactlyAYear), NOW).points()).as("the window's end is exclusive").isZero();
    Standing s = LEDGER.standing(List.of(old, exactlyAYear, recent), NOW);
    assertThat(s.points()).isEqualTo(6);
    assertThat(s.counted()).singleElement().extracting(CountedViolation::expiresAt).isEqualTo(inDays(1));
    PenaltyLedger monthly = new PenaltyLedger(PenaltyPolicy.standard().withWindowDays(30));
    assertThat(monthly.standing(List.of(v("V-4", UPHELD_NOTICE, MAJOR, daysAgo(31))), NOW).points()).isZero();
  }

  @Test
  void anOverturnedViolationCountsForNothingThenOrEver() {
    Violation fraud = v("V-1", IDENTITY_FRAUD, SEVERE, daysAgo(20)).overturn();
    Standing s = LEDGER.standing(List.of(fraud, v("V-2", SCREENING_BLOCK, MINOR, daysAgo(3))), NOW);
    assertThat(s.points()).isEqualTo(1);
    assertThat(s.counted()).extracting(c -> c.violation().id()).containsExactly("V-2");
    assertThat(s.inForce()).as("the closure it would have caused is gone too").isEmpty();
  }

  @Test
  void aViolationAfterNowIsNotYetOnTheRecord() {
    Standing s = LEDGER.standing(List.of(v("V-1", UPHELD_NOTICE, MAJOR, inDays(1))), NOW);
    assertThat(s.points()).isZero();
    assertThat(s.nextChange()).isNull();
  }

  @Test
  void aStoreSuspensionRunsItsDaysFromTheCrossing() {
    List<Violation> record = List.of(v("V-1", UPHELD_NOTICE, MAJOR, daysAgo(30)),
        v("V-2", COUNTERFEIT_CONFIRMED, MAJOR, daysAgo(10)), v("V-3", UPHELD_NOTICE, MAJOR, daysAgo(3)));
    Standing s = LEDGER.standing(record, NOW);
    assertThat(s.points()).isEqualTo(24);
    RestrictionInForce suspension = s.highest();
    assertThat(suspension.threshold()).isEqualTo(Threshold.storeSuspension(24, 7));
    assertThat(suspension.since()).isEqualTo(daysAgo(3));
    assertThat(suspension.until()).isEqualTo(inDays(4));
    assertThat(s.suspendedUntil()).isEqualTo(inDays(4));
    assertThat(s.nextChange()).as("the suspension ends before any points expire").isEqualTo(inDays(4));
    assertThat(s.nextLift()).isEqualTo(inDays(4));

    Standing later = LEDGER.standing(record, inDays(5));
    assertThat(later.points()).isEqualTo(24);
    assertThat(later.reached()).contains(Threshold.storeSuspension(24, 7));
    assertThat(later.restricts(Restriction.STORE_SUSPENSION)).as("served").isFalse();
    assertThat(later.suspendedUntil()).isNull();
    assertThat(later.restricts(Restriction.MARKETING_SUSPENSION)).isTrue();
  }

  @Test
  void aStoreSuspensionStartsAgainOnlyAfterThePointsFellBelowIt() {
    Instant start = daysAgo(400);
    List<Violation> record = List.of(v("V-1", IDENTITY_FRAUD, MAJOR, start),
        v("V-2", UPHELD_NOTICE, MAJOR, start.plus(Duration.ofDays(360))),
        v("V-3", IDENTITY_FRAUD, MAJOR, start.plus(Duration.ofDays(398))));
    Standing s = LEDGER.standing(record, NOW);
    assertThat(s.points()).isEqualTo(30);
    RestrictionInForce suspension = s.inForce().stream()
        .filter(r -> r.restriction() == Restriction.STORE_SUSPENSION).findFirst().orElseThrow();
    assertThat(suspension.since()).as("V-1 expired on day 365, V-3 crossed again").isEqualTo(daysAgo(2));
    assertThat(suspension.until()).isEqualTo(inDays(5));
    Standing between = LEDGER.standing(record.subList(0, 2), start.plus(Duration.ofDays(362)));
    assertThat(between.points()).isEqualTo(30);
    assertThat(between.restricts(Restriction.STORE_SUSPENSION)).as("V-2 crossed nothing new").isFalse();
  }

  @Test
  void aClosureIsFinalWhateverThePoints() {
    List<Violation> record = List.of(v("V-1", IDENTITY_FRAUD, SEVERE, daysAgo(500)));
    Standing s = LEDGER.standing(record, NOW);
    assertThat(s.points()).isZero();
    assertThat(s.highest().restriction()).isEqualTo(Restriction.CLOSURE);
    assertThat(s.highest().since()).isEqualTo(daysAgo(500));
    assertThat(s.highest().until()).isNull();
    assertThat(s.next()).isNull();
    assertThat(s.pointsToNext()).isZero();
  }

  @Test
  void restrictionsHeldByPointsLiftWhenEnoughPointsExpire() {
    Standing s = LEDGER.standing(List.of(v("V-1", UPHELD_NOTICE, MAJOR, daysAgo(100)),
        v("V-2", UPHELD_NOTICE, MAJOR, daysAgo(10))), NOW);
    assertThat(s.inForce()).containsExactly(
        new RestrictionInForce(Threshold.warning(4), daysAgo(100), inDays(355)),
        new RestrictionInForce(Threshold.listingLimit(8, 50), daysAgo(10), inDays(265)),
        new RestrictionInForce(Threshold.marketingSuspension(12), daysAgo(10), inDays(265)));
    assertThat(s.nextLift()).isEqualTo(inDays(265));
    assertThat(s.nextChange()).isEqualTo(inDays(265));
    Standing afterLift = LEDGER.standing(List.of(v("V-1", UPHELD_NOTICE, MAJOR, daysAgo(100)),
        v("V-2", UPHELD_NOTICE, MAJOR, daysAgo(10))), inDays(265));
    assertThat(afterLift.points()).isEqualTo(6);
    assertThat(afterLift.inForce()).extracting(RestrictionInForce::restriction).containsExactly(Restriction.WARNING);
  }

  @Test
  void violationsAtTheSameInstantAreTakenTogether() {
    Instant t = daysAgo(365);
    Standing s = LEDGER.standing(List.of(v("V-1", UPHELD_NOTICE, SEVERE, daysAgo(730)),
        v("V-2", IDENTITY_FRAUD, MINOR, t), v("V-3", SCREENING_BLOCK, SEVERE, t.plus(Duration.ofDays(1)))),
        daysAgo(300));
    assertThat(s.points()).isEqualTo(16);
    assertThat(s.inForce()).extracting(RestrictionInForce::since)
        .as("V-1 expired as V-2 occurred: 12 points throughout, so the thresholds up to 12 date from V-1")
        .containsExactly(daysAgo(730), daysAgo(730), daysAgo(730));
  }

  @Test
  void noViolationsNoPoints() {
    Standing s = LEDGER.standing(List.of(), NOW);
    assertThat(s.points()).isZero();
    assertThat(s.inForce()).isEmpty();
    assertThat(s.highest()).isNull();
    assertThat(s.listingLimit()).isNull();
    assertThat(s.next()).isEqualTo(Threshold.warning(4));
    assertThat(s.pointsToNext()).isEqualTo(4);
    assertThat(s.nextChange()).isNull();
    assertThat(s.nextLift()).isNull();
  }

  @Test
  void idsAreUniqueInARecord() {
    assertThatThrownBy(() -> LEDGER.standing(List.of(v("V-1", UPHELD_NOTICE, MAJOR, daysAgo(3)),
        v("V-1", SCREENING_BLOCK, MINOR, daysAgo(2))), NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("violations: id V-1 appears more than once");
  }
}
