package com.steward.programs;

import com.steward.core.notices.NoticeItemStatus;
import com.steward.core.programs.Outcomes;
import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReputationRepository {

  private final JdbcClient jdbc;

  JdbcReputationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A group of items and how many are in each status. */
  record Count(UUID notifierId, @Nullable UUID principalId, @Nullable String month, NoticeItemStatus status, long n) {}

  /**
   * Item counts by status of the notices filed in {@code [from, to]}, per notifier, per
   * principal (the owner of the right) and, if {@code monthly}, per month of filing; only the
   * notifier {@code only} unless null.
   */
  List<Count> counts(Instant from, Instant to, @Nullable UUID only, boolean monthly) {
    String month = monthly ? "to_char(date_trunc('month', n.created_at AT TIME ZONE 'UTC'), 'YYYY-MM')" : "NULL";
    return jdbc.sql("""
        SELECT n.notifier_id, r.owner_id, %s AS month, i.status, count(*) AS n
          FROM notice n
          JOIN notice_item i ON i.notice_id = n.id
          JOIN ip_right r ON r.id = n.ip_right_id
         WHERE n.created_at >= :from AND n.created_at <= :to
           AND (CAST(:only AS uuid) IS NULL OR n.notifier_id = :only)
         GROUP BY 1, 2, 3, 4
        """.formatted(month)).param("from", Sql.ts(from)).param("to", Sql.ts(to)).param("only", only)
        .query((rs, i) -> new Count(Sql.uuid(rs, "notifier_id"), Sql.uuid(rs, "owner_id"), rs.getString("month"),
            NoticeItemStatus.valueOf(rs.getString("status")), rs.getLong("n")))
        .list();
  }

  /** The names of these rights holders. */
  Map<UUID, String> names(java.util.Collection<UUID> ids) {
    Map<UUID, String> out = new LinkedHashMap<>();
    for (var chunk : Sql.chunks(ids)) {
      jdbc.sql("SELECT id, name FROM rights_holder WHERE id IN (:ids)").param("ids", chunk)
          .query((rs, i) -> out.put(Sql.uuid(rs, "id"), rs.getString("name"))).list();
    }
    return out;
  }

  static Outcomes outcomes(List<Count> counts) {
    Outcomes o = Outcomes.NONE;
    for (Count c : counts) {
      o = o.plus(Outcomes.of(c.status(), c.n()));
    }
    return o;
  }
}
