package com.steward.referrals;

import com.steward.platform.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReferralRepository {

  private static final String COLUMNS =
      """
      SELECT id, screening_decision_id, listing_id, listing_version, marketplace_id, brand_id, rights_holder_id, score,
             status, answer_reason, answered_by, answered_at, notice_id, due_at, created_at
        FROM referral
      """;

  private final JdbcClient jdbc;

  JdbcReferralRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts the referral unless one is open for the same listing and brand, or this version of the
   * listing was referred to the brand before (a sweep screening it again must not ask the owner,
   * who may have answered already, a second time); false if so.
   */
  boolean insert(Referral r) {
    return jdbc.sql("""
        INSERT INTO referral (id, screening_decision_id, listing_id, listing_version, marketplace_id, brand_id,
                              rights_holder_id, score, status, due_at, created_at)
        SELECT :id, :decision, :listing, :version, :mp, :brand, :holder, :score, 'OPEN', :due, :at
         WHERE NOT EXISTS (SELECT 1 FROM referral
                            WHERE listing_id = :listing AND brand_id = :brand AND listing_version = :version)
        ON CONFLICT (listing_id, brand_id) WHERE status IN ('OPEN','ESCALATED') DO NOTHING
        """).param("id", r.id()).param("decision", r.screeningDecisionId()).param("listing", r.listingId())
        .param("version", r.listingVersion()).param("mp", r.marketplaceId()).param("brand", r.brandId())
        .param("holder", r.rightsHolderId()).param("score", r.score()).param("due", Sql.ts(r.dueAt()))
        .param("at", Sql.ts(r.createdAt())).update() == 1;
  }

  Optional<Referral> lock(UUID id) {
    return jdbc.sql(COLUMNS + " WHERE id = :id FOR UPDATE").param("id", id).query(JdbcReferralRepository::map)
        .optional();
  }

  Optional<Referral> find(UUID id) {
    return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(JdbcReferralRepository::map).optional();
  }

  void answer(UUID id, String status, String reason, String by, Instant at, @Nullable UUID noticeId) {
    jdbc.sql("""
        UPDATE referral SET status = :status, answer_reason = :reason, answered_by = :by, answered_at = :at,
                            notice_id = :notice
         WHERE id = :id
        """).param("id", id).param("status", status).param("reason", reason).param("by", by)
        .param("at", Sql.ts(at)).param("notice", noticeId).update();
  }

  boolean escalate(UUID id) {
    return jdbc.sql("UPDATE referral SET status = 'ESCALATED' WHERE id = :id AND status = 'OPEN'").param("id", id)
        .update() == 1;
  }

  /** Referrals of these owners (all if null) in these statuses (all if empty), oldest deadline first. */
  List<Referral> list(@Nullable List<UUID> owners, List<String> statuses, int limit) {
    String sql = COLUMNS + " WHERE true" + (owners == null ? "" : " AND rights_holder_id IN (:owners)")
        + (statuses.isEmpty() ? "" : " AND status IN (:statuses)") + " ORDER BY due_at, id LIMIT :limit";
    var spec = jdbc.sql(sql).param("limit", limit);
    if (owners != null) {
      spec = spec.param("owners", owners);
    }
    if (!statuses.isEmpty()) {
      spec = spec.param("statuses", statuses);
    }
    return spec.query(JdbcReferralRepository::map).list();
  }

  /** Confirmed referrals of the brand, newest first: the similar cases an owner is shown. */
  List<Referral> confirmed(UUID brandId, UUID except, int limit) {
    return jdbc.sql(COLUMNS + " WHERE brand_id = :b AND status = 'CONFIRMED' AND id <> :x ORDER BY answered_at DESC LIMIT :l")
        .param("b", brandId).param("x", except).param("l", limit).query(JdbcReferralRepository::map).list();
  }

  /** Every referral of a brand since {@code since}: what a brand's feedback is computed from. */
  List<Referral> ofBrand(UUID brandId, Instant since) {
    return jdbc.sql(COLUMNS + " WHERE brand_id = :b AND created_at >= :since ORDER BY created_at").param("b", brandId)
        .param("since", Sql.ts(since)).query(JdbcReferralRepository::map).list();
  }

  /** What screening decided: rules, matches and score, as stored. */
  Map<String, Object> decision(UUID decisionId) {
    return jdbc.sql("""
        SELECT action, score, brand, rules::text AS rules, matches::text AS matches, rule_set_version, created_at
          FROM screening_decision WHERE id = :id
        """).param("id", decisionId).query((rs, n) -> Map.<String, Object>of("action", rs.getString("action"),
            "score", rs.getDouble("score"), "brand", rs.getString("brand"), "rules", rs.getString("rules"),
            "matches", rs.getString("matches"), "ruleSetVersion", rs.getString("rule_set_version"),
            "decidedAt", Sql.instant(rs, "created_at"))).single();
  }

  private static Referral map(ResultSet rs, int n) throws SQLException {
    return new Referral(Sql.uuid(rs, "id"), Sql.uuid(rs, "screening_decision_id"), Sql.uuid(rs, "listing_id"),
        rs.getInt("listing_version"), Sql.uuid(rs, "marketplace_id"), Sql.uuid(rs, "brand_id"),
        Sql.uuid(rs, "rights_holder_id"), rs.getDouble("score"), rs.getString("status"), rs.getString("answer_reason"),
        rs.getString("answered_by"), Sql.instant(rs, "answered_at"), Sql.uuid(rs, "notice_id"),
        Sql.instant(rs, "due_at"), Sql.instant(rs, "created_at"));
  }
}
