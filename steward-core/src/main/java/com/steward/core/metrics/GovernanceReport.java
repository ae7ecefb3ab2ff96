package com.steward.core.metrics;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Every metric of one run, computed at once from its truth and observations. */
public record GovernanceReport(
    Fraction proactiveShare,
    double proactiveToReactive,
    Fraction removedBeforeFirstSale,
    Fraction wrongfulTakedowns,
    double medianMinutesProactive,
    double medianMinutesNotice,
    Fraction noticesDecidedWithinDay,
    SortedMap<String, Fraction> invalidNoticesByProgram,
    Fraction referralResponse,
    Fraction referralConfirmation,
    Fraction genuineRestoredOnCounterNotice,
    Fraction fakesRestoredOnCounterNotice,
    PairScores ringLinkage,
    Fraction returnRate,
    List<RefundPeriod> refunds) {

  /** What a run knows and saw, the input of the report. */
  public record Observations(
      List<ListingOutcome> listings,
      List<NoticeOutcome> notices,
      List<ReferralOutcome> referrals,
      List<CounterNoticeOutcome> counterNotices,
      Map<String, String> trueRing,
      Map<String, String> observedCluster,
      List<OffenderOutcome> banned,
      List<OrderOutcome> orders,
      long refundPeriodMinutes,
      long horizonMinutes) {}

  public static GovernanceReport of(Observations o) {
    return new GovernanceReport(
        GovernanceMetrics.proactiveShare(o.listings()),
        GovernanceMetrics.proactiveToReactive(o.listings()),
        GovernanceMetrics.removedBeforeFirstSale(o.listings()),
        GovernanceMetrics.wrongfulTakedowns(o.listings()),
        GovernanceMetrics.medianMinutesToRemoval(o.listings(), RemovalCause.PROACTIVE),
        GovernanceMetrics.medianMinutesToRemoval(o.listings(), RemovalCause.NOTICE),
        GovernanceMetrics.decidedWithinDay(o.notices()),
        GovernanceMetrics.invalidByProgram(o.notices()),
        GovernanceMetrics.referralResponse(o.referrals()),
        GovernanceMetrics.referralConfirmation(o.referrals()),
        GovernanceMetrics.restoredOnCounterNotice(o.counterNotices(), true),
        GovernanceMetrics.restoredOnCounterNotice(o.counterNotices(), false),
        GovernanceMetrics.ringLinkage(o.trueRing(), o.observedCluster()),
        GovernanceMetrics.returnRate(o.banned()),
        GovernanceMetrics.refundsByPeriod(o.orders(), o.refundPeriodMinutes(), o.horizonMinutes()));
  }
}
