package com.steward.linkage;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcBanRepository {

  private static final String BANS =
      """
      SELECT id, marketplace_id, seller_id, cluster_id, reason, statement_puid, status, created_by, created_at, lifted_at
        FROM account_ban
      """;
  private static final String APPEALS =
      "SELECT id, ban_id, seller_id, explanation, status, reason, decided_by, decided_at, created_at FROM ban_appeal ";

  private final JdbcClient jdbc;

  JdbcBanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Ban(UUID id, UUID marketplaceId, UUID sellerId, UUID clusterId, String reason, String statementPuid,
      String status, String createdBy, Instant createdAt, @Nullable Instant liftedAt) {}

  record Appeal(UUID id, UUID banId, UUID sellerId, String explanation, String status, @Nullable String reason,
      @Nullable String decidedBy, @Nullable Instant decidedAt, Instant createdAt) {}

  void insert(Ban b) {
    jdbc.sql("""
        INSERT INTO account_ban (id, marketplace_id, seller_id, cluster_id, reason, statement_puid, status, created_by,
                                 created_at)
        VALUES (:id, :mp, :s, :c, :r, :puid, 'IN_FORCE', :by, :at)
        """).param("id", b.id()).param("mp", b.marketplaceId()).param("s", b.sellerId()).param("c", b.clusterId())
        .param("r", b.reason()).param("puid", b.statementPuid()).param("by", b.createdBy())
        .param("at", Sql.ts(b.createdAt())).update();
  }

  void addListings(UUID ban, List<UUID> listings) {
    for (UUID l : listings) {
      jdbc.sql("INSERT INTO account_ban_listing (ban_id, listing_id) VALUES (:b, :l)").param("b", ban).param("l", l)
          .update();
    }
  }

  List<UUID> listings(UUID ban) {
    return jdbc.sql("SELECT listing_id FROM account_ban_listing WHERE ban_id = :b ORDER BY listing_id").param("b", ban)
        .query((rs, n) -> Sql.uuid(rs, "listing_id")).list();
  }

  Optional<Ban> inForce(UUID seller) {
    return jdbc.sql(BANS + " WHERE seller_id = :s AND status = 'IN_FORCE'").param("s", seller)
        .query(JdbcBanRepository::ban).optional();
  }

  Optional<Ban> find(UUID id) {
    return jdbc.sql(BANS + " WHERE id = :id").param("id", id).query(JdbcBanRepository::ban).optional();
  }

  List<Ban> ofSeller(UUID seller) {
    return jdbc.sql(BANS + " WHERE seller_id = :s ORDER BY created_at, id").param("s", seller)
        .query(JdbcBanRepository::ban).list();
  }

  void lift(UUID ban, Instant at) {
    jdbc.sql("UPDATE account_ban SET status = 'LIFTED', lifted_at = :at WHERE id = :id").param("id", ban)
        .param("at", Sql.ts(at)).update();
  }

  boolean insertAppeal(Appeal a) {
    return jdbc.sql("""
        INSERT INTO ban_appeal (id, ban_id, seller_id, explanation, status, created_at)
        VALUES (:id, :b, :s, :e, 'OPEN', :at) ON CONFLICT (ban_id) WHERE status = 'OPEN' DO NOTHING
        """).param("id", a.id()).param("b", a.banId()).param("s", a.sellerId()).param("e", a.explanation())
        .param("at", Sql.ts(a.createdAt())).update() == 1;
  }

  Optional<Appeal> lockAppeal(UUID id) {
    return jdbc.sql(APPEALS + "WHERE id = :id FOR UPDATE").param("id", id).query(JdbcBanRepository::appeal).optional();
  }

  List<Appeal> openAppeals(@Nullable UUID mp, int limit) {
    return jdbc.sql(APPEALS + """
         WHERE status = 'OPEN' AND (CAST(:mp AS uuid) IS NULL
           OR ban_id IN (SELECT id FROM account_ban WHERE marketplace_id = :mp)) ORDER BY created_at, id LIMIT :l
        """).param("mp", mp).param("l", limit).query(JdbcBanRepository::appeal).list();
  }

  List<Appeal> appealsOf(UUID seller) {
    return jdbc.sql(APPEALS + "WHERE seller_id = :s ORDER BY created_at, id").param("s", seller)
        .query(JdbcBanRepository::appeal).list();
  }

  void decideAppeal(UUID id, String status, String reason, String by, Instant at) {
    jdbc.sql("UPDATE ban_appeal SET status = :st, reason = :r, decided_by = :by, decided_at = :at WHERE id = :id")
        .param("id", id).param("st", status).param("r", reason).param("by", by).param("at", Sql.ts(at)).update();
  }

  private static Ban ban(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Ban(Sql.uuid(rs, "id"), Sql.uuid(rs, "marketplace_id"), Sql.uuid(rs, "seller_id"),
        Sql.uuid(rs, "cluster_id"), rs.getString("reason"), rs.getString("statement_puid"), rs.getString("status"),
        rs.getString("created_by"), Sql.instant(rs, "created_at"), Sql.instant(rs, "lifted_at"));
  }

  private static Appeal appeal(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Appeal(Sql.uuid(rs, "id"), Sql.uuid(rs, "ban_id"), Sql.uuid(rs, "seller_id"), rs.getString("explanation"),
        rs.getString("status"), rs.getString("reason"), rs.getString("decided_by"), Sql.instant(rs, "decided_at"),
        Sql.instant(rs, "created_at"));
  }
}
