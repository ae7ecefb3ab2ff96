package com.steward.penalties;

import com.steward.core.penalties.Severity;
import com.steward.core.penalties.Violation;
import com.steward.core.penalties.ViolationType;
import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPenaltyRepository {

  private static final String INSERT_VIOLATION =
      """
      INSERT INTO penalty_violation (id, marketplace_id, seller_id, type, severity, reference, source, occurred_at)
      VALUES (:id, :mp, :seller, :type, :severity, :ref, :source, :at) ON CONFLICT (source) DO NOTHING
      """;
  private static final String VIOLATIONS =
      """
      SELECT id, seller_id, type, severity, reference, occurred_at, overturned FROM penalty_violation
      """;
  private static final String RESTRICTIONS =
      """
      SELECT id, marketplace_id, cluster_key, threshold_points, restriction, max_listings, since, until, statement_puid,
             lifted_at
        FROM penalty_restriction
      """;

  private final JdbcClient jdbc;

  JdbcPenaltyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Applied(UUID id, UUID marketplaceId, UUID clusterKey, int thresholdPoints, String restriction,
      int maxListings, Instant since, @Nullable Instant until, @Nullable String statementPuid,
      @Nullable Instant liftedAt) {}

  /** Serialises the reconciliations of one cluster until the transaction ends. */
  void lock(UUID clusterKey) {
    jdbc.sql("SELECT pg_advisory_xact_lock(7316003, hashtext(CAST(:k AS text)))").param("k", clusterKey)
        .query((rs, n) -> 1).single();
  }

  Optional<String> policy(UUID mp) {
    return jdbc.sql("SELECT body::text FROM penalty_policy WHERE marketplace_id = :mp ORDER BY id DESC LIMIT 1")
        .param("mp", mp).query(String.class).optional();
  }

  void savePolicy(UUID mp, String body, String by, Instant at) {
    jdbc.sql("""
        INSERT INTO penalty_policy (marketplace_id, body, created_by, created_at) VALUES (:mp, CAST(:b AS jsonb), :by, :at)
        """).param("mp", mp).param("b", body).param("by", by).param("at", Sql.ts(at)).update();
  }

  /** Inserts a violation unless one with the same source exists; returns whether it was new. */
  boolean insert(UUID id, UUID mp, UUID seller, ViolationType type, Severity severity, String reference, String source,
      Instant at) {
    return jdbc.sql(INSERT_VIOLATION).param("id", id).param("mp", mp).param("seller", seller).param("type", type.name())
        .param("severity", severity.name()).param("ref", reference).param("source", source).param("at", Sql.ts(at))
        .update() == 1;
  }

  /** Overturns the violation from {@code source}; returns its seller, if there was one not yet overturned. */
  Optional<UUID> overturn(String source, String reason, Instant at) {
    return jdbc.sql("""
        UPDATE penalty_violation SET overturned = true, overturned_at = :at, overturn_reason = :r
         WHERE source = :s AND NOT overturned RETURNING seller_id
        """).param("s", source).param("r", reason).param("at", Sql.ts(at)).query((rs, n) -> Sql.uuid(rs, "seller_id"))
        .optional();
  }

  /** A violation's account and whether it is overturned. */
  record Found(UUID sellerId, boolean overturned) {}

  /** Locks the violation {@code id} if it is one of {@code sellers}'; empty if it is not. */
  Optional<Found> lockViolation(UUID id, Collection<UUID> sellers) {
    return jdbc.sql("SELECT seller_id, overturned FROM penalty_violation WHERE id = :id AND seller_id IN (:s) FOR UPDATE")
        .param("id", id).param("s", sellers)
        .query((rs, n) -> new Found(Sql.uuid(rs, "seller_id"), rs.getBoolean("overturned"))).optional();
  }

  /** Overturns the violation {@code id}, which the caller has locked ({@link #lockViolation}). */
  void overturnById(UUID id, String reason, Instant at) {
    jdbc.sql("UPDATE penalty_violation SET overturned = true, overturned_at = :at, overturn_reason = :r WHERE id = :id")
        .param("id", id).param("r", reason).param("at", Sql.ts(at)).update();
  }

  List<Violation> violations(Collection<UUID> sellers) {
    return jdbc.sql(VIOLATIONS + " WHERE seller_id IN (:s) ORDER BY occurred_at, id").param("s", sellers)
        .query((rs, n) -> new Violation(Sql.uuid(rs, "id").toString(), ViolationType.valueOf(rs.getString("type")),
            Severity.valueOf(rs.getString("severity")), Sql.instant(rs, "occurred_at"), null,
            rs.getString("reference"), rs.getBoolean("overturned"))).list();
  }

  /** How many violations of each type a seller had since {@code from}, overturned ones left out; a type with none is left out. */
  java.util.Map<ViolationType, Integer> counts(UUID seller, Instant from) {
    var out = new java.util.EnumMap<ViolationType, Integer>(ViolationType.class);
    jdbc.sql("""
        SELECT type, count(*) AS n FROM penalty_violation WHERE seller_id = :s AND occurred_at >= :f AND NOT overturned
         GROUP BY type
        """).param("s", seller).param("f", Sql.ts(from))
        .query(rs -> {
          out.put(ViolationType.valueOf(rs.getString("type")), rs.getInt("n"));
        });
    return out;
  }

  List<Applied> open(UUID clusterKey) {
    return jdbc.sql(RESTRICTIONS + " WHERE cluster_key = :c AND lifted_at IS NULL ORDER BY threshold_points")
        .param("c", clusterKey).query(JdbcPenaltyRepository::applied).list();
  }

  /**
   * The listing limit in force on the seller's cluster (or on the seller, if never linked), in one
   * query: it is read on every new listing.
   */
  java.util.OptionalInt listingLimit(UUID seller) {
    @org.jspecify.annotations.Nullable Integer limit = jdbc.sql("""
        SELECT min(max_listings) FROM penalty_restriction
         WHERE lifted_at IS NULL AND restriction = 'LISTING_LIMIT'
           AND cluster_key = COALESCE((SELECT cluster_id FROM seller_identity WHERE seller_id = :s), :s)
        """).param("s", seller).query((rs, n) -> (Integer) rs.getObject(1)).list().getFirst();
    return limit == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(limit);
  }

  void insert(Applied a) {
    jdbc.sql("""
        INSERT INTO penalty_restriction (id, marketplace_id, cluster_key, threshold_points, restriction, max_listings,
                                         since, until, statement_puid)
        VALUES (:id, :mp, :c, :p, :r, :max, :since, :until, :puid)
        """).param("id", a.id()).param("mp", a.marketplaceId()).param("c", a.clusterKey())
        .param("p", a.thresholdPoints()).param("r", a.restriction()).param("max", a.maxListings())
        .param("since", Sql.ts(a.since())).param("until", a.until() == null ? null : Sql.ts(a.until()))
        .param("puid", a.statementPuid()).update();
  }

  void lift(UUID id, Instant at) {
    jdbc.sql("UPDATE penalty_restriction SET lifted_at = :at WHERE id = :id").param("id", id).param("at", Sql.ts(at))
        .update();
  }

  private static Applied applied(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Applied(Sql.uuid(rs, "id"), Sql.uuid(rs, "marketplace_id"), Sql.uuid(rs, "cluster_key"),
        rs.getInt("threshold_points"), rs.getString("restriction"), rs.getInt("max_listings"),
        Sql.instant(rs, "since"), Sql.instant(rs, "until"), rs.getString("statement_puid"),
        Sql.instant(rs, "lifted_at"));
  }
}
