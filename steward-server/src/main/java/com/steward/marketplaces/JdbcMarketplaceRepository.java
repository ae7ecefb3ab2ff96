package com.steward.marketplaces;

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
class JdbcMarketplaceRepository {

  private static final String COLUMNS = "SELECT id, code, name, model, webhook_url FROM marketplace ";
  private static final String INSERT =
      """
      INSERT INTO marketplace (id, code, name, model, webhook_url, webhook_secret, created_at, updated_at)
      VALUES (:id, :code, :name, :model, :url, :secret, :at, :at)
      """;
  private static final String UPDATE =
      """
      UPDATE marketplace SET name = :name, model = :model, webhook_url = :url,
             webhook_secret = COALESCE(:secret, webhook_secret), updated_at = :at
       WHERE id = :id
      """;

  private final JdbcClient jdbc;

  JdbcMarketplaceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Marketplace> findByCode(String code) {
    return jdbc.sql(COLUMNS + "WHERE code = :code").param("code", code).query(JdbcMarketplaceRepository::map).optional();
  }

  Optional<Marketplace> findById(UUID id) {
    return jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id).query(JdbcMarketplaceRepository::map).optional();
  }

  List<Marketplace> all() {
    return jdbc.sql(COLUMNS + "ORDER BY code").query(JdbcMarketplaceRepository::map).list();
  }

  boolean hasSecret(UUID id) {
    return jdbc.sql("SELECT webhook_secret IS NOT NULL FROM marketplace WHERE id = :id").param("id", id)
        .query(Boolean.class).single();
  }

  Marketplace insert(UUID id, String code, String name, String model, @Nullable String url, @Nullable String secret,
      Instant at) {
    jdbc.sql(INSERT).param("id", id).param("code", code).param("name", name).param("model", model)
        .param("url", url).param("secret", secret).param("at", Sql.ts(at)).update();
    return new Marketplace(id, code, name, model, url);
  }

  Marketplace update(UUID id, String name, String model, @Nullable String url, @Nullable String secret, Instant at) {
    jdbc.sql(UPDATE).param("id", id).param("name", name).param("model", model).param("url", url)
        .param("secret", secret).param("at", Sql.ts(at)).update();
    return findById(id).orElseThrow();
  }

  private static Marketplace map(ResultSet rs, int n) throws SQLException {
    return new Marketplace(Sql.uuid(rs, "id"), rs.getString("code"), rs.getString("name"), rs.getString("model"),
        rs.getString("webhook_url"));
  }
}
