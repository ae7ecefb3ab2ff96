package com.steward.listings;

import com.steward.platform.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcListingRepository {

  private static final String SNAPSHOT_OF_WRITTEN =
      """
      INSERT INTO listing_version (listing_id, version, snapshot, changed_by, changed_at)
      SELECT id, :version, CAST(:snapshot AS jsonb), :by, :updated FROM written
      """;
  private static final String COLUMNS =
      """
      SELECT id, marketplace_id, external_id, seller_id, store_id, title, description, brand, category, price,
             currency, image_urls::text AS image_urls, ship_from_country, ship_from_region, status, version,
             created_at, updated_at
        FROM listing
      """;
  /** Each write of a listing keeps its version in the same statement (one round trip). */
  private static final String INSERT =
      """
      WITH written AS (
      INSERT INTO listing (id, marketplace_id, external_id, seller_id, store_id, title, description, brand, category,
                           price, currency, image_urls, ship_from_country, ship_from_region, status, version,
                           created_at, updated_at)
      VALUES (:id, :mp, :ext, :seller, :store, :title, :description, :brand, :category, :price, :currency,
              CAST(:images AS jsonb), :country, :region, :status, :version, :created, :updated)
      ON CONFLICT (marketplace_id, external_id) DO NOTHING
      RETURNING id)
      """ + SNAPSHOT_OF_WRITTEN;
  private static final String UPDATE =
      """
      WITH written AS (
      UPDATE listing SET store_id = :store, title = :title, description = :description, brand = :brand,
             category = :category, price = :price, currency = :currency, image_urls = CAST(:images AS jsonb),
             ship_from_country = :country, ship_from_region = :region, status = :status, version = :version,
             updated_at = :updated
       WHERE id = :id
      RETURNING id)
      """ + SNAPSHOT_OF_WRITTEN;
  private static final String VERSIONS =
      """
      SELECT version, snapshot::text AS snapshot, changed_by, changed_at FROM listing_version
       WHERE listing_id = :id ORDER BY version
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JdbcListingRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  Optional<Listing> find(UUID marketplaceId, String externalId) {
    return jdbc.sql(COLUMNS + " WHERE marketplace_id = :mp AND external_id = :ext").param("mp", marketplaceId)
        .param("ext", externalId).query(this::map).optional();
  }

  /**
   * The listing by its marketplace's id, locked until the transaction ends, so that upserts of one
   * listing happen one after another and each reads the version the last one wrote. The lock is the
   * one its update takes ({@code FOR NO KEY UPDATE}), taken earlier: rows that refer to the
   * listing may still be inserted meanwhile.
   */
  Optional<Listing> lock(UUID marketplaceId, String externalId) {
    return jdbc.sql(COLUMNS + " WHERE marketplace_id = :mp AND external_id = :ext FOR NO KEY UPDATE")
        .param("mp", marketplaceId).param("ext", externalId).query(this::map).optional();
  }

  Optional<Listing> findById(UUID id) {
    return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(this::map).optional();
  }

  /** The listing, locked until the transaction ends, so that changes to it happen one after another. */
  Optional<Listing> lockById(UUID id) {
    return jdbc.sql(COLUMNS + " WHERE id = :id FOR UPDATE").param("id", id).query(this::map).optional();
  }

  /**
   * The listings, locked as {@link #lockById} locks one, in the order of their ids (the order every
   * caller that locks several keeps), as PostgreSQL orders them across chunks of the list too.
   */
  List<Listing> lockByIds(java.util.Collection<UUID> ids) {
    var out = new java.util.ArrayList<Listing>();
    var inOrder = new java.util.TreeSet<UUID>(Sql.UUID_ORDER);
    inOrder.addAll(ids);
    for (var chunk : Sql.chunks(inOrder)) {
      out.addAll(jdbc.sql(COLUMNS + " WHERE id IN (:ids) ORDER BY id FOR UPDATE").param("ids", chunk)
          .query(this::map).list());
    }
    return out;
  }

  /**
   * Holds, until the transaction ends, the seller's right to make a listing live under a listing
   * limit: the seller's upserts that put a listing ACTIVE while a limit is in force take it before
   * the listing's row, and so count its live listings one after another, each counting what the last
   * made live. A seller without a limit never waits for it.
   */
  void lockLiveCount(UUID sellerId) {
    jdbc.sql("SELECT pg_advisory_xact_lock(" + LIVE_COUNT_LOCK + ", hashtext(CAST(:s AS text)))").param("s", sellerId)
        .query((rs, n) -> 1).list();
  }

  /** The first key of {@link #lockLiveCount}'s lock (the other locks' numbers are 7316001 to 7316021). */
  static final int LIVE_COUNT_LOCK = 7316004;

  int countLive(UUID sellerId) {
    return jdbc.sql("SELECT count(*) FROM listing WHERE seller_id = :s AND status = 'ACTIVE'").param("s", sellerId)
        .query(Integer.class).single();
  }

  List<UUID> idsOfSeller(UUID sellerId, List<String> statuses) {
    return jdbc.sql("SELECT id FROM listing WHERE seller_id = :s AND status IN (:st) ORDER BY id").param("s", sellerId)
        .param("st", statuses).query((rs, n) -> Sql.uuid(rs, "id")).list();
  }

  List<Listing> findByIds(java.util.Collection<UUID> ids) {
    var out = new java.util.ArrayList<Listing>();
    for (var chunk : Sql.chunks(ids)) {
      out.addAll(jdbc.sql(COLUMNS + " WHERE id IN (:ids)").param("ids", chunk).query(this::map).list());
    }
    return out;
  }

  /**
   * Inserts a new listing and keeps it as version 1, changed by {@code by}; false, with nothing
   * written, when another transaction stored a listing under the same marketplace id first
   * (PostgreSQL waits for that one to end before it answers).
   */
  boolean insertIfAbsent(Listing l, String by) {
    return bind(jdbc.sql(INSERT), l, by).param("mp", l.marketplaceId()).param("ext", l.externalId())
        .param("seller", l.sellerId()).param("created", Sql.ts(l.createdAt())).update() == 1;
  }

  /** Writes the listing's next version and keeps it, changed by {@code by}. */
  void update(Listing l, String by) {
    if (bind(jdbc.sql(UPDATE), l, by).update() != 1) {
      throw new IllegalStateException("listing " + l.id() + " is gone");
    }
  }

  /** The listing's status at {@code version}, as that version was kept. */
  Optional<ListingStatus> statusAt(UUID id, int version) {
    return jdbc.sql("SELECT snapshot->>'status' FROM listing_version WHERE listing_id = :id AND version = :v")
        .param("id", id).param("v", version).query(String.class).optional().map(ListingStatus::valueOf);
  }

  List<Map<String, Object>> versions(UUID id) {
    return jdbc.sql(VERSIONS).param("id", id).query((rs, n) -> {
      var m = new LinkedHashMap<String, Object>();
      m.put("version", rs.getInt("version"));
      m.put("changedBy", rs.getString("changed_by"));
      m.put("changedAt", Sql.instant(rs, "changed_at"));
      m.put("snapshot", json.readValue(rs.getString("snapshot"), new TypeReference<Map<String, Object>>() {}));
      return (Map<String, Object>) m;
    }).list();
  }

  private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, Listing l, String by) {
    return s.param("snapshot", json.writeValueAsString(l)).param("by", by).param("id", l.id()).param("store", l.storeId()).param("title", l.title())
        .param("description", l.description()).param("brand", l.brand()).param("category", l.category())
        .param("price", l.price()).param("currency", l.currency())
        .param("images", json.writeValueAsString(l.imageUrls())).param("country", l.shipFromCountry())
        .param("region", l.shipFromRegion()).param("status", l.status().name()).param("version", l.version())
        .param("updated", Sql.ts(l.updatedAt()));
  }

  private Listing map(ResultSet rs, int n) throws SQLException {
    return new Listing(Sql.uuid(rs, "id"), Sql.uuid(rs, "marketplace_id"), rs.getString("external_id"),
        Sql.uuid(rs, "seller_id"), Sql.uuid(rs, "store_id"), rs.getString("title"), rs.getString("description"),
        rs.getString("brand"), rs.getString("category"), rs.getBigDecimal("price"), rs.getString("currency"),
        json.readValue(rs.getString("image_urls"), new TypeReference<List<String>>() {}),
        rs.getString("ship_from_country"), rs.getString("ship_from_region"),
        ListingStatus.valueOf(rs.getString("status")), rs.getInt("version"), Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"));
  }
}
