package com.steward.simulations;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcSimulationRunRepository {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JdbcSimulationRunRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(UUID marketplaceId, SimulationRun run) {
    jdbc.sql("""
        INSERT INTO simulation_run (id, marketplace_id, seed, days, summary, rows, metrics, config, created_by, created_at)
        VALUES (:id, :mp, :seed, :days, :summary, CAST(:rows AS jsonb), CAST(:metrics AS jsonb), CAST(:config AS jsonb),
                :by, :at)
        """).param("id", run.id()).param("mp", marketplaceId).param("seed", run.seed()).param("days", run.days())
        .param("summary", run.summary()).param("rows", json.writeValueAsString(run.rows()))
        .param("metrics", json.writeValueAsString(run.metrics())).param("config", json.writeValueAsString(run.config()))
        .param("by", run.createdBy()).param("at", Sql.ts(run.createdAt())).update();
  }

  /** The newest runs first, of one marketplace or (null) of all. */
  List<SimulationRun> list(@org.jspecify.annotations.Nullable UUID marketplaceId, int limit) {
    return jdbc.sql("""
        SELECT r.*, m.code FROM simulation_run r JOIN marketplace m ON m.id = r.marketplace_id
         WHERE CAST(:mp AS uuid) IS NULL OR r.marketplace_id = :mp
         ORDER BY r.created_at DESC, r.id LIMIT :limit
        """).param("mp", marketplaceId).param("limit", limit)
        .query((rs, n) -> new SimulationRun(Sql.uuid(rs, "id"), rs.getString("code"), rs.getLong("seed"),
            rs.getInt("days"), rs.getString("summary"),
            json.readValue(rs.getString("rows"), new TypeReference<List<SimulationRun.Row>>() {}),
            json.readValue(rs.getString("metrics"), Object.class), json.readValue(rs.getString("config"), Object.class),
            rs.getString("created_by"), Instant.from(Sql.instant(rs, "created_at"))))
        .list();
  }
}
