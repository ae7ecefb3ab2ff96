package com.steward.programs;

import com.steward.core.notices.NoticeItemStatus;
import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStatisticsRepository {

  /**
   * Items of the notices filed in {@code [from, to)} by status, per notifier and per the program
   * the notifier was in when it filed (the one that expedites first if it was in several), or
   * REGULAR; notices filed on a confirmed referral left out.
   */
  private static final String COUNTS_AT_FILING = """
      SELECT n.notifier_id, COALESCE(p.program, 'REGULAR') AS grp, i.status, count(*) AS n
        FROM notice n
        JOIN notice_item i ON i.notice_id = n.id
        LEFT JOIN LATERAL (
          SELECT m.program FROM program_membership m
           WHERE m.rights_holder_id = n.notifier_id AND m.started_at <= n.created_at
             AND (m.ended_at IS NULL OR m.ended_at > n.created_at)
           ORDER BY CASE m.program WHEN 'TRUSTED_FLAGGER' THEN 0 WHEN 'GOOD_FAITH' THEN 1 ELSE 2 END
           LIMIT 1) p ON true
       WHERE n.created_at >= :from AND n.created_at < :to AND n.channel <> 'REFERRAL'
         AND (CAST(:mp AS uuid) IS NULL OR i.marketplace_id = :mp)
       GROUP BY 1, 2, 3
      """;

  private final JdbcClient jdbc;

  JdbcStatisticsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Hours from filing to the first decision of every decided item filed in {@code [from, to]},
   * of one notifier or, if null, of all: the raw material of the median and the 24-hour share.
   */
  List<Double> hoursToFirstDecision(@Nullable UUID notifier, Instant from, Instant to) {
    return jdbc.sql("""
        SELECT EXTRACT(EPOCH FROM (min(d.decided_at) - i.created_at)) / 3600.0 AS hours
          FROM notice_item i JOIN notice n ON n.id = i.notice_id JOIN decision d ON d.notice_item_id = i.id
         WHERE n.created_at >= :from AND n.created_at <= :to AND (CAST(:h AS uuid) IS NULL OR n.notifier_id = :h)
         GROUP BY i.id, i.created_at ORDER BY 1
        """).param("from", Sql.ts(from)).param("to", Sql.ts(to)).param("h", notifier).query(Double.class).list();
  }

  /** Referrals to an owner created in the window: {@code {received, answered, confirmed}}. */
  long[] referrals(UUID owner, Instant from, Instant to) {
    return jdbc.sql("""
        SELECT count(*) AS received,
               count(*) FILTER (WHERE status IN ('CONFIRMED','AUTHENTIC','NOT_OURS','UNSURE')) AS answered,
               count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed
          FROM referral WHERE rights_holder_id = :h AND created_at >= :from AND created_at <= :to
        """).param("h", owner).param("from", Sql.ts(from)).param("to", Sql.ts(to))
        .query((rs, n) -> new long[] {rs.getLong("received"), rs.getLong("answered"), rs.getLong("confirmed")})
        .single();
  }

  /** Items of one notifier in one status, in the group it filed them in (a program's name or REGULAR). */
  record FiledCount(UUID notifierId, String group, NoticeItemStatus status, long n) {}

  List<FiledCount> countsAtFiling(Instant from, Instant to, @Nullable UUID marketplaceId) {
    return jdbc.sql(COUNTS_AT_FILING).param("from", Sql.ts(from)).param("to", Sql.ts(to)).param("mp", marketplaceId)
        .query((rs, n) -> new FiledCount(Sql.uuid(rs, "notifier_id"), rs.getString("grp"),
            NoticeItemStatus.valueOf(rs.getString("status")), rs.getLong("n")))
        .list();
  }

  /** Notifiers in any program now. */
  List<UUID> programMembers() {
    return jdbc.sql("SELECT DISTINCT rights_holder_id FROM program_membership WHERE ended_at IS NULL")
        .query((rs, n) -> Sql.uuid(rs, "rights_holder_id")).list();
  }
}
