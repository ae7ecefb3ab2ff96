package com.steward.audit;

import com.steward.core.audit.AuditChain;
import com.steward.core.audit.AuditEntry;
import com.steward.core.audit.AuditRecord;
import com.steward.platform.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuditRepository {

  private static final String LOCK = "SELECT pg_advisory_xact_lock(7316001)";
  private static final String LAST = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1";
  private static final String INSERT =
      """
      INSERT INTO audit_log (seq, occurred_at, actor, action, subject_type, subject_id, detail, prev_hash, hash)
      VALUES (:seq, :at, :actor, :action, :type, :id, :detail, :prev, :hash)
      """;
  private static final String SELECT =
      "SELECT seq, occurred_at, actor, action, subject_type, subject_id, detail, prev_hash, hash FROM audit_log ";
  private static final String PAGE = SELECT + "WHERE seq > :after ORDER BY seq LIMIT :limit";
  private static final String TRAIL = SELECT + "WHERE subject_type = :type AND subject_id IN (:ids) ORDER BY seq";

  private final JdbcClient jdbc;

  JdbcAuditRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The last entry's position, for the next one to link to. */
  record Tail(long sequence, String hash) {}

  /** An entry waiting for its place in the chain. */
  record Pending(java.time.Instant occurredAt, String actor, String action, String subjectType, String subjectId,
      String detail) {}

  /**
   * Appends the entries in order under a transaction-scoped lock, so that the chain stays a
   * single line; the lock is released when the transaction ends.
   */
  void appendAll(List<Pending> entries) {
    if (entries.isEmpty()) {
      return;
    }
    jdbc.sql(LOCK).query((rs, n) -> 1).list();
    Tail tail =
        jdbc.sql(LAST)
            .query((rs, n) -> new Tail(rs.getLong("seq"), rs.getString("hash")))
            .optional()
            .orElse(new Tail(0, AuditChain.GENESIS));
    long seq = tail.sequence();
    String previous = tail.hash();
    for (Pending p : entries) {
      AuditEntry e = AuditEntry.chain(previous, new AuditRecord(++seq, p.occurredAt(), p.actor(), p.action(),
          p.subjectType(), p.subjectId(), p.detail()));
      insert(e);
      previous = e.hash();
    }
  }

  private void insert(AuditEntry e) {
    AuditRecord r = e.record();
    jdbc.sql(INSERT)
        .param("seq", r.sequence())
        .param("at", Sql.ts(r.occurredAt()))
        .param("actor", r.actor())
        .param("action", r.action())
        .param("type", r.subjectType())
        .param("id", r.subjectId())
        .param("detail", r.detail())
        .param("prev", e.previousHash())
        .param("hash", e.hash())
        .update();
  }

  List<AuditEntry> trail(String type, String id) {
    return trail(type, List.of(id));
  }

  List<AuditEntry> trail(String type, List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(TRAIL).param("type", type).param("ids", ids).query(JdbcAuditRepository::entry).list();
  }

  /** Feeds every entry in order to {@code check}; stops at the first break. */
  Optional<AuditChain.Break> walk(Function<AuditEntry, Optional<AuditChain.Break>> check) {
    long after = 0;
    while (true) {
      List<AuditEntry> page =
          jdbc.sql(PAGE).param("after", after).param("limit", 5000).query(JdbcAuditRepository::entry).list();
      if (page.isEmpty()) {
        return Optional.empty();
      }
      for (AuditEntry e : page) {
        Optional<AuditChain.Break> b = check.apply(e);
        if (b.isPresent()) {
          return b;
        }
        after = e.record().sequence();
      }
    }
  }

  private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
    return new AuditEntry(
        new AuditRecord(
            rs.getLong("seq"),
            Sql.instant(rs, "occurred_at"),
            rs.getString("actor"),
            rs.getString("action"),
            rs.getString("subject_type"),
            rs.getString("subject_id"),
            rs.getString("detail")),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }
}
