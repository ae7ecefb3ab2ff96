package com.steward.reports;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report's queries. Each counts over {@code [from, to)}, in months of the operator's zone
 * ({@code YYYY-MM}), on one marketplace's rows or, with {@code mp} null, on all.
 */
@Repository
class JdbcReportRepository {

  /**
   * Trademark-misuse notices and items (by filing), and listings blocked by screening, per month. A
   * block counts when it was applied, by its statement of reasons: a sweep that decides BLOCK again
   * on a listing already blocked, or a BLOCK not applied because a complaint lifted it for that
   * content, restricts nothing new.
   */
  private static final String MONTHLY =
      """
      WITH months AS (
        SELECT to_char(m, 'YYYY-MM') AS month
          FROM generate_series(date_trunc('month', :from AT TIME ZONE :zone),
                               date_trunc('month', (:to AT TIME ZONE :zone) - interval '1 microsecond'),
                               interval '1 month') AS m),
      misuse AS (
        SELECT to_char(date_trunc('month', n.created_at AT TIME ZONE :zone), 'YYYY-MM') AS month,
               count(DISTINCT n.id) AS notices, count(i.id) AS items
          FROM notice n JOIN notice_item i ON i.notice_id = n.id
         WHERE n.reason = 'TRADEMARK_MISUSE' AND n.created_at >= :from AND n.created_at < :to
           AND (CAST(:mp AS uuid) IS NULL OR i.marketplace_id = :mp)
         GROUP BY 1),
      blocks AS (
        SELECT to_char(date_trunc('month', s.created_at AT TIME ZONE :zone), 'YYYY-MM') AS month,
               count(DISTINCT s.listing_id) AS blocks
          FROM statement_of_reasons s
         WHERE s.screening_decision_id IS NOT NULL AND s.kind = 'RESTRICTION'
           AND s.created_at >= :from AND s.created_at < :to
           AND (CAST(:mp AS uuid) IS NULL OR s.marketplace_id = :mp)
         GROUP BY 1)
      SELECT months.month, COALESCE(misuse.notices, 0) AS notices, COALESCE(misuse.items, 0) AS items,
             COALESCE(blocks.blocks, 0) AS blocks
        FROM months LEFT JOIN misuse USING (month) LEFT JOIN blocks USING (month)
       ORDER BY months.month
      """;

  /**
   * Notice items taken down, per month of their first move to TAKEN_DOWN: those of notices filed on a
   * confirmed referral, and those of every other notice.
   */
  private static final String TAKEDOWNS =
      """
      SELECT to_char(d.decided_at AT TIME ZONE :zone, 'YYYY-MM') AS month,
             count(DISTINCT d.notice_item_id) FILTER (WHERE n.channel = 'REFERRAL') AS referral,
             count(DISTINCT d.notice_item_id) FILTER (WHERE n.channel <> 'REFERRAL') AS reactive
        FROM decision d
        JOIN notice_item i ON i.id = d.notice_item_id
        JOIN notice n ON n.id = i.notice_id
       WHERE d.to_status = 'TAKEN_DOWN' AND d.decided_at >= :from AND d.decided_at < :to
         AND (CAST(:mp AS uuid) IS NULL OR i.marketplace_id = :mp)
         AND NOT EXISTS (SELECT 1 FROM decision e
                          WHERE e.notice_item_id = d.notice_item_id AND e.to_status = 'TAKEN_DOWN'
                            AND e.decided_at < d.decided_at)
       GROUP BY 1
      """;

  /** Listings that bans took out of sight, per month of the ban. */
  private static final String BAN_REMOVALS =
      """
      SELECT to_char(b.created_at AT TIME ZONE :zone, 'YYYY-MM') AS month, count(DISTINCT l.listing_id) AS n
        FROM account_ban b JOIN account_ban_listing l ON l.ban_id = b.id
       WHERE b.created_at >= :from AND b.created_at < :to AND (CAST(:mp AS uuid) IS NULL OR b.marketplace_id = :mp)
       GROUP BY 1
      """;

  /** Referrals per month of creation, with those answered (confirmed or dismissed) and confirmed so far. */
  private static final String REFERRALS =
      """
      SELECT to_char(created_at AT TIME ZONE :zone, 'YYYY-MM') AS month, count(*) AS received,
             count(*) FILTER (WHERE status IN ('CONFIRMED','AUTHENTIC','NOT_OURS','UNSURE')) AS answered,
             count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed
        FROM referral
       WHERE created_at >= :from AND created_at < :to AND (CAST(:mp AS uuid) IS NULL OR marketplace_id = :mp)
       GROUP BY 1
      """;

  /** The marketplaces' reported trading days, added up per month (days are already in the operator's zone). */
  private static final String TRADING =
      """
      SELECT to_char(day, 'YYYY-MM') AS month, count(*) AS days, sum(orders) AS orders, sum(refunds) AS refunds,
             sum(refunds_as_fake) AS fakes
        FROM trading_day
       WHERE day >= :fromDay AND day < :toDay AND (CAST(:mp AS uuid) IS NULL OR marketplace_id = :mp)
       GROUP BY 1
      """;

