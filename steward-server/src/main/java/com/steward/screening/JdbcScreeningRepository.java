package com.steward.screening;

import com.steward.core.screening.rules.Decision;
import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcScreeningRepository {

  private static final String INSERT =
      """
      INSERT INTO screening_decision (id, listing_id, listing_version, marketplace_id, action, score, brand, rules,
                                      matches, rule_set_version, created_at)
      VALUES (:id, :listing, :version, :mp, :action, :score, :brand, CAST(:rules AS jsonb), CAST(:matches AS jsonb),
              :ruleSet, :at)
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JdbcScreeningRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  UUID insert(UUID listingId, int version, UUID marketplaceId, Decision d, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.sql(INSERT).param("id", id).param("listing", listingId).param("version", version).param("mp", marketplaceId)
        .param("action", d.action().name()).param("score", d.score()).param("brand", d.brand())
        .param("rules", json.writeValueAsString(d.rules())).param("matches", json.writeValueAsString(d.matches()))
        .param("ruleSet", d.ruleSetVersion()).param("at", Sql.ts(at)).update();
    return id;
  }
}
