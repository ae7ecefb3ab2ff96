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
      SELECT * FROM unnest(CAST(:seq AS bigint[]), CAST(:at AS timestamptz[]), CAST(:actor AS text[]),
                           CAST(:action AS text[]), CAST(:type AS text[]), CAST(:id AS text[]),
                           CAST(:detail AS text[]), CAST(:prev AS text[]), CAST(:hash AS text[]))
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

  /** Queues the entries of a transaction, in order, for the chainer; takes no lock. */
  void enqueue(List<Pending> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Columns c = new Columns(entries);
    jdbc.sql("""
        INSERT INTO audit_inbox (occurred_at, actor, action, subject_type, subject_id, detail)
        SELECT at, actor, action, type, id, detail
          FROM unnest(CAST(:at AS timestamptz[]), CAST(:actor AS text[]), CAST(:action AS text[]),
                      CAST(:type AS text[]), CAST(:id AS text[]), CAST(:detail AS text[]))
               WITH ORDINALITY AS t(at, actor, action, type, id, detail, n)
         ORDER BY n
        """).param("at", c.at).param("actor", c.actor).param("action", c.action).param("type", c.type)
        .param("id", c.id).param("detail", c.detail).update();
  }

  /** The fields of a batch of entries as one array per column, for an {@code unnest} insert. */
  private static final class Columns {
    final String[] at;
    final String[] actor;
    final String[] action;
    final String[] type;
    final String[] id;
    final String[] detail;

    Columns(List<Pending> entries) {
      int n = entries.size();
      at = new String[n];
      actor = new String[n];
      action = new String[n];
      type = new String[n];
      id = new String[n];
      detail = new String[n];
      for (int i = 0; i < n; i++) {
        Pending p = entries.get(i);
        at[i] = p.occurredAt().toString();
        actor[i] = p.actor();
        action[i] = p.action();
        type[i] = p.subjectType();
        id[i] = p.subjectId();
        detail[i] = p.detail();
      }
    }
  }

  /**
   * Moves up to {@code limit} committed entries from the inbox into the chain, oldest first, if no
   * one else is chaining; returns how many, or -1 if another chainer holds the lock. Runs in the
   * caller's transaction, whose end releases the lock.
   */
  int chainWaiting(int limit, boolean wait) {
    if (wait) {
      jdbc.sql(LOCK).query((rs, n) -> 1).list();
    } else if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(7316001)").query(Boolean.class).single()) {
      return -1;
    }
    List<Object[]> waiting = jdbc.sql("""
        SELECT id, occurred_at, actor, action, subject_type, subject_id, detail FROM audit_inbox ORDER BY id LIMIT :limit
        """).param("limit", limit).query((rs, n) -> new Object[] {rs.getLong("id"), new Pending(
            Sql.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
            rs.getString("subject_id"), rs.getString("detail"))}).list();
    if (waiting.isEmpty()) {
      return 0;
    }
    appendAll(waiting.stream().map(w -> (Pending) w[1]).toList());
    jdbc.sql("DELETE FROM audit_inbox WHERE id <= :last AND id IN (:ids)")
        .param("last", (Long) waiting.getLast()[0]).param("ids", waiting.stream().map(w -> (Long) w[0]).toList())
        .update();
    return waiting.size();
  }

  /** Appends the entries in order after the chain's last one, in one statement; the caller holds the chain's lock. */
  private void appendAll(List<Pending> entries) {
    Tail tail =
        jdbc.sql(LAST)
            .query((rs, n) -> new Tail(rs.getLong("seq"), rs.getString("hash")))
            .optional()
            .orElse(new Tail(0, AuditChain.GENESIS));
    int n = entries.size();
    Columns c = new Columns(entries);
    var seq = new String[n];
    var prev = new String[n];
    var hash = new String[n];
    long next = tail.sequence();
    String previous = tail.hash();
    for (int i = 0; i < n; i++) {
      Pending p = entries.get(i);
      AuditEntry e = AuditEntry.chain(previous, new AuditRecord(++next, p.occurredAt(), p.actor(), p.action(),
          p.subjectType(), p.subjectId(), p.detail()));
      seq[i] = Long.toString(next);
      prev[i] = e.previousHash();
      hash[i] = e.hash();
      previous = e.hash();
    }
    jdbc.sql(INSERT).param("seq", seq).param("at", c.at).param("actor", c.actor).param("action", c.action)
        .param("type", c.type).param("id", c.id).param("detail", c.detail).param("prev", prev).param("hash", hash)
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
