package com.steward.platform.security;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

  private static final String REVOKE =
      """
      UPDATE api_key SET revoked_at = :at, revoked_by = :by WHERE id = :id AND revoked_at IS NULL
      """;
  private static final String LIST =
      """
      SELECT id, key_prefix, role, subject_name, rights_holder_id, seller_id, marketplace_id, created_by, created_at,
             revoked_at, revoked_by
        FROM api_key ORDER BY created_at DESC, id LIMIT :limit
      """;

  /** A key as an admin sees it: who it stands for and whether it still opens anything; never the key or its hash. */
  record Listed(UUID id, String prefix, Role role, String subjectName, @Nullable UUID rightsHolderId,
      @Nullable UUID sellerId, @Nullable UUID marketplaceId, String createdBy, Instant createdAt,
      @Nullable Instant revokedAt, @Nullable String revokedBy) {}

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

  /** Whether a key with this hash exists, revoked or not: empty if none, else whether it is revoked. */
  Optional<Boolean> revokedByHash(String hash) {
    return jdbc.sql("SELECT revoked_at IS NOT NULL FROM api_key WHERE key_hash = :hash").param("hash", hash)
        .query(Boolean.class).optional();
  }

  /**
   * The active admin keys, locked until the transaction ends, so that two revocations cannot each
   * see the other's key still active and leave none.
   */
  List<UUID> lockActiveAdmins() {
    return jdbc.sql("SELECT id FROM api_key WHERE role = 'ADMIN' AND revoked_at IS NULL ORDER BY id FOR UPDATE")
        .query(UUID.class).list();
  }

  Optional<Role> role(UUID id) {
    return jdbc.sql("SELECT role FROM api_key WHERE id = :id").param("id", id).query(String.class).optional()
        .map(Role::valueOf);
  }

  /** Revokes the key; false if it was revoked already. */
  boolean revoke(UUID id, String by, Instant at) {
    return jdbc.sql(REVOKE).param("id", id).param("by", by).param("at", Sql.ts(at)).update() == 1;
  }

  List<Listed> list(int limit) {
    return jdbc.sql(LIST).param("limit", limit).query((rs, n) -> new Listed(Sql.uuid(rs, "id"),
        rs.getString("key_prefix"), Role.valueOf(rs.getString("role")), rs.getString("subject_name"),
        Sql.uuid(rs, "rights_holder_id"), Sql.uuid(rs, "seller_id"), Sql.uuid(rs, "marketplace_id"),
        rs.getString("created_by"), Sql.instant(rs, "created_at"), Sql.instant(rs, "revoked_at"),
        rs.getString("revoked_by"))).list();
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
