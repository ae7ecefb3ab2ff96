package com.steward.screening;

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

@Repository
class JdbcSweepRepository {

  private static final String COLUMNS =
      "SELECT id, reason, status, total, done, blocked, referred, restored, cursor_id, started_at, updated_at, finished_at, "
          + "superseded_by FROM sweep ";
  private static final String INSERT =
      """
      INSERT INTO sweep (id, reason, status, total, started_at, updated_at)
      VALUES (:id, :reason, 'RUNNING', (SELECT count(*) FROM listing), :at, :at)
      """;
  private static final String ADVANCE =
      """
      UPDATE sweep SET done = done + :done, blocked = blocked + :blocked, referred = referred + :referred,
             restored = restored + :restored,
             total = GREATEST(total, done + :done), cursor_id = :cursor, updated_at = :at
       WHERE id = :id
      """;

  private final JdbcClient jdbc;

  JdbcSweepRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Serialises the start of sweeps across nodes until the caller's transaction ends: a start must
   * see the sweep started just before it to supersede it (two uncommitted starts saw none).
   */
  void lockStarts() {
    jdbc.sql("SELECT pg_advisory_xact_lock(7316021)").query((rs, n) -> 1).single();
  }

  void insert(UUID id, String reason, Instant at) {
    jdbc.sql(INSERT).param("id", id).param("reason", reason).param("at", Sql.ts(at)).update();
  }

  /** The sweep, locked for this transaction, so that two runs of a step cannot overlap. */
  Optional<Sweeps.Sweep> lock(UUID id) {
    return jdbc.sql(COLUMNS + "WHERE id = :id FOR UPDATE").param("id", id).query(JdbcSweepRepository::map).optional();
  }

  Optional<Sweeps.Sweep> find(UUID id) {
    return jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id).query(JdbcSweepRepository::map).optional();
  }

  List<Sweeps.Sweep> recent(int limit) {
    return jdbc.sql(COLUMNS + "ORDER BY started_at DESC LIMIT :limit").param("limit", limit)
        .query(JdbcSweepRepository::map).list();
  }

  /** The ids of the next listings after {@code cursor}, in id order. */
  List<UUID> nextListings(@Nullable UUID cursor, int limit) {
    return nextListings(cursor, limit, null);
  }

  /** The next listings by id after {@code cursor}, of one marketplace if {@code marketplaceId} is given. */
  List<UUID> nextListings(@Nullable UUID cursor, int limit, @Nullable UUID marketplaceId) {
    return jdbc.sql("""
        SELECT id FROM listing
         WHERE (CAST(:cursor AS uuid) IS NULL OR id > :cursor)
           AND (CAST(:mp AS uuid) IS NULL OR marketplace_id = :mp)
         ORDER BY id LIMIT :limit
        """).param("cursor", cursor).param("mp", marketplaceId).param("limit", limit)
        .query(UUID.class).list();
  }

  void advance(UUID id, int done, int blocked, int referred, int restored, UUID cursor, Instant at) {
    jdbc.sql(ADVANCE).param("id", id).param("done", done).param("blocked", blocked).param("referred", referred)
        .param("restored", restored)
        .param("cursor", cursor).param("at", Sql.ts(at)).update();
  }

  /** Ends every running sweep but {@code by}, which covers what they had left; returns their ids. */
  List<UUID> supersedeRunning(UUID by, Instant at) {
    return jdbc.sql("""
        UPDATE sweep SET status = 'SUPERSEDED', superseded_by = :by, finished_at = :at, updated_at = :at
         WHERE status = 'RUNNING' AND id <> :by
        RETURNING id
        """).param("by", by).param("at", Sql.ts(at)).query((rs, n) -> Sql.uuid(rs, "id")).list();
  }

  void finish(UUID id, Instant at) {
    jdbc.sql("UPDATE sweep SET status = 'DONE', finished_at = :at, updated_at = :at, total = done WHERE id = :id")
        .param("id", id).param("at", Sql.ts(at)).update();
  }

  private static Sweeps.Sweep map(ResultSet rs, int n) throws SQLException {
    return new Sweeps.Sweep(Sql.uuid(rs, "id"), rs.getString("reason"), rs.getString("status"), rs.getInt("total"),
        rs.getInt("done"), rs.getInt("blocked"), rs.getInt("referred"), rs.getInt("restored"),
        Sql.uuid(rs, "cursor_id"),
        Sql.instant(rs, "started_at"), Sql.instant(rs, "updated_at"), Sql.instant(rs, "finished_at"),
        Sql.uuid(rs, "superseded_by"));
  }
}
