package com.steward.sellers;

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
class JdbcSellerRepository {

  private static final String COLUMNS =
      "SELECT id, marketplace_id, external_id, display_name, account_type, country, status FROM seller ";
  private static final String INSERT =
      """
      INSERT INTO seller (id, marketplace_id, external_id, display_name, account_type, country, status,
                          created_at, updated_at)
      VALUES (:id, :mp, :ext, :name, :type, :country, 'ACTIVE', :at, :at)
      """;
  private static final String UPDATE =
      """
      UPDATE seller SET display_name = :name, account_type = :type, country = :country, updated_at = :at
       WHERE id = :id
      """;
  private static final String UPSERT_STORE =
      """
      INSERT INTO store (id, marketplace_id, seller_id, external_id, name, created_at)
      VALUES (:id, :mp, :seller, :ext, :name, :at)
      ON CONFLICT (marketplace_id, external_id) DO UPDATE SET name = EXCLUDED.name
        WHERE store.seller_id = EXCLUDED.seller_id
      """;
  private static final String STORES = "SELECT id, seller_id, external_id, name FROM store ";

  private final JdbcClient jdbc;

  JdbcSellerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Seller> find(UUID marketplaceId, String externalId) {
    return jdbc.sql(COLUMNS + "WHERE marketplace_id = :mp AND external_id = :ext")
        .param("mp", marketplaceId).param("ext", externalId).query(JdbcSellerRepository::map).optional();
  }

  Optional<Seller> findById(UUID id) {
    return jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id).query(JdbcSellerRepository::map).optional();
  }

  List<Seller> findByIds(java.util.Collection<UUID> ids) {
    var out = new java.util.ArrayList<Seller>();
    for (var chunk : Sql.chunks(ids)) {
      out.addAll(jdbc.sql(COLUMNS + "WHERE id IN (:ids)").param("ids", chunk).query(JdbcSellerRepository::map).list());
    }
    return out;
  }

  Seller insert(UUID id, UUID mp, String ext, String name, String type, @Nullable String country, Instant at) {
    jdbc.sql(INSERT).param("id", id).param("mp", mp).param("ext", ext).param("name", name).param("type", type)
        .param("country", country).param("at", Sql.ts(at)).update();
    return findById(id).orElseThrow();
  }

  Seller update(UUID id, String name, String type, @Nullable String country, Instant at) {
    jdbc.sql(UPDATE).param("id", id).param("name", name).param("type", type).param("country", country)
        .param("at", Sql.ts(at)).update();
    return findById(id).orElseThrow();
  }

  Store upsertStore(UUID mp, UUID seller, String ext, String name, Instant at) {
    jdbc.sql(UPSERT_STORE).param("id", UUID.randomUUID()).param("mp", mp).param("seller", seller).param("ext", ext)
        .param("name", name).param("at", Sql.ts(at)).update();
    Store s = findStore(mp, ext).orElseThrow();
    if (!s.sellerId().equals(seller)) {
      throw new com.steward.platform.errors.ConflictException("stores", "store " + ext + " belongs to another seller");
    }
    return s;
  }

  /** The seller and, if it exists, the store by their marketplace ids: one round trip for a listing upsert. */
  Optional<SellerAndStore> findWithStore(UUID mp, String sellerExt, String storeExt) {
    return jdbc.sql("""
        SELECT s.id, s.marketplace_id, s.external_id, s.display_name, s.account_type, s.country, s.status,
               st.id AS store_id, st.seller_id AS store_seller_id, st.name AS store_name
          FROM seller s LEFT JOIN store st ON st.marketplace_id = s.marketplace_id AND st.external_id = :store
         WHERE s.marketplace_id = :mp AND s.external_id = :ext
        """).param("mp", mp).param("ext", sellerExt).param("store", storeExt).query((rs, n) -> {
          UUID storeId = Sql.uuid(rs, "store_id");
          return new SellerAndStore(map(rs, n), storeId == null ? null
              : new Store(storeId, Sql.uuid(rs, "store_seller_id"), storeExt, rs.getString("store_name")));
        }).optional();
  }

  record SellerAndStore(Seller seller, @Nullable Store store) {}

  void setStatus(UUID id, String status, Instant at) {
    jdbc.sql("UPDATE seller SET status = :st, updated_at = :at WHERE id = :id").param("id", id).param("st", status)
        .param("at", Sql.ts(at)).update();
  }

  Optional<Store> findStore(UUID mp, String ext) {
    return jdbc.sql(STORES + "WHERE marketplace_id = :mp AND external_id = :ext").param("mp", mp).param("ext", ext)
        .query(JdbcSellerRepository::store).optional();
  }

  List<Store> storesByIds(java.util.Collection<UUID> ids) {
    var out = new java.util.ArrayList<Store>();
    for (var chunk : Sql.chunks(ids)) {
      out.addAll(jdbc.sql(STORES + "WHERE id IN (:ids)").param("ids", chunk).query(JdbcSellerRepository::store).list());
    }
    return out;
  }

  Optional<Store> storeById(UUID id) {
    return jdbc.sql(STORES + "WHERE id = :id").param("id", id).query(JdbcSellerRepository::store).optional();
  }

  List<Store> stores(UUID sellerId) {
    return jdbc.sql(STORES + "WHERE seller_id = :seller ORDER BY external_id").param("seller", sellerId)
        .query(JdbcSellerRepository::store).list();
  }

  private static Seller map(ResultSet rs, int n) throws SQLException {
    return new Seller(Sql.uuid(rs, "id"), Sql.uuid(rs, "marketplace_id"), rs.getString("external_id"),
        rs.getString("display_name"), rs.getString("account_type"), rs.getString("country"), rs.getString("status"));
  }

  private static Store store(ResultSet rs, int n) throws SQLException {
    return new Store(Sql.uuid(rs, "id"), Sql.uuid(rs, "seller_id"), rs.getString("external_id"), rs.getString("name"));
  }
}
