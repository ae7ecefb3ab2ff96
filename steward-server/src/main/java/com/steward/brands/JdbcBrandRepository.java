package com.steward.brands;

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
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcBrandRepository {

  private static final String INSERT_BRAND =
      "INSERT INTO brand (id, name_key, owner_id, created_at) VALUES (:id, :key, :owner, :at)";
  private static final String INSERT_REVISION =
      """
      INSERT INTO brand_revision (id, brand_id, revision, profile, status, proposed_by, created_at)
      VALUES (:id, :brand, (SELECT COALESCE(max(revision), 0) + 1 FROM brand_revision WHERE brand_id = :brand),
              CAST(:profile AS jsonb), 'PENDING', :by, :at)
      """;
  private static final String REVISIONS =
      """
      SELECT id, brand_id, revision, profile::text AS profile, status, proposed_by, decided_by, reason, created_at,
             decided_at
        FROM brand_revision
      """;
  private static final String ACTIVE =
      REVISIONS + """
       WHERE status = 'APPROVED' AND revision = (SELECT max(r.revision) FROM brand_revision r
                                                  WHERE r.brand_id = brand_revision.brand_id AND r.status = 'APPROVED')
       ORDER BY brand_id
      """;
  private static final String DECIDE =
      """
      UPDATE brand_revision SET status = :status, decided_by = :by, reason = :reason, decided_at = :at
       WHERE id = :id AND status = 'PENDING'
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JdbcBrandRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The brand with this normalised name, if any: {@code {id, ownerId}}. */
  Optional<UUID[]> findByKey(String key) {
    return jdbc.sql("SELECT id, owner_id FROM brand WHERE name_key = :key").param("key", key)
        .query((rs, n) -> new UUID[] {Sql.uuid(rs, "id"), Sql.uuid(rs, "owner_id")}).optional();
  }

  Optional<UUID> owner(UUID brandId) {
    return jdbc.sql("SELECT owner_id FROM brand WHERE id = :id").param("id", brandId)
        .query((rs, n) -> Optional.ofNullable(Sql.uuid(rs, "owner_id"))).optional().flatMap(o -> o);
  }

  boolean exists(UUID brandId) {
    return jdbc.sql("SELECT count(*) FROM brand WHERE id = :id").param("id", brandId).query(Long.class).single() > 0;
  }

  void insertBrand(UUID id, String key, @Nullable UUID owner, Instant at) {
    jdbc.sql(INSERT_BRAND).param("id", id).param("key", key).param("owner", owner).param("at", Sql.ts(at)).update();
  }

  UUID insertRevision(UUID brandId, BrandProfileForm profile, String by, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:b))").param("b", brandId.toString()).query((rs, n) -> 1).list();
    jdbc.sql(INSERT_REVISION).param("id", id).param("brand", brandId).param("profile", json.writeValueAsString(profile))
        .param("by", by).param("at", Sql.ts(at)).update();
    return id;
  }

  List<BrandRevision> revisions(UUID brandId) {
    return jdbc.sql(REVISIONS + " WHERE brand_id = :b ORDER BY revision").param("b", brandId).query(this::map).list();
  }

  Optional<BrandRevision> revision(UUID brandId, int revision) {
    return jdbc.sql(REVISIONS + " WHERE brand_id = :b AND revision = :r").param("b", brandId).param("r", revision)
        .query(this::map).optional();
  }

  List<BrandRevision> pending(int limit) {
    return jdbc.sql(REVISIONS + " WHERE status = 'PENDING' ORDER BY created_at LIMIT :limit").param("limit", limit)
        .query(this::map).list();
  }

  List<BrandRevision> active() {
    return jdbc.sql(ACTIVE).query(this::map).list();
  }

  boolean decide(UUID revisionId, String status, String by, String reason, Instant at) {
    return jdbc.sql(DECIDE).param("id", revisionId).param("status", status).param("by", by).param("reason", reason)
        .param("at", Sql.ts(at)).update() == 1;
  }

  private BrandRevision map(ResultSet rs, int n) throws SQLException {
    return new BrandRevision(Sql.uuid(rs, "id"), Sql.uuid(rs, "brand_id"), rs.getInt("revision"),
        json.readValue(rs.getString("profile"), BrandProfileForm.class), rs.getString("status"),
        rs.getString("proposed_by"), rs.getString("decided_by"), rs.getString("reason"), Sql.instant(rs, "created_at"),
        Sql.instant(rs, "decided_at"));
  }
}
