package com.steward.linkage;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcLinkageRepository {

  private static final String UPSERT_IDENTITY =
      """
      INSERT INTO seller_identity (seller_id, marketplace_id, cluster_id, encoding, blocking_keys, source, updated_at)
      VALUES (:seller, :mp, :cluster, :encoding, :keys, :source, :at)
      ON CONFLICT (seller_id) DO UPDATE SET cluster_id = EXCLUDED.cluster_id, encoding = EXCLUDED.encoding,
        blocking_keys = EXCLUDED.blocking_keys, source = EXCLUDED.source, updated_at = EXCLUDED.updated_at
      """;
  private static final String CANDIDATES =
      """
      SELECT i.seller_id, i.cluster_id, i.encoding FROM seller_identity i
       WHERE i.marketplace_id = :mp AND i.blocking_keys && :keys AND i.seller_id <> :me
       LIMIT :limit
      """;
  private static final String INSERT_LINK =
      """
      INSERT INTO seller_link (seller_a, seller_b, score, strong, evidence, found_by, created_at)
      VALUES (:a, :b, :score, :strong, CAST(:evidence AS jsonb), :by, :at)
      ON CONFLICT (seller_a, seller_b) DO UPDATE SET score = EXCLUDED.score, strong = EXCLUDED.strong,
        evidence = EXCLUDED.evidence
      """;
  private static final String CLUSTER_COLUMNS =
      "SELECT id, marketplace_id, status, banned_at, banned_by, ban_reason, created_at FROM seller_cluster ";
  private static final String LINKS =
      """
      SELECT seller_a, seller_b, score, strong, evidence::text AS evidence, found_by, created_at FROM seller_link
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JdbcLinkageRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  record Stored(UUID sellerId, UUID clusterId, byte[] encoding) {}

  record ClusterRow(UUID id, UUID marketplaceId, String status, @Nullable Instant bannedAt, @Nullable String bannedBy,
      @Nullable String banReason, Instant createdAt) {

    boolean banned() {
      return "BANNED".equals(status);
    }
  }

  record LinkRow(UUID a, UUID b, double score, boolean strong, List<String> evidence, String foundBy, Instant at) {}

  /** Serialises linkage within a marketplace until the transaction ends: clusters merge one at a time. */
  void lockMarketplace(UUID mp) {
    jdbc.sql("SELECT pg_advisory_xact_lock(7316002, hashtext(CAST(:mp AS text)))").param("mp", mp)
        .query((rs, n) -> 1).single();
  }

  List<Stored> candidates(UUID mp, long[] keys, UUID me, int limit) {
    return jdbc.sql(CANDIDATES).param("mp", mp).param("keys", keys).param("me", me).param("limit", limit)
        .query((rs, n) -> new Stored(Sql.uuid(rs, "seller_id"), Sql.uuid(rs, "cluster_id"), rs.getBytes("encoding")))
        .list();
  }

  Optional<Stored> identity(UUID seller) {
    return jdbc.sql("SELECT seller_id, cluster_id, encoding FROM seller_identity WHERE seller_id = :s")
        .param("s", seller)
        .query((rs, n) -> new Stored(Sql.uuid(rs, "seller_id"), Sql.uuid(rs, "cluster_id"), rs.getBytes("encoding")))
        .optional();
  }

  /** Every stored encoding of a marketplace, in seller id order (rescans). */
  List<Stored> identities(UUID mp) {
    return jdbc.sql("SELECT seller_id, cluster_id, encoding FROM seller_identity WHERE marketplace_id = :mp ORDER BY seller_id")
        .param("mp", mp)
        .query((rs, n) -> new Stored(Sql.uuid(rs, "seller_id"), Sql.uuid(rs, "cluster_id"), rs.getBytes("encoding")))
        .list();
  }

  void saveIdentity(UUID seller, UUID mp, UUID cluster, byte[] encoding, long[] keys, String source, Instant at) {
    jdbc.sql(UPSERT_IDENTITY).param("seller", seller).param("mp", mp).param("cluster", cluster)
        .param("encoding", encoding).param("keys", keys).param("source", source).param("at", Sql.ts(at))
        .update();
  }

  void insertCluster(UUID id, UUID mp, Instant at) {
    jdbc.sql("INSERT INTO seller_cluster (id, marketplace_id, status, created_at) VALUES (:id, :mp, 'ACTIVE', :at)")
        .param("id", id).param("mp", mp).param("at", Sql.ts(at)).update();
  }

  Optional<ClusterRow> cluster(UUID id) {
    return jdbc.sql(CLUSTER_COLUMNS + "WHERE id = :id").param("id", id).query(JdbcLinkageRepository::cluster)
        .optional();
  }

  Optional<ClusterRow> lockCluster(UUID id) {
    return jdbc.sql(CLUSTER_COLUMNS + "WHERE id = :id FOR UPDATE").param("id", id)
        .query(JdbcLinkageRepository::cluster).optional();
  }

  List<ClusterRow> clusters(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(CLUSTER_COLUMNS + "WHERE id IN (:ids) ORDER BY created_at, id").param("ids", ids)
        .query(JdbcLinkageRepository::cluster).list();
  }

  /** Moves every member of {@code from} into {@code to}. */
  int moveMembers(Collection<UUID> from, UUID to) {
    if (from.isEmpty()) {
      return 0;
    }
    return jdbc.sql("UPDATE seller_identity SET cluster_id = :to WHERE cluster_id IN (:from)").param("to", to)
        .param("from", from).update();
  }

  void setCluster(UUID seller, UUID cluster) {
    jdbc.sql("UPDATE seller_identity SET cluster_id = :c WHERE seller_id = :s").param("c", cluster).param("s", seller)
        .update();
  }

  /** Clusters left without members and never banned are dropped (a banned one stays, as the record of the ban). */
  void dropEmptyClusters(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return;
    }
    jdbc.sql("""
        DELETE FROM seller_cluster c WHERE c.id IN (:ids) AND c.status = 'ACTIVE'
           AND NOT EXISTS (SELECT 1 FROM seller_identity i WHERE i.cluster_id = c.id)
           AND NOT EXISTS (SELECT 1 FROM linkage_review r WHERE r.banned_cluster = c.id)
        """).param("ids", ids).update();
  }

  /**
   * The seller's cluster, whether it is banned, and its members in id order, in one query; empty if
   * its identifiers were never given.
   */
  Optional<Clusters.Membership> membership(UUID seller) {
    record Row(UUID cluster, String status, UUID member) {}
    List<Row> rows = jdbc.sql("""
        SELECT c.id, c.status, m.seller_id
          FROM seller_identity i
          JOIN seller_cluster c ON c.id = i.cluster_id
          JOIN seller_identity m ON m.cluster_id = i.cluster_id
         WHERE i.seller_id = :s
         ORDER BY m.seller_id
        """).param("s", seller)
        .query((rs, n) -> new Row(Sql.uuid(rs, "id"), rs.getString("status"), Sql.uuid(rs, "seller_id"))).list();
    return rows.isEmpty() ? Optional.empty() : Optional.of(new Clusters.Membership(rows.getFirst().cluster(),
        "BANNED".equals(rows.getFirst().status()), rows.stream().map(Row::member).toList()));
  }

  List<UUID> members(UUID cluster) {
    return jdbc.sql("SELECT seller_id FROM seller_identity WHERE cluster_id = :c ORDER BY seller_id").param("c", cluster)
        .query((rs, n) -> Sql.uuid(rs, "seller_id")).list();
  }

  void ban(UUID cluster, String by, String reason, Instant at) {
    jdbc.sql("UPDATE seller_cluster SET status = 'BANNED', banned_at = :at, banned_by = :by, ban_reason = :r WHERE id = :id")
        .param("id", cluster).param("at", Sql.ts(at)).param("by", by).param("r", reason).update();
  }

  void insertLink(UUID a, UUID b, double score, boolean strong, List<String> evidence, String foundBy, Instant at) {
    // PostgreSQL orders uuids by their bytes, unsigned: as their hex text, not as UUID.compareTo does
    UUID lo = a.toString().compareTo(b.toString()) < 0 ? a : b;
    UUID hi = lo == a ? b : a;
    jdbc.sql(INSERT_LINK).param("a", lo).param("b", hi).param("score", score).param("strong", strong)
        .param("evidence", json.writeValueAsString(evidence)).param("by", foundBy).param("at", Sql.ts(at)).update();
  }

  void deleteLinksOf(UUID seller) {
    jdbc.sql("DELETE FROM seller_link WHERE seller_a = :s OR seller_b = :s").param("s", seller).update();
  }

  List<LinkRow> linksWithin(UUID cluster) {
    return jdbc.sql(LINKS + """
         WHERE seller_a IN (SELECT seller_id FROM seller_identity WHERE cluster_id = :c)
           AND seller_b IN (SELECT seller_id FROM seller_identity WHERE cluster_id = :c)
         ORDER BY score DESC
        """).param("c", cluster).query(this::link).list();
  }


  void insertReview(UUID id, UUID mp, UUID seller, UUID bannedCluster, Instant at) {
    jdbc.sql("""
        INSERT INTO linkage_review (id, marketplace_id, seller_id, banned_cluster, status, created_at)
        VALUES (:id, :mp, :s, :c, 'OPEN', :at) ON CONFLICT (seller_id) WHERE status = 'OPEN' DO NOTHING
        """).param("id", id).param("mp", mp).param("s", seller).param("c", bannedCluster).param("at", Sql.ts(at))
        .update();
  }

  record ReviewRow(UUID id, UUID marketplaceId, UUID sellerId, UUID bannedCluster, String status,
      @Nullable String reason, @Nullable String decidedBy, Instant createdAt) {}

  private static final String REVIEWS =
      "SELECT id, marketplace_id, seller_id, banned_cluster, status, reason, decided_by, created_at FROM linkage_review ";

  Optional<ReviewRow> lockReview(UUID id) {
    return jdbc.sql(REVIEWS + "WHERE id = :id FOR UPDATE").param("id", id).query(JdbcLinkageRepository::review)
        .optional();
  }

  List<ReviewRow> openReviews(@Nullable UUID mp, int limit) {
    return jdbc.sql(REVIEWS + "WHERE status = 'OPEN' AND (CAST(:mp AS uuid) IS NULL OR marketplace_id = :mp)"
            + " ORDER BY created_at, id LIMIT :l").param("mp", mp).param("l", limit)
        .query(JdbcLinkageRepository::review).list();
  }

  void decideReview(UUID id, String status, String reason, String by, Instant at) {
    jdbc.sql("UPDATE linkage_review SET status = :st, reason = :r, decided_by = :by, decided_at = :at WHERE id = :id")
        .param("id", id).param("st", status).param("r", reason).param("by", by).param("at", Sql.ts(at)).update();
  }

  private static ReviewRow review(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new ReviewRow(Sql.uuid(rs, "id"), Sql.uuid(rs, "marketplace_id"), Sql.uuid(rs, "seller_id"),
        Sql.uuid(rs, "banned_cluster"), rs.getString("status"), rs.getString("reason"), rs.getString("decided_by"),
        Sql.instant(rs, "created_at"));
  }

  private LinkRow link(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    List<String> evidence = new ArrayList<>();
    json.readTree(rs.getString("evidence")).forEach(e -> evidence.add(e.asString()));
    return new LinkRow(Sql.uuid(rs, "seller_a"), Sql.uuid(rs, "seller_b"), rs.getDouble("score"),
        rs.getBoolean("strong"), evidence, rs.getString("found_by"), Sql.instant(rs, "created_at"));
  }

  private static ClusterRow cluster(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new ClusterRow(Sql.uuid(rs, "id"), Sql.uuid(rs, "marketplace_id"), rs.getString("status"),
        Sql.instant(rs, "banned_at"), rs.getString("banned_by"), rs.getString("ban_reason"),
        Sql.instant(rs, "created_at"));
  }
}
