package com.steward.brands;

import com.steward.platform.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcBrandRepository {

  private static final String INSERT_BRAND =
      "INSERT INTO brand (id, name_key, display_name, owner_id, created_at) VALUES (:id, :key, :name, :owner, :at)";
  private static final String SUMMARY =
      """
      SELECT b.id, b.display_name, b.owner_id, h.name AS owner_name, b.source, b.external_id,
             (SELECT max(r.revision) FROM brand_revision r WHERE r.brand_id = b.id AND r.status = 'APPROVED') AS active,
             (SELECT count(*) FROM brand_revision r WHERE r.brand_id = b.id AND r.status = 'PENDING') AS pending
        FROM brand b LEFT JOIN rights_holder h ON h.id = b.owner_id
       WHERE (:q = '' OR b.name_key LIKE '%' || :q || '%')
      """;
  private static final String INSERT_REVISION =
      """
      INSERT INTO brand_revision (id, brand_id, revision, profile, status, proposed_by, created_at)
      VALUES (:id, :brand, (SELECT COALESCE(max(revision), 0) + 1 FROM brand_revision WHERE brand_id = :brand),
              CAST(:profile AS jsonb), 'PENDING', :by, :at)
      """;
  private static final String REVISIONS =
      """
      SELECT id, brand_id, revision, profile::text AS profile, status, proposed_by, decided_by, reason, created_at,
             decided_at, claimed_for
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

  private static final String BY_NAME = """
      SELECT id, owner_id FROM brand WHERE lower(display_name) = lower(:name)
       ORDER BY display_name = :name DESC, created_at, id LIMIT 1
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

  /**
   * The brand registered under this name, case aside (the one written exactly so first, then the
   * oldest), if any: {@code {id, ownerId}}.
   */
  Optional<UUID[]> findByName(String name) {
    return jdbc.sql(BY_NAME).param("name", name)
        .query((rs, n) -> new UUID[] {Sql.uuid(rs, "id"), Sql.uuid(rs, "owner_id")}).optional();
  }

  Optional<String> displayName(UUID brandId) {
    return jdbc.sql("SELECT display_name FROM brand WHERE id = :id").param("id", brandId).query(String.class)
        .optional();
  }

  Optional<UUID> owner(UUID brandId) {
    return jdbc.sql("SELECT owner_id FROM brand WHERE id = :id").param("id", brandId)
        .query((rs, n) -> Optional.ofNullable(Sql.uuid(rs, "owner_id"))).optional().flatMap(o -> o);
  }

  boolean exists(UUID brandId) {
    return jdbc.sql("SELECT count(*) FROM brand WHERE id = :id").param("id", brandId).query(Long.class).single() > 0;
  }

  void insertBrand(UUID id, String key, String name, @Nullable UUID owner, Instant at) {
    jdbc.sql(INSERT_BRAND).param("id", id).param("key", key).param("name", name).param("owner", owner)
        .param("at", Sql.ts(at)).update();
  }

  void markClaim(UUID revisionId, UUID claimant) {
    jdbc.sql("UPDATE brand_revision SET claimed_for = :c WHERE id = :id").param("c", claimant).param("id", revisionId)
        .update();
  }

  /** Gives an unowned brand its owner; false if it already has one. */
  boolean setOwner(UUID brandId, UUID owner) {
    return jdbc.sql("UPDATE brand SET owner_id = :o WHERE id = :id AND owner_id IS NULL").param("o", owner)
        .param("id", brandId).update() == 1;
  }

  /** Every brand's normalised name. */
  Set<String> keys() {
    return new HashSet<>(jdbc.sql("SELECT name_key FROM brand").query(String.class).list());
  }

  /** Every brand's id in the dictionary it was imported from (a Wikidata id), for the brands that have one. */
  Set<String> externalIds() {
    return new HashSet<>(jdbc.sql("SELECT external_id FROM brand WHERE external_id IS NOT NULL").query(String.class)
        .list());
  }

  /** Brands from a dictionary, each with one approved revision, in batches of one statement each. */
  void importBrands(List<Brands.Imported> brands, String by, String reason, Instant at) {
    for (List<Brands.Imported> chunk : Sql.chunks(brands)) {
      var ids = new String[chunk.size()];
      var keys = new String[chunk.size()];
      var names = new String[chunk.size()];
      var external = new String[chunk.size()];
      var profiles = new String[chunk.size()];
      for (int i = 0; i < chunk.size(); i++) {
        Brands.Imported b = chunk.get(i);
        ids[i] = b.id().toString();
        keys[i] = b.key();
        names[i] = b.profile().name();
        external[i] = b.externalId();
        profiles[i] = json.writeValueAsString(b.profile());
      }
      jdbc.sql("""
          INSERT INTO brand (id, name_key, display_name, owner_id, source, external_id, created_at)
          SELECT id, k, n, NULL, 'IMPORTED', e, :at FROM unnest(CAST(:ids AS uuid[]), CAST(:keys AS text[]), CAST(:names AS text[]), CAST(:external AS text[]))
                 AS t(id, k, n, e)
          """).param("ids", ids).param("keys", keys).param("names", names).param("external", external)
          .param("at", Sql.ts(at)).update();
      jdbc.sql("""
          INSERT INTO brand_revision (id, brand_id, revision, profile, status, proposed_by, decided_by, reason,
                                      created_at, decided_at)
          SELECT gen_random_uuid(), id, 1, CAST(p AS jsonb), 'APPROVED', :by, :by, :reason, :at, :at
            FROM unnest(CAST(:ids AS uuid[]), CAST(:profiles AS text[])) AS t(id, p)
          """).param("ids", ids).param("profiles", profiles).param("by", by).param("reason", reason)
          .param("at", Sql.ts(at)).update();
    }
  }

  /** Brands whose normalised name contains {@code q}, by name; only those of {@code owners} unless null. */
  List<Brands.Summary> search(String q, @Nullable Set<UUID> owners, int limit, int offset) {
    String sql = SUMMARY + (owners == null ? "" : " AND b.owner_id IN (:owners)")
        + " ORDER BY b.name_key LIMIT :limit OFFSET :offset";
    var spec = jdbc.sql(sql).param("q", q).param("limit", limit).param("offset", offset);
    if (owners != null) {
      spec = spec.param("owners", List.copyOf(owners));
    }
    return spec.query((rs, n) -> new Brands.Summary(Sql.uuid(rs, "id"), rs.getString("display_name"),
        Sql.uuid(rs, "owner_id"), rs.getString("owner_name"), rs.getString("source"), rs.getString("external_id"),
        (Integer) rs.getObject("active"), rs.getInt("pending"))).list();
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

  /** The brand's latest approved revision, if it has one. */
  Optional<BrandRevision> activeOf(UUID brandId) {
    return jdbc.sql(REVISIONS + """
         WHERE brand_id = :brand AND status = 'APPROVED' ORDER BY revision DESC LIMIT 1
        """).param("brand", brandId).query(this::map).optional();
  }

  /** The revisions approved at or after {@code since}. */
  List<Brands.Approved> approvedSince(Instant since) {
    return jdbc.sql("""
        SELECT brand_id, revision, decided_at FROM brand_revision WHERE status = 'APPROVED' AND decided_at >= :since
        """).param("since", Sql.ts(since))
        .query((rs, n) -> new Brands.Approved(Sql.uuid(rs, "brand_id"), rs.getInt("revision"), Sql.instant(rs, "decided_at")))
        .list();
  }

  /** When the latest approval was, if there was one. */
  Optional<Instant> lastApproval() {
    return jdbc.sql("SELECT max(decided_at) AS at FROM brand_revision WHERE status = 'APPROVED'")
        .query((rs, n) -> Optional.ofNullable(Sql.instant(rs, "at"))).single();
  }

  /** Brands no rights holder owns (imported from a dictionary and not yet claimed). */
  java.util.Set<UUID> unowned() {
    return new java.util.HashSet<>(jdbc.sql("SELECT id FROM brand WHERE owner_id IS NULL")
        .query((rs, n) -> Sql.uuid(rs, "id")).list());
  }

  boolean decide(UUID revisionId, String status, String by, String reason, Instant at) {
    return jdbc.sql(DECIDE).param("id", revisionId).param("status", status).param("by", by).param("reason", reason)
        .param("at", Sql.ts(at)).update() == 1;
  }

  private BrandRevision map(ResultSet rs, int n) throws SQLException {
    return new BrandRevision(Sql.uuid(rs, "id"), Sql.uuid(rs, "brand_id"), rs.getInt("revision"),
        json.readValue(rs.getString("profile"), BrandProfileForm.class), rs.getString("status"),
        rs.getString("proposed_by"), rs.getString("decided_by"), rs.getString("reason"), Sql.instant(rs, "created_at"),
        Sql.instant(rs, "decided_at"), Sql.uuid(rs, "claimed_for"));
  }
}
