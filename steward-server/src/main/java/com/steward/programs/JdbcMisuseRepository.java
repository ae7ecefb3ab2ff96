package com.steward.programs;

import com.steward.platform.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcMisuseRepository {

  private static final String COLUMNS =
      """
      SELECT id, subject_type, subject_id, status, findings::text AS findings, statement, warned_at, suspended_at,
             suspended_until, appeal, appealed_at, appeal_decision, decided_by, decided_at, ended_at
        FROM misuse_case
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JdbcMisuseRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The seller a notifier named most since {@code from}: {@code {items, failed}}, or zeros. */
  long[] topSeller(UUID notifier, Instant from) {
    return jdbc.sql("""
        SELECT count(*) AS items, count(*) FILTER (WHERE i.status IN ('RESTORED','REJECTED')) AS failed
          FROM notice_item i JOIN notice n ON n.id = i.notice_id
         WHERE n.notifier_id = :h AND n.created_at >= :from
         GROUP BY i.seller_id ORDER BY count(*) DESC LIMIT 1
        """).param("h", notifier).param("from", Sql.ts(from))
        .query((rs, n) -> new long[] {rs.getLong("items"), rs.getLong("failed")}).optional()
        .orElse(new long[] {0, 0});
  }

  /** Items a notifier filed against a seller within {@code days} after that seller counter-noticed it. */
  long retaliatory(UUID notifier, Instant from, int days) {
    return jdbc.sql("""
        SELECT count(*) FROM notice_item i JOIN notice n ON n.id = i.notice_id
         WHERE n.notifier_id = :h AND n.created_at >= :from
           AND EXISTS (SELECT 1 FROM counter_notice c
                         JOIN notice_item ci ON ci.id = c.notice_item_id
                         JOIN notice cn ON cn.id = ci.notice_id
                        WHERE cn.notifier_id = :h AND c.seller_id = i.seller_id
                          AND c.created_at < n.created_at AND c.created_at >= n.created_at - make_interval(days => :days))
        """).param("h", notifier).param("from", Sql.ts(from)).param("days", days).query(Long.class).single();
  }

  /** A seller's settled counter-notices since {@code from}: {@code {defeated, settled}}. */
  long[] counterNotices(UUID seller, Instant from) {
    return jdbc.sql("""
        SELECT count(*) FILTER (WHERE i.status = 'UPHELD') AS defeated,
               count(*) FILTER (WHERE i.status IN ('UPHELD','RESTORED')) AS settled
          FROM counter_notice c JOIN notice_item i ON i.id = c.notice_item_id
         WHERE c.seller_id = :s AND c.created_at >= :from
        """).param("s", seller).param("from", Sql.ts(from))
        .query((rs, n) -> new long[] {rs.getLong("defeated"), rs.getLong("settled")}).single();
  }

  /** Notifiers and sellers with activity since {@code from}. */
  List<UUID> activeNotifiers(Instant from) {
    return jdbc.sql("SELECT DISTINCT notifier_id FROM notice WHERE created_at >= :from").param("from", Sql.ts(from))
        .query((rs, n) -> Sql.uuid(rs, "notifier_id")).list();
  }

  List<UUID> activeCounterNoticers(Instant from) {
    return jdbc.sql("SELECT DISTINCT seller_id FROM counter_notice WHERE created_at >= :from")
        .param("from", Sql.ts(from)).query((rs, n) -> Sql.uuid(rs, "seller_id")).list();
  }

  Optional<MisuseCase> open(String type, UUID subject) {
    return jdbc.sql(COLUMNS + " WHERE subject_type = :t AND subject_id = :s AND status IN ('WARNED','SUSPENDED') FOR UPDATE")
        .param("t", type).param("s", subject).query(this::map).optional();
  }

  Optional<MisuseCase> find(UUID id) {
    return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(this::map).optional();
  }

  List<MisuseCase> list(@Nullable String type, @Nullable UUID subject, int limit) {
    return jdbc.sql(COLUMNS + " WHERE (CAST(:t AS text) IS NULL OR subject_type = :t)"
            + " AND (CAST(:s AS uuid) IS NULL OR subject_id = :s) ORDER BY warned_at DESC LIMIT :l")
        .param("t", type).param("s", subject).param("l", limit).query(this::map).list();
  }

  void insert(UUID id, String type, UUID subject, List<String> findings, String statement, Instant at) {
    jdbc.sql("""
        INSERT INTO misuse_case (id, subject_type, subject_id, status, findings, statement, warned_at)
        VALUES (:id, :t, :s, 'WARNED', CAST(:f AS jsonb), :st, :at)
        """).param("id", id).param("t", type).param("s", subject).param("f", json.writeValueAsString(findings))
        .param("st", statement).param("at", Sql.ts(at)).update();
  }

  void suspend(UUID id, List<String> findings, String statement, Instant at, Instant until) {
    jdbc.sql("""
        UPDATE misuse_case SET status = 'SUSPENDED', findings = CAST(:f AS jsonb), statement = :st, suspended_at = :at,
                               suspended_until = :until
         WHERE id = :id
        """).param("id", id).param("f", json.writeValueAsString(findings)).param("st", statement)
        .param("at", Sql.ts(at)).param("until", Sql.ts(until)).update();
  }

  void end(UUID id, String status, Instant at) {
    jdbc.sql("UPDATE misuse_case SET status = :s, ended_at = :at WHERE id = :id").param("id", id).param("s", status)
        .param("at", Sql.ts(at)).update();
  }

  void appeal(UUID id, String text, Instant at) {
    jdbc.sql("UPDATE misuse_case SET appeal = :a, appealed_at = :at WHERE id = :id").param("id", id).param("a", text)
        .param("at", Sql.ts(at)).update();
  }

  void decideAppeal(UUID id, String decision, String by, Instant at) {
    jdbc.sql("UPDATE misuse_case SET appeal_decision = :d, decided_by = :by, decided_at = :at WHERE id = :id")
        .param("id", id).param("d", decision).param("by", by).param("at", Sql.ts(at)).update();
  }

  private MisuseCase map(ResultSet rs, int n) throws SQLException {
    List<String> findings = List.of(json.readValue(rs.getString("findings"), String[].class));
    return new MisuseCase(Sql.uuid(rs, "id"), rs.getString("subject_type"), Sql.uuid(rs, "subject_id"),
        rs.getString("status"), findings, rs.getString("statement"), Sql.instant(rs, "warned_at"),
        Sql.instant(rs, "suspended_at"), Sql.instant(rs, "suspended_until"), rs.getString("appeal"),
        Sql.instant(rs, "appealed_at"), rs.getString("appeal_decision"), rs.getString("decided_by"),
        Sql.instant(rs, "decided_at"), Sql.instant(rs, "ended_at"));
  }
}