  /** Violations by type that occurred in the period: still counting, and overturned since. */
  private static final String VIOLATIONS =
      """
      SELECT type, count(*) FILTER (WHERE NOT overturned) AS standing, count(*) FILTER (WHERE overturned) AS overturned
        FROM penalty_violation
       WHERE occurred_at >= :from AND occurred_at < :to AND (CAST(:mp AS uuid) IS NULL OR marketplace_id = :mp)
       GROUP BY type
      """;

  /** Restrictions by kind that took effect in the period. */
  private static final String RESTRICTIONS =
      """
      SELECT restriction, count(*) AS n
        FROM penalty_restriction
       WHERE since >= :from AND since < :to AND (CAST(:mp AS uuid) IS NULL OR marketplace_id = :mp)
       GROUP BY restriction
      """;

  /** Accounts banned in the period, and bans lifted in it. */
  private static final String BANS =
      """
      SELECT (SELECT count(DISTINCT seller_id) FROM account_ban
               WHERE created_at >= :from AND created_at < :to
                 AND (CAST(:mp AS uuid) IS NULL OR marketplace_id = :mp)) AS banned,
             (SELECT count(*) FROM account_ban
               WHERE lifted_at >= :from AND lifted_at < :to
                 AND (CAST(:mp AS uuid) IS NULL OR marketplace_id = :mp)) AS lifted
      """;

  private final JdbcClient jdbc;

  JdbcReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every month of {@code [from, to)}, with none left out. */
  List<Reports.Month> monthly(Instant from, Instant to, String zone, @Nullable UUID marketplaceId) {
    return jdbc.sql(MONTHLY).param("from", Sql.ts(from)).param("to", Sql.ts(to)).param("zone", zone)
        .param("mp", marketplaceId)
        .query((rs, n) -> new Reports.Month(rs.getString("month"), rs.getLong("notices"), rs.getLong("items"),
            rs.getLong("blocks")))
        .list();
  }

  /** Per month with any: {@code {referral takedowns, reactive takedowns}}. */
  Map<String, long[]> takedowns(Instant from, Instant to, String zone, @Nullable UUID marketplaceId) {
    return byMonth(TAKEDOWNS, from, to, zone, marketplaceId, "referral", "reactive");
  }

  /** Per month with any: {@code {listings removed by bans}}. */
  Map<String, long[]> banRemovals(Instant from, Instant to, String zone, @Nullable UUID marketplaceId) {
    return byMonth(BAN_REMOVALS, from, to, zone, marketplaceId, "n");
  }

  /** Per month with any: {@code {received, answered, confirmed}}. */
  Map<String, long[]> referrals(Instant from, Instant to, String zone, @Nullable UUID marketplaceId) {
    return byMonth(REFERRALS, from, to, zone, marketplaceId, "received", "answered", "confirmed");
  }

  /** Per month with any day in {@code [from, to)}: {@code {days, orders, refunds, refunds as fake}}. */
  Map<String, long[]> trading(LocalDate from, LocalDate to, @Nullable UUID marketplaceId) {
    Map<String, long[]> out = new HashMap<>();
    jdbc.sql(TRADING).param("fromDay", from).param("toDay", to).param("mp", marketplaceId)
        .query((rs, n) -> out.put(rs.getString("month"), new long[] {rs.getLong("days"), rs.getLong("orders"),
            rs.getLong("refunds"), rs.getLong("fakes")}))
        .list();
    return out;
  }

  /** By violation type: {@code {standing, overturned}}. */
  Map<String, long[]> violations(Instant from, Instant to, @Nullable UUID marketplaceId) {
    Map<String, long[]> out = new LinkedHashMap<>();
    jdbc.sql(VIOLATIONS).param("from", Sql.ts(from)).param("to", Sql.ts(to)).param("mp", marketplaceId)
        .query((rs, n) -> out.put(rs.getString("type"), new long[] {rs.getLong("standing"), rs.getLong("overturned")}))
        .list();
    return out;
  }

  /** By restriction kind: how many were applied. */
  Map<String, Long> restrictions(Instant from, Instant to, @Nullable UUID marketplaceId) {
    Map<String, Long> out = new LinkedHashMap<>();
    jdbc.sql(RESTRICTIONS).param("from", Sql.ts(from)).param("to", Sql.ts(to)).param("mp", marketplaceId)
        .query((rs, n) -> out.put(rs.getString("restriction"), rs.getLong("n"))).list();
    return out;
  }

  /** {@code {accounts banned, bans lifted}}. */
  long[] bans(Instant from, Instant to, @Nullable UUID marketplaceId) {
    return jdbc.sql(BANS).param("from", Sql.ts(from)).param("to", Sql.ts(to)).param("mp", marketplaceId)
        .query((rs, n) -> new long[] {rs.getLong("banned"), rs.getLong("lifted")}).single();
  }

  private Map<String, long[]> byMonth(String sql, Instant from, Instant to, String zone, @Nullable UUID marketplaceId,
      String... columns) {
    Map<String, long[]> out = new HashMap<>();
    jdbc.sql(sql).param("from", Sql.ts(from)).param("to", Sql.ts(to)).param("zone", zone).param("mp", marketplaceId)
        .query((rs, n) -> {
          long[] v = new long[columns.length];
          for (int i = 0; i < columns.length; i++) {
            v[i] = rs.getLong(columns[i]);
          }
          return out.put(rs.getString("month"), v);
        })
        .list();
    return out;
  }
}
