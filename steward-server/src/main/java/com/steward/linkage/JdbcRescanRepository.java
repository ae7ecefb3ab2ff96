package com.steward.linkage;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRescanRepository {

  private static final String COLUMNS =
      """
      SELECT id, marketplace_id, status, requested_by, total, done, links, clusters, changed, error, started_at,
             finished_at
        FROM linkage_rescan
      """;

  private final JdbcClient jdbc;

  JdbcRescanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Rescan(UUID id, UUID marketplaceId, String status, String requestedBy, int total, int done,
      @Nullable Integer links, @Nullable Integer clusters, @Nullable Integer changed, @Nullable String error,
      Instant startedAt, @Nullable Instant finishedAt) {}

  /** Starts a rescan unless one is running for the marketplace; returns whether it started. */
  boolean insert(UUID id, UUID mp, String by, Instant at) {
    return jdbc.sql("""
        INSERT INTO linkage_rescan (id, marketplace_id, status, requested_by, started_at)
        VALUES (:id, :mp, 'RUNNING', :by, :at) ON CONFLICT (marketplace_id) WHERE status = 'RUNNING' DO NOTHING
        """).param("id", id).param("mp", mp).param("by", by).param("at", Sql.ts(at)).update() == 1;
  }

  Optional<Rescan> find(UUID id) {
    return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(JdbcRescanRepository::map).optional();
  }


  /** The running rescan of the marketplace, else the one started last. */
  Optional<Rescan> latest(UUID mp) {
    return jdbc.sql(COLUMNS + " WHERE marketplace_id = :mp ORDER BY status = 'RUNNING' DESC, started_at DESC, id"
        + " LIMIT 1").param("mp", mp).query(JdbcRescanRepository::map).optional();
  }

  void progress(UUID id, int total, int done) {
    jdbc.sql("UPDATE linkage_rescan SET total = :t, done = :d WHERE id = :id").param("id", id).param("t", total)
        .param("d", done).update();
  }

  void finish(UUID id, int links, int clusters, int changed, Instant at) {
    jdbc.sql("""
        UPDATE linkage_rescan SET status = 'DONE', done = total, links = :l, clusters = :c, changed = :ch,
               finished_at = :at WHERE id = :id
        """).param("id", id).param("l", links).param("c", clusters).param("ch", changed).param("at", Sql.ts(at))
        .update();
  }

  void fail(UUID id, String error, Instant at) {
    jdbc.sql("UPDATE linkage_rescan SET status = 'FAILED', error = :e, finished_at = :at WHERE id = :id")
        .param("id", id).param("e", error).param("at", Sql.ts(at)).update();
  }

  private static Rescan map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Rescan(Sql.uuid(rs, "id"), Sql.uuid(rs, "marketplace_id"), rs.getString("status"),
        rs.getString("requested_by"), rs.getInt("total"), rs.getInt("done"), (Integer) rs.getObject("links"),
        (Integer) rs.getObject("clusters"), (Integer) rs.getObject("changed"), rs.getString("error"),
        Sql.instant(rs, "started_at"), Sql.instant(rs, "finished_at"));
  }
}
