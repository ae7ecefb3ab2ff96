package com.steward.verification;

import com.steward.platform.db.Sql;
import com.steward.verification.VerificationCase.Level;
import com.steward.verification.VerificationCase.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Verification cases and their state: statuses, rounds, dates. Nothing personal is in these rows. */
@Repository
class JdbcVerificationRepository {

  private static final String SELECT =
      """
      SELECT id, seller_id, marketplace_id, seller_kind, status, level, round, round_opened_at, round_reason,
             status_reason, last_trigger, self_certified_at, submitted_at, approved_at, reverify_due_at, grace_until,
             provider_results::text AS provider_results, high_volume_since, inform_deadline, inform_suspended_at,
             relationship_ended_at, purge_at, purged_at, created_at
        FROM verification_case
      """;
  private static final String INSERT =
      """
      INSERT INTO verification_case (id, seller_id, marketplace_id, status, level, round, round_opened_at, round_reason,
                                     created_at, updated_at)
      VALUES (:id, :seller, :mp, 'NOT_STARTED', 'STANDARD', 1, :at, 'first verification', :at, :at)
      ON CONFLICT (seller_id) DO NOTHING
      """;
  private static final String STATUS =
      "UPDATE verification_case SET status = :status, status_reason = :reason, updated_at = :at WHERE id = :id";
  private static final String KIND =
      "UPDATE verification_case SET seller_kind = :kind, updated_at = :at WHERE id = :id";
  private static final String CERTIFIED =
      "UPDATE verification_case SET self_certified_at = :at, updated_at = :at WHERE id = :id";
  private static final String SUBMITTED =
      """
      UPDATE verification_case SET status = 'SUBMITTED', status_reason = NULL, submitted_at = :at, updated_at = :at
       WHERE id = :id
      """;
  private static final String IN_REVIEW =
      """
      UPDATE verification_case SET status = 'IN_REVIEW', provider_results = CAST(:results AS jsonb), updated_at = :at
       WHERE id = :id AND status = 'SUBMITTED'
      """;
  private static final String APPROVED =
      """
      UPDATE verification_case SET status = 'APPROVED', status_reason = :reason, approved_at = :at,
             reverify_due_at = :due, grace_until = NULL, inform_suspended_at = NULL, updated_at = :at
       WHERE id = :id
      """;
  private static final String OPEN_ROUND =
      """
      UPDATE verification_case SET status = 'REVERIFICATION_DUE', status_reason = :reason, round = round + 1,
             round_opened_at = :at, round_reason = :reason, grace_until = :grace, self_certified_at = NULL,
             updated_at = :at
       WHERE id = :id
      """;
  private static final String TRIGGER =
      "UPDATE verification_case SET last_trigger = :reason, updated_at = :at WHERE id = :id";
  private static final String HIGH_VOLUME =
      """
      UPDATE verification_case SET level = 'HIGH_VOLUME', high_volume_since = :at, inform_deadline = :deadline,
             updated_at = :at
       WHERE id = :id AND level = 'STANDARD'
      """;
  private static final String INFORM_SUSPENDED =
      "UPDATE verification_case SET inform_suspended_at = :at, updated_at = :at WHERE id = :id";
  private static final String ENDED =
      """
      UPDATE verification_case SET relationship_ended_at = :ended, purge_at = :purge, updated_at = :at WHERE id = :id
      """;
  private static final String PURGED =
      "UPDATE verification_case SET purged_at = :at, updated_at = :at WHERE id = :id";

  private final JdbcClient jdbc;

  JdbcVerificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens the seller's case unless it has one. */
  void insertIfAbsent(UUID seller, UUID marketplace, Instant at) {
    jdbc.sql(INSERT).param("id", UUID.randomUUID()).param("seller", seller).param("mp", marketplace)
        .param("at", Sql.ts(at)).update();
  }

  Optional<VerificationCase> bySeller(UUID sellerId) {
    return jdbc.sql(SELECT + " WHERE seller_id = :id").param("id", sellerId).query(JdbcVerificationRepository::map)
        .optional();
  }

