package com.steward.core.metrics;

import static com.steward.core.metrics.RemovalCause.NOTICE;
import static com.steward.core.metrics.RemovalCause.PROACTIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GovernanceMetricsTests {

  /*
   * A small hand-made world, times in minutes:
   *   a  infringing, listed 0,    blocked at listing (0),           never sold        PROACTIVE
   *   b  infringing, listed 60,   removed 180 on a referral,        first sale 120    PROACTIVE
   *   c  infringing, listed 100,  removed 1,540 on a notice,        first sale 2,000  NOTICE
   *   d  infringing, listed 0,    removed 3,000 on a notice,        first sale 500    NOTICE
   *   e  infringing, listed 10,   never removed,                    first sale 20
   *   f  genuine,    listed 0,    removed 50 by screening (wrong),  never sold        PROACTIVE
   *   g  genuine,    listed 0,    never removed,                    first sale 5
   */
  static final List<ListingOutcome> LISTINGS = List.of(
      new ListingOutcome("a", true, 0, null, 0L, PROACTIVE),
      new ListingOutcome("b", true, 60, 120L, 180L, PROACTIVE),
      new ListingOutcome("c", true, 100, 2_000L, 1_540L, NOTICE),
      new ListingOutcome("d", true, 0, 500L, 3_000L, NOTICE),
      ListingOutcome.live("e", true, 10, 20L),
      new ListingOutcome("f", false, 0, null, 50L, PROACTIVE),
      ListingOutcome.live("g", false, 0, 5L));

  @Test
  void proactiveShareCountsOnlyInfringingRemovals() {
    // infringing removed: a, b, c, d; proactive: a, b (f is not infringing)
    assertThat(GovernanceMetrics.proactiveShare(LISTINGS)).isEqualTo(new Fraction(2, 4));
    assertThat(GovernanceMetrics.proactiveToReactive(LISTINGS)).isEqualTo(1.0);
  }

  @Test
  void proactiveToReactiveIsUndefinedWithoutNotices() {
    assertThat(GovernanceMetrics.proactiveToReactive(List.of(LISTINGS.get(0)))).isNaN();
  }

  @Test
  void removedBeforeFirstSaleIsOverAllInfringingListings() {
    // infringing: a b c d e (5); before first sale: a (never sold), c (1,540 < 2,000)
    assertThat(GovernanceMetrics.removedBeforeFirstSale(LISTINGS)).isEqualTo(new Fraction(2, 5));
  }

  @Test
  void removalAtTheMinuteOfTheFirstSaleIsNotBeforeIt() {
    var l = new ListingOutcome("x", true, 0, 30L, 30L, NOTICE);
    assertThat(GovernanceMetrics.removedBeforeFirstSale(List.of(l))).isEqualTo(new Fraction(0, 1));
  }

  @Test
  void wrongfulTakedownsAreGenuineListingsAmongAllRemovals() {
    // removed: a b c d f (5); genuine among them: f
    assertThat(GovernanceMetrics.wrongfulTakedowns(LISTINGS)).isEqualTo(new Fraction(1, 5));
  }

  @Test
  void medianTimeToRemovalPerCause() {
    // proactive infringing: a 0, b 120 -> (0 + 120) / 2; notice: c 1,440, d 3,000 -> 2,220
    assertThat(GovernanceMetrics.medianMinutesToRemoval(LISTINGS, PROACTIVE)).isEqualTo(60.0);
    assertThat(GovernanceMetrics.medianMinutesToRemoval(LISTINGS, NOTICE)).isEqualTo(2_220.0);
  }

  @Test
  void medianOfAnOddCountIsTheMiddleValue() {
    assertThat(GovernanceMetrics.median(List.of(9L, 1L, 5L))).isEqualTo(5.0);
    assertThat(GovernanceMetrics.median(List.of())).isNaN();
  }

  static final List<NoticeOutcome> NOTICES = List.of(
      new NoticeOutcome("REGULAR", true, 0, 1_440L),     // exactly 24 h: within
      new NoticeOutcome("REGULAR", false, 0, 1_441L),    // one minute late
      new NoticeOutcome("REGULAR", true, 100, null),     // undecided: counts against
      new NoticeOutcome("PARTNER", true, 50, 50L),       // expedited
      new NoticeOutcome("PARTNER", false, 60, 60L));

  @Test
  void noticesDecidedWithinADayIncludeTheBoundaryAndCountUndecidedAgainst() {
    assertThat(GovernanceMetrics.decidedWithinDay(NOTICES)).isEqualTo(new Fraction(3, 5));
  }

  @Test
  void invalidNoticeRateIsPerProgram() {
    assertThat(GovernanceMetrics.invalidByProgram(NOTICES))
        .containsExactly(Map.entry("PARTNER", new Fraction(1, 2)), Map.entry("REGULAR", new Fraction(1, 3)));
  }

  @Test
  void referralRatesHaveTheirOwnDenominators() {
    var referrals = List.of(new ReferralOutcome(true, true), new ReferralOutcome(true, false),
        new ReferralOutcome(false, false), new ReferralOutcome(true, true));
    assertThat(GovernanceMetrics.referralResponse(referrals)).isEqualTo(new Fraction(3, 4));
    assertThat(GovernanceMetrics.referralConfirmation(referrals)).isEqualTo(new Fraction(2, 3));
  }

  @Test
  void ringLinkageCountsPairs() {
    // truth: ring R1 = {s1, s2, s3}, ring R2 = {s4, s5}; s6, s7 honest
    // observed: C1 = {s1, s2}, C2 = {s3, s6}, C3 = {s4, s5, s7}
    var truth = Map.of("s1", "R1", "s2", "R1", "s3", "R1", "s4", "R2", "s5", "R2");
    var observed = Map.of("s1", "C1", "s2", "C1", "s3", "C2", "s6", "C2", "s4", "C3", "s5", "C3", "s7", "C3");
    PairScores s = GovernanceMetrics.ringLinkage(truth, observed);
    // true pairs: 3 + 1 = 4; predicted: 1 + 1 + 3 = 5; both: s1-s2, s4-s5 = 2
    assertThat(s).isEqualTo(new PairScores(2, 5, 4));
    assertThat(s.precision()).isEqualTo(0.4);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.f1()).isCloseTo(2 * 0.4 * 0.5 / 0.9, within(1e-12));
  }

  @Test
  void perfectLinkageScoresOneAndNoPredictionIsUndefined() {
    var truth = Map.of("a", "R", "b", "R");
    assertThat(GovernanceMetrics.ringLinkage(truth, Map.of("a", "x", "b", "x")).f1()).isEqualTo(1.0);
    assertThat(GovernanceMetrics.ringLinkage(truth, Map.of("a", "x", "b", "y")).f1()).isNaN();
  }

  @Test
  void returnRateIsOverBannedOffenders() {
    var banned = List.of(new OffenderOutcome("o1", true), new OffenderOutcome("o2", false),
        new OffenderOutcome("o3", false));
    assertThat(GovernanceMetrics.returnRate(banned)).isEqualTo(new Fraction(1, 3));
  }

  @Test
  void refundsArePerPeriodOfOrderTime() {
    // periods of 10 minutes over 25 minutes: [0,10) [10,20) [20,25)
    var orders = List.of(new OrderOutcome(0, true), new OrderOutcome(9, false), new OrderOutcome(10, false),
        new OrderOutcome(24, true), new OrderOutcome(21, true));
    assertThat(GovernanceMetrics.refundsByPeriod(orders, 10, 25)).containsExactly(
        new RefundPeriod(0, 0, 2, 1), new RefundPeriod(1, 10, 1, 0), new RefundPeriod(2, 20, 2, 2));
    assertThat(new RefundPeriod(0, 0, 0, 0).rate()).isNaN();
  }

  @Test
  void refusesOrdersOutsideTheHorizonAndInconsistentRecords() {
    assertThatThrownBy(() -> GovernanceMetrics.refundsByPeriod(List.of(new OrderOutcome(30, false)), 10, 25))
        .hasMessageContaining("outside [0, 25)");
    assertThatThrownBy(() -> new ListingOutcome("z", true, 10, null, 5L, NOTICE))
        .hasMessageContaining("before listed");
    assertThatThrownBy(() -> new ListingOutcome("z", true, 10, null, 15L, null))
        .hasMessageContaining("together");
    assertThatThrownBy(() -> new Fraction(3, 2)).hasMessageContaining("3/2");
  }

  @Test
  void reportGathersEveryMetric() {
    var o = new GovernanceReport.Observations(LISTINGS, NOTICES, List.of(new ReferralOutcome(true, true)),
        List.of(new CounterNoticeOutcome(true, true), new CounterNoticeOutcome(false, false)),
        Map.of("s1", "R", "s2", "R"), Map.of("s1", "c", "s2", "c"), List.of(new OffenderOutcome("o", false)),
        List.of(new OrderOutcome(5, true)), 1_440, 2_880);
    GovernanceReport r = GovernanceReport.of(o);
    assertThat(r.proactiveShare()).isEqualTo(new Fraction(2, 4));
    assertThat(r.medianMinutesNotice()).isEqualTo(2_220.0);
    assertThat(r.ringLinkage().f1()).isEqualTo(1.0);
    assertThat(r.refunds()).hasSize(2);
    assertThat(r.returnRate()).isEqualTo(new Fraction(0, 1));
    assertThat(r.genuineRestoredOnCounterNotice()).isEqualTo(new Fraction(1, 1));
    assertThat(r.fakesRestoredOnCounterNotice()).isEqualTo(new Fraction(0, 1));
  }

  @Test
  void counterNoticesCountRestorationsOfGenuineListingsAndOfFakesApart() {
    var filed = List.of(new CounterNoticeOutcome(true, true), new CounterNoticeOutcome(true, true),
        new CounterNoticeOutcome(true, false), new CounterNoticeOutcome(false, true), new CounterNoticeOutcome(false, false),
        new CounterNoticeOutcome(false, false), new CounterNoticeOutcome(false, false));
    assertThat(GovernanceMetrics.restoredOnCounterNotice(filed, true)).isEqualTo(new Fraction(2, 3));
    assertThat(GovernanceMetrics.restoredOnCounterNotice(filed, false)).isEqualTo(new Fraction(1, 4));
    assertThat(GovernanceMetrics.restoredOnCounterNotice(List.of(), true).value()).isNaN();
  }
}
