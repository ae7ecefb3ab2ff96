package com.steward.reports;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReportRepository {

  /** Trademark-misuse notices and items, and screening blocks, per month of the operator's zone. */
  private static final String MONTHLY =
      """
      WITH months AS (
        SELECT to_char(m, 'YYYY-MM') AS month
          FROM generate_series(date_trunc('month', :from AT TIME ZONE :zone),
                               date_trunc('month', :to AT TIME ZONE :zone), interval '1 month') AS m),
      misuse AS (
        SELECT to_char(date_trunc('month', n.created_at AT TIME ZONE :zone), 'YYYY-MM') AS month,
               count(DISTINCT n.id) AS notices, count(i.id) AS items
          FROM notice n JOIN notice_item i ON i.notice_id = n.id
         WHERE n.reason = 'TRADEMARK_MISUSE' AND n.created_at >= :from AND n.created_at < :to
           AND (CAST(:mp AS uuid) IS NULL OR i.marketplace_id = :mp)
         GROUP BY 1),
      blocks AS (
        SELECT to_char(date_trunc('month', d.created_at AT TIME ZONE :zone), 'YYYY-MM') AS month,
               count(DISTINCT d.listing_id) AS blocks
          FROM screening_decision d
         WHERE d.action = 'BLOCK' AND d.created_at >= :from AND d.created_at < :to
           AND (CAST(:mp AS uuid) IS NULL OR d.marketplace_id = :mp)
         GROUP BY 1)
      SELECT months.month, COALESCE(misuse.notices, 0) AS notices, COALESCE(misuse.items, 0) AS items,
             COALESCE(blocks.blocks, 0) AS blocks
        FROM months LEFT JOIN misuse USING (month) LEFT JOIN blocks USING (month)
       ORDER BY months.month
      """;

  private final JdbcClient jdbc;

  JdbcReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Reports.Month> monthly(Instant from, Instant to, String zone, @Nullable UUID marketplaceId) {
    return jdbc.sql(MONTHLY).param("from", Sql.ts(from)).param("to", Sql.ts(to)).param("zone", zone)
        .param("mp", marketplaceId)
        .query((rs, n) -> new Reports.Month(rs.getString("month"), rs.getLong("notices"), rs.getLong("items"),
            rs.getLong("blocks")))
        .list();
  }
}
