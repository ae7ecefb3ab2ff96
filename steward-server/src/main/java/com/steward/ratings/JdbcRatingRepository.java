package com.steward.ratings;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRatingRepository {

  private static final String UPSERT_METRICS =
      """
      INSERT INTO seller_metrics (seller_id, orders_12m, refund_rate, fake_refund_rate, reported_at)
      VALUES (:s, :orders, :refunds, :fakes, :at)
      ON CONFLICT (seller_id) DO UPDATE SET orders_12m = EXCLUDED.orders_12m, refund_rate = EXCLUDED.refund_rate,
        fake_refund_rate = EXCLUDED.fake_refund_rate, reported_at = EXCLUDED.reported_at
      """;
  private static final String INSERT_RATING =
      """
      INSERT INTO seller_rating (seller_id, score, band, seller_risk, components, cause, rated_at)
      VALUES (:s, :score, :band, :risk, CAST(:components AS jsonb), :cause, :at)
      """;

  private final JdbcClient jdbc;

  JdbcRatingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Metrics(@Nullable Integer orders, @Nullable Double refundRate, @Nullable Double fakeRefundRate) {}

  record Stored(double score, String band, double sellerRisk, String components, String cause, Instant ratedAt) {}

  /**
   * What a rating reads of the seller's own rows, in one query: when the seller registered, its
   * active listings, its counter-notices that won since a date (the item was restored after the
   * seller contested it), and the orders and refunds the marketplace reported.
   */
  record Facts(Instant createdAt, int liveListings, int validCounterNotices, Metrics metrics) {}

  Facts facts(UUID seller, Instant counterNoticesFrom) {
    return jdbc.sql("""
        SELECT s.created_at,
               (SELECT count(*) FROM listing WHERE seller_id = s.id AND status = 'ACTIVE') AS live,
               (SELECT count(*) FROM notice_item WHERE seller_id = s.id AND status = 'RESTORED' AND updated_at >= :f
                   AND counter_notice_deadline IS NOT NULL AND response_deadline IS NOT NULL) AS counter_notices,
               m.orders_12m, m.refund_rate, m.fake_refund_rate
          FROM seller s LEFT JOIN seller_metrics m ON m.seller_id = s.id
         WHERE s.id = :s
        """).param("s", seller).param("f", Sql.ts(counterNoticesFrom))
        .query((rs, n) -> new Facts(Sql.instant(rs, "created_at"), rs.getInt("live"), rs.getInt("counter_notices"),
            new Metrics((Integer) rs.getObject("orders_12m"), (Double) rs.getObject("refund_rate"),
                (Double) rs.getObject("fake_refund_rate")))).single();
  }

  /**
   * Brands whose current profile (their latest approved revision) authorises the seller: names it
   * ({@code <marketplace>:<sellerId>} in {@code authorizedSellers}) or one of its stores
   * ({@code <marketplace>:<storeId>} in {@code authorizedStores}). The brands with any approved
   * revision that names it or a store come from two indexes, in one statement that reads the
   * seller's stores once; only their revisions are read, so the count costs the same with ten
   * brands or a million.
   */
  int authorisedBrands(UUID seller, String marketplace, String sellerExternalId) {
    return jdbc.sql("""
        WITH keys AS (SELECT jsonb_build_array(CAST(:key AS text)) AS seller,
                             ARRAY(SELECT jsonb_build_array(CAST(:m AS text) || ':' || external_id)
                                     FROM store WHERE seller_id = :seller) AS stores)
        SELECT count(*)
          FROM (SELECT brand_id FROM brand_revision
                 WHERE status = 'APPROVED' AND profile -> 'authorizedSellers' @> (SELECT seller FROM keys)
                UNION
                SELECT brand_id FROM brand_revision
                 WHERE status = 'APPROVED'
                   AND profile -> 'authorizedStores' @> ANY (CAST((SELECT stores FROM keys) AS jsonb[]))) named
          CROSS JOIN LATERAL (SELECT profile FROM brand_revision r
                               WHERE r.brand_id = named.brand_id AND r.status = 'APPROVED'
                               ORDER BY r.revision DESC LIMIT 1) current
         WHERE current.profile -> 'authorizedSellers' @> (SELECT seller FROM keys)
            OR current.profile -> 'authorizedStores' @> ANY (CAST((SELECT stores FROM keys) AS jsonb[]))
        """).param("key", marketplace + ":" + sellerExternalId).param("m", marketplace).param("seller", seller)
        .query(Integer.class).single();
  }

  /**
   * The sellers whose authorisation by the brand an approved revision changed: those it names (or
   * names a store of) and the brand's approved revision before it did not, and the other way
   * round. Entries that name no known seller or store are left out.
   */
  List<UUID> authorisationsChanged(UUID brand, int revision) {
    Integer before = jdbc.sql("""
        SELECT max(revision) FROM brand_revision WHERE brand_id = :b AND status = 'APPROVED' AND revision < :r
        """).param("b", brand).param("r", revision).query(Integer.class).optional().orElse(null);
    var now = new java.util.HashSet<>(authorisedBy(brand, revision));
    var then = before == null ? java.util.Set.<UUID>of() : new java.util.HashSet<>(authorisedBy(brand, before));
    var changed = new java.util.TreeSet<UUID>();
    now.stream().filter(s -> !then.contains(s)).forEach(changed::add);
    then.stream().filter(s -> !now.contains(s)).forEach(changed::add);
    return List.copyOf(changed);
  }

  /** The sellers a revision of a brand authorises, by name or through one of their stores. */
  private List<UUID> authorisedBy(UUID brand, int revision) {
    return jdbc.sql("""
        WITH p AS (SELECT profile FROM brand_revision WHERE brand_id = :b AND revision = :r),
             entries AS (SELECT 'seller' AS kind, e AS entry FROM p,
                                jsonb_array_elements_text(coalesce(p.profile -> 'authorizedSellers', '[]')) e
                         UNION ALL
                         SELECT 'store', e FROM p,
                                jsonb_array_elements_text(coalesce(p.profile -> 'authorizedStores', '[]')) e),
             keyed AS (SELECT kind, m.id AS marketplace_id, substr(entry, strpos(entry, ':') + 1) AS external_id
                         FROM entries JOIN marketplace m ON m.code = split_part(entry, ':', 1))
        SELECT s.id FROM keyed JOIN seller s ON s.marketplace_id = keyed.marketplace_id
                                           AND s.external_id = keyed.external_id
         WHERE keyed.kind = 'seller'
        UNION
        SELECT st.seller_id FROM keyed JOIN store st ON st.marketplace_id = keyed.marketplace_id
                                                    AND st.external_id = keyed.external_id
         WHERE keyed.kind = 'store'
        """).param("b", brand).param("r", revision).query(UUID.class).list();
  }

  void saveMetrics(UUID seller, Metrics m, Instant at) {
    jdbc.sql(UPSERT_METRICS).param("s", seller).param("orders", m.orders()).param("refunds", m.refundRate())
        .param("fakes", m.fakeRefundRate()).param("at", Sql.ts(at)).update();
  }

  void insert(UUID seller, double score, String band, double risk, String components, String cause, Instant at) {
    jdbc.sql(INSERT_RATING).param("s", seller).param("score", score).param("band", band).param("risk", risk)
        .param("components", components).param("cause", cause).param("at", Sql.ts(at)).update();
  }

  /** A rating's score (0 to 100) and seller risk. */
  record Latest(double score, double sellerRisk) {}

  /** The score and seller risk of each seller's latest rating, for sellers that have one. */
  Map<UUID, Latest> latest(java.util.Collection<UUID> sellers) {
    var out = new java.util.HashMap<UUID, Latest>();
    for (var chunk : Sql.chunks(sellers)) {
      jdbc.sql("""
          SELECT s.id, r.score, r.seller_risk FROM seller s
           CROSS JOIN LATERAL (SELECT score, seller_risk FROM seller_rating WHERE seller_id = s.id
                                ORDER BY rated_at DESC, id DESC LIMIT 1) r
           WHERE s.id IN (:ids)
          """).param("ids", chunk).query((rs, n) -> out.put(Sql.uuid(rs, "id"),
              new Latest(rs.getDouble("score"), rs.getDouble("seller_risk")))).list();
    }
    return out;
  }

  List<Stored> history(UUID seller, int limit) {
    return jdbc.sql("""
        SELECT score, band, seller_risk, components::text AS components, cause, rated_at FROM seller_rating
         WHERE seller_id = :s ORDER BY rated_at DESC, id DESC LIMIT :l
        """).param("s", seller).param("l", limit).query((rs, n) -> new Stored(rs.getDouble("score"),
            rs.getString("band"), rs.getDouble("seller_risk"), rs.getString("components"), rs.getString("cause"),
            Sql.instant(rs, "rated_at"))).list();
  }

  /**
   * Marks the sellers due for a new rating for {@code cause}, one row each however often; each
   * marking gives the row a new version. In the sellers' order, so that two transactions that mark
   * the same sellers lock their rows in one order.
   */
  void markDue(java.util.Collection<UUID> sellers, String cause) {
    jdbc.sql("""
        INSERT INTO seller_rating_due (seller_id, cause, due_since)
        SELECT DISTINCT s, :cause, now() FROM unnest(CAST(:sellers AS uuid[])) AS s ORDER BY s
        ON CONFLICT (seller_id) DO UPDATE SET cause = EXCLUDED.cause, version = EXCLUDED.version
        """).param("sellers", sellers.stream().map(UUID::toString).toArray(String[]::new)).param("cause", cause)
        .update();
  }

  /** A seller due for a rating, why, and the version of its marking. */
  record Due(UUID seller, String cause, long version) {}

  private static final org.springframework.jdbc.core.RowMapper<Due> DUE = (rs, n) ->
      new Due(rs.getObject("seller_id", UUID.class), rs.getString("cause"), rs.getLong("version"));

  /**
   * Up to {@code limit} of the sellers due, the longest due first; nothing is locked. Times here are
   * the database's, not Steward's clock (which a simulation moves), as they only order the work.
   */
  List<Due> due(int limit) {
    return jdbc.sql("""
        SELECT seller_id, cause, version FROM seller_rating_due WHERE due_since <= now() ORDER BY due_since LIMIT :l
        """).param("l", limit).query(DUE).list();
  }

  /** A seller whose rating failed is looked at again in a minute, and the others meanwhile. */
  void postpone(UUID seller) {
    jdbc.sql("UPDATE seller_rating_due SET due_since = now() + interval '1 minute' WHERE seller_id = :s")
        .param("s", seller).update();
  }

  /** Waits for, then holds until the transaction ends, the right to rate the seller. */
  void lockSeller(UUID seller) {
    jdbc.sql("SELECT pg_advisory_xact_lock(7316011, hashtext(CAST(:s AS text)))").param("s", seller)
        .query((rs, n) -> 1).single();
  }

  /** {@link #lockSeller}, unless another transaction holds it: then false at once. */
  boolean tryLockSeller(UUID seller) {
    return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(7316011, hashtext(CAST(:s AS text)))")
        .param("s", seller).query(Boolean.class).single());
  }

  /** The seller's marking, if it is due. */
  java.util.Optional<Due> due(UUID seller) {
    return jdbc.sql("SELECT seller_id, cause, version FROM seller_rating_due WHERE seller_id = :s").param("s", seller)
        .query(DUE).optional();
  }

  /**
   * Removes the markings that were rated, each only if it was not marked again since (then it
   * stays, for the rating the new marking calls for), and never waiting: a row a transaction is
   * marking again right now is skipped, and rated once more later.
   */
  void rated(List<Due> rated) {
    if (rated.isEmpty()) {
      return;
    }
    jdbc.sql("""
        DELETE FROM seller_rating_due WHERE seller_id IN (
          SELECT d.seller_id FROM seller_rating_due d
            JOIN unnest(CAST(:sellers AS uuid[]), CAST(:versions AS bigint[])) AS t(s, v)
              ON d.seller_id = t.s AND d.version = t.v
           FOR UPDATE OF d SKIP LOCKED)
        """).param("sellers", rated.stream().map(d -> d.seller().toString()).toArray(String[]::new))
        .param("versions", rated.stream().mapToLong(Due::version).boxed().toArray(Long[]::new)).update();
  }
}
