package com.steward.reports;

import com.steward.programs.ProgramComparison;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The transparency report of one period, computed from Steward's own tables (docs/transparency-report.md
 * defines every number). Monthly figures come one row per month of the period, oldest first, and a
 * total row ({@code month = "total"}); rates are shares between 0 and 1, rounded to four places, and 0
 * when their denominator is.
 *
 * @param marketplace the marketplace's code, or null for all marketplaces
 * @param to the first day not covered
 * @param lastDay the last day covered
 * @param zone the operator's zone, in which days and months are counted
 * @param charts the report's charts, as the page and the PDF draw them
 */
public record TransparencyReport(@Nullable String marketplace, @Nullable String marketplaceName, LocalDate from,
    LocalDate to, LocalDate lastDay, String zone, Instant generatedAt, List<String> months, Takedowns takedowns,
    ProgramComparison notices, Referrals referrals, HazeClearing hazeClearing, Enforcement penalties,
    Refunds refunds, List<Chart> charts) {

  /** The label of total rows. */
  public static final String TOTAL = "total";

  TransparencyReport withCharts(List<Chart> drawn) {
    return new TransparencyReport(marketplace, marketplaceName, from, to, lastDay, zone, generatedAt, months, takedowns,
        notices, referrals, hazeClearing, penalties, refunds, drawn);
  }

  /**
   * Listings removed, proactively (by the platform's own findings) and reactively (on a notice).
   *
   * @param proactiveShare proactive over all removals
   * @param proactiveToReactive proactive removals per reactive one; null with no reactive removal
   */
  public record Takedowns(List<TakedownMonth> months, TakedownMonth total, double proactiveShare,
      @Nullable Double proactiveToReactive) {}

  /**
   * @param screeningBlocks listings blocked by screening
   * @param referralTakedowns listings taken down on a referral the brand confirmed
   * @param banRemovals listings removed with their seller's banned account
   * @param proactive the three above added up
   * @param reactive notice items taken down on notices filed by notifiers
   */
  public record TakedownMonth(String month, long screeningBlocks, long referralTakedowns, long banRemovals,
      long proactive, long reactive) {}

  public record Referrals(List<ReferralMonth> months, ReferralMonth total) {}

  /**
   * Referrals created in the month, and what their owners have answered so far.
   *
   * @param answered confirmed, or dismissed (authentic, not ours, unsure)
   * @param responseRate answered over received
   * @param confirmationRate confirmed over answered
   */
  public record ReferralMonth(String month, long received, long answered, long confirmed, double responseRate,
      double confirmationRate) {}

  /** Screening blocks against trademark-misuse complaints, month by month. */
  public record HazeClearing(List<Reports.Month> months, Reports.Month total) {}

  /**
   * Penalties and bans of the period.
   *
   * @param listingsRemovedByBans listings the period's bans took out of sight
   */
  public record Enforcement(List<Violations> violations, List<Restrictions> restrictions, long accountsBanned,
      long bansLifted, long listingsRemovedByBans) {}

  /**
   * Violations of one type that occurred in the period.
   *
   * @param standing those still counting
   * @param overturned those whose decision was reversed since
   */
  public record Violations(String type, long standing, long overturned) {}

  /** Restrictions of one kind applied in the period (lifted since or not). */
  public record Restrictions(String restriction, long applied) {}

  public record Refunds(List<RefundMonth> months, RefundMonth total) {}

  /**
   * The trading figures the marketplace reported for the month's days.
   *
   * @param daysReported days with figures
   * @param refundRate refunds over orders
   * @param fakeRefundRate refunds for suspected fakes over orders
   */
  public record RefundMonth(String month, long daysReported, long orders, long refunds, long refundsAsFake,
      double refundRate, double fakeRefundRate) {}
}
