package com.steward.notices;

import com.steward.core.notices.NoticeItemStatus;
import com.steward.platform.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNoticeRepository {

  private static final String NOTICE =
      """
      SELECT id, notifier_id, ip_right_id, reason, explanation, contact_name, contact_email, channel, submitted_by,
             created_at
        FROM notice
      """;
  private static final String INSERT_NOTICE =
      """
      INSERT INTO notice (id, notifier_id, ip_right_id, reason, explanation, good_faith_declaration, contact_name,
                          contact_email, channel, submitted_by, created_at)
      VALUES (:id, :notifier, :right, :reason, :explanation, true, :contactName, :contactEmail, :channel, :by, :at)
      """;
  private static final String ITEM =
      """
      SELECT id, notice_id, listing_id, marketplace_id, seller_id, ip_right_id, status, counter_notice_deadline,
             response_deadline, created_at, updated_at, expedited_by, audit_status
        FROM notice_item
      """;
  private static final String INSERT_ITEM =
      """
      INSERT INTO notice_item (id, notice_id, listing_id, marketplace_id, seller_id, ip_right_id, status,
                               created_at, updated_at)
      VALUES (:id, :notice, :listing, :mp, :seller, :right, 'PENDING_REVIEW', :at, :at)
      """;
  private static final String UPDATE_ITEM =
      """
      UPDATE notice_item SET status = :status, counter_notice_deadline = :cnd, response_deadline = :rd,
             updated_at = :at
       WHERE id = :id
      """;
  private static final String OPEN_EXISTS =
      """
      SELECT EXISTS (SELECT 1 FROM notice_item WHERE listing_id = :listing AND ip_right_id = :right
                       AND status IN ('PENDING_REVIEW','TAKEN_DOWN','COUNTER_NOTICED'))
      """;
  private static final String STILL_RESTRICTED =
      """
      SELECT EXISTS (SELECT 1 FROM notice_item WHERE listing_id = :listing AND id <> :except
                       AND status IN ('TAKEN_DOWN','COUNTER_NOTICED','FINAL_TAKEDOWN','UPHELD'))
      """;
  private static final String INSERT_DECISION =
      """
      INSERT INTO decision (id, notice_item_id, event, from_status, to_status, reason, decided_by, automated, decided_at)
      VALUES (:id, :item, :event, :from, :to, :reason, :by, :automated, :at)
      """;
  private static final String DECISIONS =
      """
      SELECT id, notice_item_id, event, from_status, to_status, reason, decided_by, automated, decided_at
        FROM decision WHERE notice_item_id IN (:items) ORDER BY decided_at, id
      """;
  private static final String INSERT_COUNTER =
      """
      INSERT INTO counter_notice (id, notice_item_id, seller_id, explanation, evidence, consent_to_jurisdiction,
                                  created_at)
      VALUES (:id, :item, :seller, :explanation, CAST(:evidence AS jsonb), :consent, :at)
      """;
  private static final String INSERT_RESPONSE =
      """
      INSERT INTO notifier_response (id, notice_item_id, action, explanation, evidence, responded_by, created_at)
      VALUES (:id, :item, :action, :explanation, CAST(:evidence AS jsonb), :by, :at)
      """;
  private static final String COUNTER_NOTICES =
      """
      SELECT notice_item_id, explanation, evidence::text AS evidence, created_at
        FROM counter_notice WHERE notice_item_id IN (:items)
      """;
  private static final String RESPONSES =
      """
      SELECT notice_item_id, action, explanation, evidence::text AS evidence, created_at
        FROM notifier_response WHERE notice_item_id IN (:items)
      """;
  /**
   * The review queue: items waiting for review and expedited takedowns waiting for their audit.
   * Order: notices of program members first (trusted flaggers, Good Faith, partners), then by
   * the time left on the 24-hour service level, that is, oldest first.
   */
  private static final String QUEUE =
      """
      SELECT i.id, i.notice_id, i.listing_id, i.marketplace_id, i.seller_id, i.ip_right_id, i.status,
             i.counter_notice_deadline, i.response_deadline, i.created_at, i.updated_at, i.expedited_by, i.audit_status
        FROM notice_item i
        JOIN notice n ON n.id = i.notice_id
        LEFT JOIN LATERAL (SELECT min(CASE m.program WHEN 'TRUSTED_FLAGGER' THEN 0 WHEN 'GOOD_FAITH' THEN 1 ELSE 2 END)
                             AS rank
                             FROM program_membership m
                            WHERE m.rights_holder_id = n.notifier_id AND m.ended_at IS NULL) p ON true
       WHERE (i.status = 'PENDING_REVIEW' OR i.audit_status = 'PENDING')
         AND (CAST(:mp AS uuid) IS NULL OR i.marketplace_id = :mp)
       ORDER BY coalesce(p.rank, 3), i.created_at, i.id
       LIMIT :limit
      """;

  private final JdbcClient jdbc;

  JdbcNoticeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Notice n) {
    jdbc.sql(INSERT_NOTICE).param("id", n.id()).param("notifier", n.notifierId()).param("right", n.ipRightId())
        .param("reason", n.reason().name()).param("explanation", n.explanation())
        .param("contactName", n.contactName()).param("contactEmail", n.contactEmail()).param("channel", n.channel())
        .param("by", n.submittedBy()).param("at", Sql.ts(n.createdAt())).update();
  }

  void insert(NoticeItem i) {
    jdbc.sql(INSERT_ITEM).param("id", i.id()).param("notice", i.noticeId()).param("listing", i.listingId())
        .param("mp", i.marketplaceId()).param("seller", i.sellerId()).param("right", i.ipRightId())
        .param("at", Sql.ts(i.createdAt())).update();
  }

  Optional<Notice> find(UUID id) {
    return jdbc.sql(NOTICE + " WHERE id = :id").param("id", id).query(JdbcNoticeRepository::notice).optional();
  }

  List<Notice> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(NOTICE + " WHERE id IN (:ids) ORDER BY created_at DESC").param("ids", ids)
        .query(JdbcNoticeRepository::notice).list();
  }

  List<NoticeItem> items(UUID noticeId) {
    return jdbc.sql(ITEM + " WHERE notice_id = :id ORDER BY created_at, id").param("id", noticeId)
        .query(JdbcNoticeRepository::item).list();
  }

  /** The item, locked for the rest of the transaction. */
  Optional<NoticeItem> lockItem(UUID id) {
    return jdbc.sql(ITEM + " WHERE id = :id FOR UPDATE").param("id", id).query(JdbcNoticeRepository::item).optional();
  }

  void update(NoticeItem i) {
    jdbc.sql(UPDATE_ITEM).param("id", i.id()).param("status", i.status().name())
        .param("cnd", Sql.ts(i.counterNoticeDeadline())).param("rd", Sql.ts(i.responseDeadline()))
        .param("at", Sql.ts(i.updatedAt())).update();
  }

  boolean openItemExists(UUID listingId, UUID rightId) {
    return jdbc.sql(OPEN_EXISTS).param("listing", listingId).param("right", rightId).query(Boolean.class).single();
  }

  boolean listingRestrictedByOthers(UUID listingId, UUID exceptItem) {
    return jdbc.sql(STILL_RESTRICTED).param("listing", listingId).param("except", exceptItem).query(Boolean.class)
        .single();
  }

  void decision(UUID id, UUID item, String event, NoticeItemStatus from, NoticeItemStatus to, String reason,
      String by, boolean automated, Instant at) {
    jdbc.sql(INSERT_DECISION).param("id", id).param("item", item).param("event", event).param("from", from.name())
        .param("to", to.name()).param("reason", reason).param("by", by).param("automated", automated)
        .param("at", Sql.ts(at)).update();
  }

  List<Map<String, Object>> decisions(Collection<UUID> items) {
    var out = new java.util.ArrayList<Map<String, Object>>();
    for (var chunk : Sql.chunks(items)) {
      out.addAll(decisionChunk(chunk));
    }
    return out;
  }

  private List<Map<String, Object>> decisionChunk(Collection<UUID> items) {
    return jdbc.sql(DECISIONS).param("items", items).query((rs, n) -> {
      var m = new LinkedHashMap<String, Object>();
      m.put("id", Sql.uuid(rs, "id"));
      m.put("itemId", Sql.uuid(rs, "notice_item_id"));
      m.put("event", rs.getString("event"));
      m.put("from", rs.getString("from_status"));
      m.put("to", rs.getString("to_status"));
      m.put("reason", rs.getString("reason"));
      m.put("decidedBy", rs.getString("decided_by"));
      m.put("automated", rs.getBoolean("automated"));
      m.put("decidedAt", Sql.instant(rs, "decided_at"));
      return (Map<String, Object>) m;
    }).list();
  }

  void counterNotice(UUID item, UUID seller, String explanation, String evidenceJson, boolean consent, Instant at) {
    jdbc.sql(INSERT_COUNTER).param("id", UUID.randomUUID()).param("item", item).param("seller", seller)
        .param("explanation", explanation).param("evidence", evidenceJson).param("consent", consent)
        .param("at", Sql.ts(at)).update();
  }

  void response(UUID item, String action, String explanation, String evidenceJson, String by, Instant at) {
    jdbc.sql(INSERT_RESPONSE).param("id", UUID.randomUUID()).param("item", item).param("action", action)
        .param("explanation", explanation).param("evidence", evidenceJson).param("by", by).param("at", Sql.ts(at))
        .update();
  }

  /** Counter-notices of the items, by item id. */
  Map<UUID, Map<String, Object>> counterNotices(Collection<UUID> items) {
    return byItem(COUNTER_NOTICES, items, "explanation", "evidence");
  }

  /** Rights holders' responses of the items, by item id. */
  Map<UUID, Map<String, Object>> responses(Collection<UUID> items) {
    return byItem(RESPONSES, items, "action", "explanation", "evidence");
  }

  private Map<UUID, Map<String, Object>> byItem(String sql, Collection<UUID> items, String... columns) {
    var out = new java.util.HashMap<UUID, Map<String, Object>>();
    for (var chunk : Sql.chunks(items)) {
      jdbc.sql(sql).param("items", chunk).query((rs, n) -> {
        var m = new LinkedHashMap<String, Object>();
        for (String c : columns) {
          m.put(c, rs.getString(c));
        }
        m.put("createdAt", Sql.instant(rs, "created_at"));
        return out.put(Sql.uuid(rs, "notice_item_id"), m);
      }).list();
    }
    return out;
  }

  List<NoticeItem> queue(@Nullable UUID marketplaceId, int limit) {
    return jdbc.sql(QUEUE).param("mp", marketplaceId).param("limit", limit).query(JdbcNoticeRepository::item).list();
  }

  /** Notice ids visible to a rights holder acting for {@code owners}: filed by one of them, or on their rights. */
  List<UUID> noticeIdsForRightsHolder(Collection<UUID> owners, int limit) {
    return jdbc.sql("""
        SELECT n.id FROM notice n JOIN ip_right r ON r.id = n.ip_right_id
         WHERE n.notifier_id IN (:owners) OR r.owner_id IN (:owners)
         ORDER BY n.created_at DESC LIMIT :limit
        """).param("owners", owners).param("limit", limit).query(UUID.class).list();
  }

  List<UUID> noticeIdsForSeller(UUID seller, int limit) {
    return jdbc.sql("""
        SELECT notice_id FROM notice_item WHERE seller_id = :seller
         GROUP BY notice_id ORDER BY max(created_at) DESC LIMIT :limit
        """).param("seller", seller).param("limit", limit).query(UUID.class).list();
  }

  List<UUID> noticeIdsForMarketplace(UUID mp, int limit) {
    return jdbc.sql("""
        SELECT notice_id FROM notice_item WHERE marketplace_id = :mp
         GROUP BY notice_id ORDER BY max(created_at) DESC LIMIT :limit
        """).param("mp", mp).param("limit", limit).query(UUID.class).list();
  }

  List<UUID> allNoticeIds(int limit) {
    return jdbc.sql("SELECT id FROM notice ORDER BY created_at DESC LIMIT :limit").param("limit", limit)
        .query(UUID.class).list();
  }

  private static Notice notice(ResultSet rs, int n) throws SQLException {
    return new Notice(Sql.uuid(rs, "id"), Sql.uuid(rs, "notifier_id"), Sql.uuid(rs, "ip_right_id"),
        NoticeReason.valueOf(rs.getString("reason")), rs.getString("explanation"), rs.getString("contact_name"),
        rs.getString("contact_email"), rs.getString("channel"), rs.getString("submitted_by"),
        Sql.instant(rs, "created_at"));
  }

  private static NoticeItem item(ResultSet rs, int n) throws SQLException {
    return new NoticeItem(Sql.uuid(rs, "id"), Sql.uuid(rs, "notice_id"), Sql.uuid(rs, "listing_id"),
        Sql.uuid(rs, "marketplace_id"), Sql.uuid(rs, "seller_id"), Sql.uuid(rs, "ip_right_id"),
        NoticeItemStatus.valueOf(rs.getString("status")), Sql.instant(rs, "counter_notice_deadline"),
        Sql.instant(rs, "response_deadline"), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"),
        rs.getString("expedited_by"), rs.getString("audit_status"));
  }

  /** Until when a notifier's notices or a seller's counter-notices are not processed (DSA Art. 23), if they are not now. */
  Optional<Instant> suspendedUntil(String subjectType, UUID subject, Instant now) {
    return jdbc.sql("""
        SELECT max(suspended_until) AS until FROM misuse_case
         WHERE subject_type = :t AND subject_id = :s AND status = 'SUSPENDED' AND suspended_until > :now
        """).param("t", subjectType).param("s", subject).param("now", Sql.ts(now))
        .query((rs, n) -> Optional.ofNullable(Sql.instant(rs, "until"))).single();
  }

  /** Marks an item as acted on at once for a program's member, and whether its takedown waits for an audit. */
  void markExpedited(UUID itemId, String program, boolean audit) {
    jdbc.sql("UPDATE notice_item SET expedited_by = :p, audit_status = :a WHERE id = :id").param("p", program)
        .param("a", audit ? "PENDING" : null).param("id", itemId).update();
  }

  /** Closes a pending audit; false if it was not pending. */
  boolean closeAudit(UUID itemId, String outcome) {
    return jdbc.sql("UPDATE notice_item SET audit_status = :o WHERE id = :id AND audit_status = 'PENDING'")
        .param("o", outcome).param("id", itemId).update() == 1;
  }

}