  Optional<VerificationCase> byId(UUID id) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(JdbcVerificationRepository::map).optional();
  }

  Optional<VerificationCase> lock(UUID id) {
    return jdbc.sql(SELECT + " WHERE id = :id FOR UPDATE").param("id", id).query(JdbcVerificationRepository::map)
        .optional();
  }

  /** Cases in the given states, those waiting longest first. */
  List<VerificationCase> queue(Collection<Status> statuses, int limit) {
    return jdbc.sql(SELECT + " WHERE status IN (:statuses) ORDER BY submitted_at NULLS LAST, created_at LIMIT :limit")
        .param("statuses", statuses.stream().map(Enum::name).toList()).param("limit", limit)
        .query(JdbcVerificationRepository::map).list();
  }

  void status(UUID id, Status status, @Nullable String reason, Instant at) {
    jdbc.sql(STATUS).param("id", id).param("status", status.name()).param("reason", reason).param("at", Sql.ts(at))
        .update();
  }

  void kind(UUID id, String kind, Instant at) {
    jdbc.sql(KIND).param("id", id).param("kind", kind).param("at", Sql.ts(at)).update();
  }

  void selfCertified(UUID id, Instant at) {
    jdbc.sql(CERTIFIED).param("id", id).param("at", Sql.ts(at)).update();
  }

  void submitted(UUID id, Instant at) {
    jdbc.sql(SUBMITTED).param("id", id).param("at", Sql.ts(at)).update();
  }

  boolean inReview(UUID id, String providerResults, Instant at) {
    return jdbc.sql(IN_REVIEW).param("id", id).param("results", providerResults).param("at", Sql.ts(at)).update() == 1;
  }

  void approved(UUID id, String reason, Instant at, Instant reverifyDue) {
    jdbc.sql(APPROVED).param("id", id).param("reason", reason).param("at", Sql.ts(at))
        .param("due", Sql.ts(reverifyDue)).update();
  }

  void openRound(UUID id, String reason, Instant graceUntil, Instant at) {
    jdbc.sql(OPEN_ROUND).param("id", id).param("reason", reason).param("grace", Sql.ts(graceUntil))
        .param("at", Sql.ts(at)).update();
  }

  void trigger(UUID id, String reason, Instant at) {
    jdbc.sql(TRIGGER).param("id", id).param("reason", reason).param("at", Sql.ts(at)).update();
  }

  boolean highVolume(UUID id, Instant at, Instant deadline) {
    return jdbc.sql(HIGH_VOLUME).param("id", id).param("at", Sql.ts(at)).param("deadline", Sql.ts(deadline))
        .update() == 1;
  }

  void informSuspended(UUID id, Instant at) {
    jdbc.sql(INFORM_SUSPENDED).param("id", id).param("at", Sql.ts(at)).update();
  }

  void relationshipEnded(UUID id, Instant ended, Instant purgeAt, Instant at) {
    jdbc.sql(ENDED).param("id", id).param("ended", Sql.ts(ended)).param("purge", Sql.ts(purgeAt))
        .param("at", Sql.ts(at)).update();
  }

  void purged(UUID id, Instant at) {
    jdbc.sql(PURGED).param("id", id).param("at", Sql.ts(at)).update();
  }

  private static VerificationCase map(ResultSet rs, int n) throws SQLException {
    return new VerificationCase(Sql.uuid(rs, "id"), Sql.uuid(rs, "seller_id"), Sql.uuid(rs, "marketplace_id"),
        rs.getString("seller_kind"), Status.valueOf(rs.getString("status")), Level.valueOf(rs.getString("level")),
        rs.getInt("round"), Sql.instant(rs, "round_opened_at"), rs.getString("round_reason"),
        rs.getString("status_reason"), rs.getString("last_trigger"), Sql.instant(rs, "self_certified_at"),
        Sql.instant(rs, "submitted_at"), Sql.instant(rs, "approved_at"), Sql.instant(rs, "reverify_due_at"),
        Sql.instant(rs, "grace_until"), rs.getString("provider_results"), Sql.instant(rs, "high_volume_since"),
        Sql.instant(rs, "inform_deadline"), Sql.instant(rs, "inform_suspended_at"),
        Sql.instant(rs, "relationship_ended_at"), Sql.instant(rs, "purge_at"), Sql.instant(rs, "purged_at"),
        Sql.instant(rs, "created_at"));
  }

  /**
   * How a new listing's category stands against the seller's established listings (those created
   * before {@code establishedBefore}): how many there are, counted up to {@code upTo}, and whether
   * one is in {@code category}. Reads at most {@code upTo} rows and one index entry, through the
   * seller's indexes by time and by category, so it costs the same for a seller of ten listings and
   * one of a million.
   */
  record Established(int count, boolean known) {}

  Established established(UUID seller, String category, Instant establishedBefore, int upTo) {
    return jdbc.sql("""
        SELECT (SELECT count(*) FROM (SELECT 1 FROM listing
                  WHERE seller_id = :s AND created_at < :old LIMIT :upTo) e) AS established,
               EXISTS (SELECT 1 FROM listing WHERE seller_id = :s AND category = :c AND created_at < :old) AS known
        """).param("s", seller).param("c", category).param("old", Sql.ts(establishedBefore)).param("upTo", upTo)
        .query((rs, n) -> new Established(rs.getInt("established"), rs.getBoolean("known"))).single();
  }

  /**
   * How many of the seller's listings created since {@code recentFrom} are in a category it had no
   * listing in before {@code establishedBefore}, counted up to {@code upTo}.
   */
  int shifted(UUID seller, Instant establishedBefore, Instant recentFrom, int upTo) {
    return jdbc.sql("""
        SELECT count(*) FROM (SELECT 1 FROM listing l
                 WHERE l.seller_id = :s AND l.created_at >= :recent AND l.category IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM listing o
                                    WHERE o.seller_id = :s AND o.category = l.category AND o.created_at < :old)
                 LIMIT :upTo) x
        """).param("s", seller).param("old", Sql.ts(establishedBefore)).param("recent", Sql.ts(recentFrom))
        .param("upTo", upTo).query(Integer.class).single();
  }
}
