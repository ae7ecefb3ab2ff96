package com.steward.platform.security;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcUserRepository {

  private static final String FIND =
      """
      SELECT username, password_hash, role, display_name, rights_holder_id, seller_id, marketplace_id
        FROM app_user WHERE username = :username
      """;
  private static final String UPSERT =
      """
      INSERT INTO app_user (username, password_hash, role, display_name, rights_holder_id, seller_id,
                            marketplace_id, created_at)
      VALUES (:username, :hash, :role, :name, :rh, :seller, :mp, :at)
      ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role,
        display_name = EXCLUDED.display_name, rights_holder_id = EXCLUDED.rights_holder_id,
        seller_id = EXCLUDED.seller_id, marketplace_id = EXCLUDED.marketplace_id
      """;

  private final JdbcClient jdbc;

  JdbcUserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StewardUserDetails> find(String username) {
    return jdbc.sql(FIND)
        .param("username", username)
        .query(
            (rs, n) ->
                new StewardUserDetails(
                    rs.getString("username"),
                    rs.getString("password_hash"),
                    new Actor(
                        Role.valueOf(rs.getString("role")),
                        rs.getString("display_name"),
                        Sql.uuid(rs, "rights_holder_id"),
                        Sql.uuid(rs, "seller_id"),
                        Sql.uuid(rs, "marketplace_id"))))
        .optional();
  }

  void upsert(String username, String hash, Actor actor, Instant at) {
    jdbc.sql(UPSERT)
        .param("username", username)
        .param("hash", hash)
        .param("role", actor.role().name())
        .param("name", actor.name())
        .param("rh", actor.rightsHolderId())
        .param("seller", actor.sellerId())
        .param("mp", actor.marketplaceId())
        .param("at", Sql.ts(at))
        .update();
  }
}
