package com.steward.statements;

import com.steward.platform.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStatementRepository {

  private static final String INSERT =
      """
      INSERT INTO statement_of_reasons (id, puid, kind, decision_id, screening_decision_id, account_decision_id,
                                        notice_item_id, marketplace_id, listing_id, seller_id, decision_ground,
                                        source_type, automated_detection, automated_decision, tdb, facts, redress,
                                        created_at, verification_decision_id)
      VALUES (:id, :puid, :kind, :decision, :screening, :account, :item, :mp, :listing, :seller, :ground, :source,
              :detection, :automated, CAST(:tdb AS jsonb), :facts, :redress, :at, :verification)
      """;
  private static final String SELECT =
      """
      SELECT id, puid, kind, decision_id, screening_decision_id, notice_item_id, marketplace_id, listing_id, seller_id,
             decision_ground,
             source_type, automated_detection, automated_decision, tdb::text AS tdb, facts, redress, created_at,
             verification_decision_id
        FROM statement_of_reasons
      """;

  private final JdbcClient jdbc;

  JdbcStatementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Row(UUID id, String puid, String kind, @Nullable UUID decisionId, @Nullable UUID screeningDecisionId,
      @Nullable UUID noticeItemId, UUID marketplaceId,
      @Nullable UUID listingId, UUID sellerId, String ground, String sourceType, boolean automatedDetection,
      String automatedDecision, String tdbJson, String facts, String redress, Instant createdAt,
      @Nullable UUID verificationDecisionId) {

    Row(UUID id, String puid, String kind, @Nullable UUID decisionId, @Nullable UUID screeningDecisionId,
        @Nullable UUID noticeItemId, UUID marketplaceId, @Nullable UUID listingId, UUID sellerId, String ground,
        String sourceType, boolean automatedDetection, String automatedDecision, String tdbJson, String facts,
        String redress, Instant createdAt) {
      this(id, puid, kind, decisionId, screeningDecisionId, noticeItemId, marketplaceId, listingId, sellerId, ground,
          sourceType, automatedDetection, automatedDecision, tdbJson, facts, redress, createdAt, null);
    }
  }

  void insert(Row r) {
    insert(r, null);
  }

  /** A row about an account decision (no listing), or about a listing when {@code accountDecisionId} is null. */
  void insert(Row r, @Nullable UUID accountDecisionId) {
    jdbc.sql(INSERT).param("account", accountDecisionId).param("id", r.id()).param("puid", r.puid()).param("kind", r.kind())
        .param("decision", r.decisionId()).param("screening", r.screeningDecisionId()).param("item", r.noticeItemId()).param("mp", r.marketplaceId())
        .param("listing", r.listingId()).param("seller", r.sellerId()).param("ground", r.ground())
        .param("source", r.sourceType()).param("detection", r.automatedDetection())
        .param("automated", r.automatedDecision()).param("tdb", r.tdbJson()).param("facts", r.facts())
        .param("redress", r.redress()).param("at", Sql.ts(r.createdAt()))
        .param("verification", r.verificationDecisionId()).update();
  }

  List<Row> forListing(UUID listingId) {
    return jdbc.sql(SELECT + " WHERE listing_id = :id ORDER BY created_at, puid").param("id", listingId)
        .query(JdbcStatementRepository::map).list();
  }

  List<Row> forAccount(UUID sellerId) {
    return jdbc.sql(SELECT + " WHERE seller_id = :id AND account_decision_id IS NOT NULL ORDER BY created_at, puid")
        .param("id", sellerId).query(JdbcStatementRepository::map).list();
  }

  List<Row> forItem(UUID itemId) {
    return jdbc.sql(SELECT + " WHERE notice_item_id = :id ORDER BY created_at, puid").param("id", itemId)
        .query(JdbcStatementRepository::map).list();
  }

  List<Row> forItems(java.util.Collection<UUID> ids) {
    var out = new java.util.ArrayList<Row>();
    for (var chunk : Sql.chunks(ids)) {
      out.addAll(jdbc.sql(SELECT + " WHERE notice_item_id IN (:ids) ORDER BY created_at, puid").param("ids", chunk)
          .query(JdbcStatementRepository::map).list());
    }
    return out;
  }

  List<Row> byPuids(java.util.Collection<String> puids) {
    if (puids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " WHERE puid IN (:puids) ORDER BY created_at, puid").param("puids", List.copyOf(puids))
        .query(JdbcStatementRepository::map).list();
  }

  private static Row map(ResultSet rs, int n) throws SQLException {
    return new Row(Sql.uuid(rs, "id"), rs.getString("puid"), rs.getString("kind"), Sql.uuid(rs, "decision_id"),
        Sql.uuid(rs, "screening_decision_id"), Sql.uuid(rs, "notice_item_id"), Sql.uuid(rs, "marketplace_id"), Sql.uuid(rs, "listing_id"),
        Sql.uuid(rs, "seller_id"), rs.getString("decision_ground"), rs.getString("source_type"),
        rs.getBoolean("automated_detection"), rs.getString("automated_decision"), rs.getString("tdb"),
        rs.getString("facts"), rs.getString("redress"), Sql.instant(rs, "created_at"),
        Sql.uuid(rs, "verification_decision_id"));
  }
}
