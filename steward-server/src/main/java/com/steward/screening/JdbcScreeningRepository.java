package com.steward.screening;

import com.steward.core.screening.rules.Decision;
import com.steward.platform.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcScreeningRepository {

  private static final String INSERT =
      """
      INSERT INTO screening_decision (id, listing_id, listing_version, marketplace_id, action, score, brand, rules,
                                      matches, rule_set_version, created_at)
      VALUES (:id, :listing, :version, :mp, :action, :score, :brand, CAST(:rules AS jsonb), CAST(:matches AS jsonb),
              :ruleSet, :at)
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JdbcScreeningRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  UUID insert(UUID listingId, int version, UUID marketplaceId, Decision d, Instant at) {
    UUID id = UUID.randomUUID();
    jdbc.sql(INSERT).param("id", id).param("listing", listingId).param("version", version).param("mp", marketplaceId)
        .param("action", d.action().name()).param("score", d.score()).param("brand", d.brand())
        .param("rules", json.writeValueAsString(d.rules())).param("matches", json.writeValueAsString(d.matches()))
        .param("ruleSet", d.ruleSetVersion()).param("at", Sql.ts(at)).update();
    return id;
  }

  /**
   * Per month (UTC, {@code YYYY-MM}) and action, the listings that screening blocked or referred naming the brand:
   * a block when it was applied (it has a statement of reasons), a referral at the first REFER of the listing's
   * version. A sweep deciding an unchanged listing again does neither anew.
   */
  record MonthCount(String month, String action, long listings) {}

  java.util.List<MonthCount> restrictionsByMonth(java.util.Collection<String> names, Instant from) {
    return jdbc.sql("""
        SELECT to_char(d.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, d.action,
               count(DISTINCT d.listing_id) AS listings
          FROM screening_decision d
         WHERE d.brand IN (:names) AND d.action <> 'ALLOW' AND d.created_at >= :from
           AND CASE WHEN d.action = 'BLOCK'
                    THEN EXISTS (SELECT 1 FROM statement_of_reasons s
                                  WHERE s.screening_decision_id = d.id AND s.kind = 'RESTRICTION')
                    ELSE NOT EXISTS (SELECT 1 FROM screening_decision e
                                      WHERE e.listing_id = d.listing_id AND e.listing_version = d.listing_version
                                        AND e.action = 'REFER' AND (e.created_at, e.id) < (d.created_at, d.id))
               END
         GROUP BY 1, 2 ORDER BY 1, 2
        """).param("names", names).param("from", Sql.ts(from))
        .query((rs, n) -> new MonthCount(rs.getString("month"), rs.getString("action"), rs.getLong("listings"))).list();
  }

  /** A decision that blocked or referred a listing naming the brand, with the listing as it is now. */
  record Restriction(UUID listingId, String marketplace, String externalId, String title, String status, String action,
      String rules, Instant decidedAt) {}

  /** The latest {@code limit} such decisions since {@code from}, newest first. */
  java.util.List<Restriction> latestRestrictions(java.util.Collection<String> names, Instant from, int limit) {
    return jdbc.sql("""
        SELECT d.listing_id, m.code, l.external_id, l.title, l.status, d.action, d.rules, d.created_at
          FROM screening_decision d
          JOIN listing l ON l.id = d.listing_id
          JOIN marketplace m ON m.id = d.marketplace_id
         WHERE d.brand IN (:names) AND d.action <> 'ALLOW' AND d.created_at >= :from
         ORDER BY d.created_at DESC, d.id
         LIMIT :limit
        """).param("names", names).param("from", Sql.ts(from)).param("limit", limit)
        .query((rs, n) -> new Restriction(Sql.uuid(rs, "listing_id"), rs.getString("code"), rs.getString("external_id"),
            rs.getString("title"), rs.getString("status"), rs.getString("action"), rs.getString("rules"),
            Sql.instant(rs, "created_at"))).list();
  }

  /**
   * The block in force on the listing: its latest BLOCK decision that was applied (with a statement
   * of reasons). A sweep that decided BLOCK again on the blocked listing applied nothing, and its
   * decision carries no penalty, no effects and no statement to answer for.
   */
  record Block(UUID decisionId, int listingVersion, Instant at) {}

  java.util.Optional<Block> blockInForce(UUID listingId) {
    return jdbc.sql("""
        SELECT d.id, d.listing_version, d.created_at FROM screening_decision d
         WHERE d.listing_id = :l AND d.action = 'BLOCK'
           AND EXISTS (SELECT 1 FROM statement_of_reasons s WHERE s.screening_decision_id = d.id AND s.kind = 'RESTRICTION')
         ORDER BY d.created_at DESC, d.id DESC LIMIT 1
        """).param("l", listingId).query(JdbcScreeningRepository::block).optional();
  }

  /** A BLOCK decision, with the listing version it decided on. */
  java.util.Optional<Block> block(UUID decisionId) {
    return jdbc.sql("SELECT id, listing_version, created_at FROM screening_decision WHERE id = :d AND action = 'BLOCK'")
        .param("d", decisionId).query(JdbcScreeningRepository::block).optional();
  }

  private static Block block(ResultSet rs, int n) throws SQLException {
    return new Block(Sql.uuid(rs, "id"), rs.getInt("listing_version"), Sql.instant(rs, "created_at"));
  }

  /**
   * Whether a person has the block of the listing applied at {@code blockedAt} in hand: a complaint
   * about the listing still open, or one upheld since that block.
   */
  boolean inPersonsHands(UUID listingId, Instant blockedAt) {
    return jdbc.sql("""
        SELECT count(*) FROM screening_appeal
         WHERE listing_id = :l AND (status = 'OPEN' OR status = 'UPHELD' AND created_at >= :at)
        """).param("l", listingId).param("at", Sql.ts(blockedAt)).query(Long.class).single() > 0;
  }

  /** The rules a decision fired and the version of the rule set that fired them. */
  record Fired(java.util.List<String> rules, String ruleSetVersion) {}

  java.util.Optional<Fired> fired(UUID decisionId) {
    return jdbc.sql("SELECT rules::text AS rules, rule_set_version FROM screening_decision WHERE id = :id")
        .param("id", decisionId).query((rs, n) -> new Fired(
            json.readValue(rs.getString("rules"), new tools.jackson.core.type.TypeReference<java.util.List<String>>() {}),
            rs.getString("rule_set_version"))).optional();
  }

  /** Whether a block of this listing was lifted on complaint for exactly this content. */
  boolean liftedFor(UUID listingId, String contentHash) {
    return jdbc.sql("SELECT count(*) FROM screening_appeal WHERE listing_id = :l AND content_hash = :h AND status = 'LIFTED'")
        .param("l", listingId).param("h", contentHash).query(Long.class).single() > 0;
  }

  boolean insertAppeal(ScreeningAppeals.Appeal a) {
    return jdbc.sql("""
        INSERT INTO screening_appeal (id, listing_id, screening_decision_id, seller_id, content_hash, explanation, status,
                                      created_at)
        VALUES (:id, :l, :d, :s, :h, :e, 'OPEN', :at)
        ON CONFLICT (listing_id) WHERE status = 'OPEN' DO NOTHING
        """).param("id", a.id()).param("l", a.listingId()).param("d", a.screeningDecisionId()).param("s", a.sellerId())
        .param("h", a.contentHash()).param("e", a.explanation()).param("at", Sql.ts(a.createdAt())).update() == 1;
  }

  private static final String APPEALS =
      """
      SELECT id, listing_id, screening_decision_id, seller_id, content_hash, explanation, status, reason, decided_by,
             decided_at, created_at
        FROM screening_appeal
      """;

  java.util.Optional<ScreeningAppeals.Appeal> lockAppeal(UUID id) {
    return jdbc.sql(APPEALS + " WHERE id = :id FOR UPDATE").param("id", id).query(JdbcScreeningRepository::appeal)
        .optional();
  }

  java.util.List<ScreeningAppeals.Appeal> appeals(@org.jspecify.annotations.Nullable UUID seller,
      @org.jspecify.annotations.Nullable String status, int limit) {
    return jdbc.sql(APPEALS + " WHERE (CAST(:s AS uuid) IS NULL OR seller_id = :s)"
            + " AND (CAST(:st AS text) IS NULL OR status = :st) ORDER BY created_at, id LIMIT :l")
        .param("s", seller).param("st", status).param("l", limit).query(JdbcScreeningRepository::appeal).list();
  }

  void decideAppeal(UUID id, String status, String reason, String by, Instant at) {
    jdbc.sql("UPDATE screening_appeal SET status = :st, reason = :r, decided_by = :by, decided_at = :at WHERE id = :id")
        .param("id", id).param("st", status).param("r", reason).param("by", by).param("at", Sql.ts(at)).update();
  }

  private static ScreeningAppeals.Appeal appeal(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new ScreeningAppeals.Appeal(Sql.uuid(rs, "id"), Sql.uuid(rs, "listing_id"),
        Sql.uuid(rs, "screening_decision_id"), Sql.uuid(rs, "seller_id"), rs.getString("content_hash"),
        rs.getString("explanation"), rs.getString("status"), rs.getString("reason"), rs.getString("decided_by"),
        Sql.instant(rs, "decided_at"), Sql.instant(rs, "created_at"));
  }

  /** A seller's blocked listings with the state of their latest complaint: what its page shows. */
  java.util.List<java.util.Map<String, Object>> blockedOf(UUID seller) {
    return jdbc.sql("""
        SELECT marketplace, external_id, title, complaint, COALESCE(blocked_at, updated_at) AS blocked_at FROM (
          SELECT m.code AS marketplace, l.external_id, l.title, l.updated_at,
                 (SELECT a.status FROM screening_appeal a WHERE a.listing_id = l.id ORDER BY a.created_at DESC LIMIT 1)
                   AS complaint,
                 -- when the block in force was applied: a later edit of the blocked listing moves updated_at
                 (SELECT max(s.created_at) FROM statement_of_reasons s
                   WHERE s.marketplace_id = l.marketplace_id AND s.listing_id = l.id AND s.kind = 'RESTRICTION'
                     AND s.screening_decision_id IS NOT NULL) AS blocked_at
            FROM listing l JOIN marketplace m ON m.id = l.marketplace_id
           WHERE l.seller_id = :s AND l.status = 'BLOCKED') b
         ORDER BY blocked_at DESC LIMIT 200
        """).param("s", seller).query((rs, n) -> {
          var row = new java.util.LinkedHashMap<String, Object>();
          row.put("marketplace", rs.getString("marketplace"));
          row.put("listingId", rs.getString("external_id"));
          row.put("title", rs.getString("title"));
          row.put("blockedAt", Sql.instant(rs, "blocked_at"));
          row.put("complaint", rs.getString("complaint"));
          return (java.util.Map<String, Object>) row;
        }).list();
  }
}
