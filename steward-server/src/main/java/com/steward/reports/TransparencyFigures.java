package com.steward.reports;

import com.steward.core.penalties.Restriction;
import com.steward.core.penalties.ViolationType;
import com.steward.marketplaces.Marketplace;
import com.steward.platform.security.Actor;
import com.steward.programs.Statistics;
import com.steward.reports.TransparencyReport.Enforcement;
import com.steward.reports.TransparencyReport.HazeClearing;
import com.steward.reports.TransparencyReport.ReferralMonth;
import com.steward.reports.TransparencyReport.Referrals;
import com.steward.reports.TransparencyReport.RefundMonth;
import com.steward.reports.TransparencyReport.Refunds;
import com.steward.reports.TransparencyReport.TakedownMonth;
import com.steward.reports.TransparencyReport.Takedowns;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Puts the transparency report together from the report's queries and the programs' comparison:
 * every month of the period gets a row (zeros where nothing happened), totals are the sums of the
 * months, and rates are computed from the totals, never averaged over months.
 */
@Component
class TransparencyFigures {

  private static final long[] NONE = new long[4];

  private final JdbcReportRepository repository;
  private final Statistics statistics;
  private final Clock clock;

  TransparencyFigures(JdbcReportRepository repository, Statistics statistics, Clock clock) {
    this.repository = repository;
    this.statistics = statistics;
    this.clock = clock;
  }

  TransparencyReport report(Actor actor, ReportPeriod period, @Nullable Marketplace marketplace) {
    UUID mp = marketplace == null ? null : marketplace.id();
    Instant from = period.start();
    Instant to = period.end();
    String zone = period.zone().getId();
    List<String> months = period.months();
    Map<String, Reports.Month> haze = new LinkedHashMap<>();
    repository.monthly(from, to, zone, mp).forEach(m -> haze.put(m.month(), m));
    Takedowns takedowns = takedowns(months, haze, repository.takedowns(from, to, zone, mp),
        repository.banRemovals(from, to, zone, mp));
    var report = new TransparencyReport(marketplace == null ? null : marketplace.code(),
        marketplace == null ? null : marketplace.name(), period.from(), period.to(), period.lastDay(), zone,
        clock.instant(), months, takedowns, statistics.compare(actor, from, to, mp),
        referrals(months, repository.referrals(from, to, zone, mp)), hazeClearing(months, haze),
        enforcement(from, to, mp, takedowns.total().banRemovals()),
        refunds(months, repository.trading(period.from(), period.to(), mp)), List.of());
    return report.withCharts(ReportCharts.of(report));
  }

  private static Takedowns takedowns(List<String> months, Map<String, Reports.Month> haze,
      Map<String, long[]> notices, Map<String, long[]> bans) {
    List<TakedownMonth> rows = months.stream().map(m -> {
      long blocks = haze.containsKey(m) ? haze.get(m).screeningBlocks() : 0;
      long[] n = notices.getOrDefault(m, NONE);
      return takedown(m, blocks, n[0], bans.getOrDefault(m, NONE)[0], n[1]);
    }).toList();
    TakedownMonth total = takedown(TransparencyReport.TOTAL, sum(rows, TakedownMonth::screeningBlocks),
        sum(rows, TakedownMonth::referralTakedowns), sum(rows, TakedownMonth::banRemovals),
        sum(rows, TakedownMonth::reactive));
    return new Takedowns(rows, total, rate(total.proactive(), total.proactive() + total.reactive()),
        total.reactive() == 0 ? null : rate(total.proactive(), total.reactive()));
  }

  private static TakedownMonth takedown(String month, long blocks, long referral, long bans, long reactive) {
    return new TakedownMonth(month, blocks, referral, bans, blocks + referral + bans, reactive);
  }

  private static Referrals referrals(List<String> months, Map<String, long[]> byMonth) {
    List<ReferralMonth> rows = months.stream().map(m -> {
      long[] r = byMonth.getOrDefault(m, NONE);
      return referral(m, r[0], r[1], r[2]);
    }).toList();
    return new Referrals(rows, referral(TransparencyReport.TOTAL, sum(rows, ReferralMonth::received),
        sum(rows, ReferralMonth::answered), sum(rows, ReferralMonth::confirmed)));
  }

  private static ReferralMonth referral(String month, long received, long answered, long confirmed) {
    return new ReferralMonth(month, received, answered, confirmed, rate(answered, received), rate(confirmed, answered));
  }

  private static HazeClearing hazeClearing(List<String> months, Map<String, Reports.Month> haze) {
    List<Reports.Month> rows = months.stream().map(m -> haze.getOrDefault(m, new Reports.Month(m, 0, 0, 0))).toList();
    return new HazeClearing(rows, new Reports.Month(TransparencyReport.TOTAL,
        sum(rows, Reports.Month::trademarkMisuseNotices), sum(rows, Reports.Month::trademarkMisuseItems),
        sum(rows, Reports.Month::screeningBlocks)));
  }

  private Enforcement enforcement(Instant from, Instant to, @Nullable UUID mp, long listingsRemoved) {
    Map<String, long[]> violations = new LinkedHashMap<>();
    Arrays.stream(ViolationType.values()).forEach(t -> violations.put(t.name(), new long[2]));
    violations.putAll(repository.violations(from, to, mp));
    Map<String, Long> restrictions = new LinkedHashMap<>();
    Arrays.stream(Restriction.values()).forEach(r -> restrictions.put(r.name(), 0L));
    restrictions.putAll(repository.restrictions(from, to, mp));
    long[] bans = repository.bans(from, to, mp);
    return new Enforcement(
        violations.entrySet().stream().map(e -> new TransparencyReport.Violations(e.getKey(), e.getValue()[0],
            e.getValue()[1])).toList(),
        restrictions.entrySet().stream().map(e -> new TransparencyReport.Restrictions(e.getKey(), e.getValue()))
            .toList(),
        bans[0], bans[1], listingsRemoved);
  }

  private static Refunds refunds(List<String> months, Map<String, long[]> byMonth) {
    List<RefundMonth> rows = months.stream().map(m -> {
      long[] t = byMonth.getOrDefault(m, NONE);
      return refund(m, t[0], t[1], t[2], t[3]);
    }).toList();
    return new Refunds(rows, refund(TransparencyReport.TOTAL, sum(rows, RefundMonth::daysReported),
        sum(rows, RefundMonth::orders), sum(rows, RefundMonth::refunds), sum(rows, RefundMonth::refundsAsFake)));
  }

  private static RefundMonth refund(String month, long days, long orders, long refunds, long fakes) {
    return new RefundMonth(month, days, orders, refunds, fakes, rate(refunds, orders), rate(fakes, orders));
  }

  private static <T> long sum(List<T> rows, java.util.function.ToLongFunction<T> f) {
    return rows.stream().mapToLong(f).sum();
  }

  /** {@code a / b} rounded to four places; 0 when {@code b} is. */
  static double rate(long a, long b) {
    return b == 0 ? 0.0 : Math.round((double) a / b * 10_000) / 10_000.0;
  }
}
