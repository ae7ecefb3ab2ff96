package com.steward.platform.security;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcApiKeyRepository {

  private static final String INSERT =
      """
      INSERT INTO api_key (id, key_hash, key_prefix, role, subject_name, rights_holder_id, seller_id,
                           marketplace_id, created_by, created_at)
      VALUES (:id, :hash, :prefix, :role, :name, :rh, :seller, :mp, :by, :at)
      """;
  private static final String FIND =
      """
      SELECT role, subject_name, rights_holder_id, seller_id, marketplace_id
        FROM api_key WHERE key_hash = :hash AND revoked_at IS NULL
      """;

  private final JdbcClient jdbc;

  JdbcApiKeyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UUID insert(String hash, String prefix, Actor actor, String by, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.sql(INSERT)
        .param("id", id)
        .param("hash", hash)
        .param("prefix", prefix)
        .param("role", actor.role().name())
        .param("name", actor.name())
        .param("rh", actor.rightsHolderId())
        .param("seller", actor.sellerId())
        .param("mp", actor.marketplaceId())
        .param("by", by)
        .param("at", Sql.ts(at))
        .update();
    return id;
  }

  Optional<Actor> findByHash(String hash) {
    return jdbc.sql(FIND)
        .param("hash", hash)
        .query(
            (rs, n) ->
                new Actor(
                    Role.valueOf(rs.getString("role")),
                    rs.getString("subject_name"),
                    Sql.uuid(rs, "rights_holder_id"),
                    Sql.uuid(rs, "seller_id"),
                    Sql.uuid(rs, "marketplace_id")))
        .optional();
  }

  Optional<UUID> marketplaceId(String code) {
    return jdbc.sql("SELECT id FROM marketplace WHERE code = :code").param("code", code).query(UUID.class).optional();
  }

  Optional<String> rightsHolderName(UUID id) {
    return jdbc.sql("SELECT name FROM rights_holder WHERE id = :id").param("id", id).query(String.class).optional();
  }

  Optional<UUID> sellerMarketplace(UUID id) {
    return jdbc.sql("SELECT marketplace_id FROM seller WHERE id = :id").param("id", id).query(UUID.class).optional();
  }
}
