package com.steward.verification;

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

/**
 * What sellers give for verification: the sealed trader information, executives, challenges and
 * documents. A document's sealed bytes are read only for {@link TraderVault}; lists of documents
 * carry their metadata only.
 */
@Repository
class JdbcTraderDataRepository {

  private static final String SAVE_INFO =
      """
      INSERT INTO verification_trader_info (case_id, sealed, key_id, facets, updated_at)
      VALUES (:case, :sealed, :key, CAST(:facets AS jsonb), :at)
      ON CONFLICT (case_id) DO UPDATE SET sealed = EXCLUDED.sealed, key_id = EXCLUDED.key_id, facets = EXCLUDED.facets,
                                          updated_at = EXCLUDED.updated_at
      """;
  private static final String INSERT_EXECUTIVE =
      """
      INSERT INTO verification_executive (id, case_id, role, sealed, key_id, status, created_at)
      VALUES (:id, :case, :role, :sealed, :key, 'PENDING', :at)
      """;
  private static final String EXECUTIVES =
      """
      SELECT id, case_id, role, sealed, status, status_reason, decided_by, decided_at, created_at
        FROM verification_executive
      """;
  private static final String DECIDE_EXECUTIVE =
      """
      UPDATE verification_executive SET status = :status, status_reason = :reason, decided_by = :by, decided_at = :at
       WHERE id = :id
      """;
  private static final String INSERT_CHALLENGE =
      """
      INSERT INTO verification_challenge (id, case_id, executive_id, round, pose, code, issued_at, expires_at)
      VALUES (:id, :case, :exec, :round, :pose, :code, :at, :expires)
      """;
  private static final String CHALLENGES =
      """
      SELECT id, case_id, executive_id, round, pose, code, issued_at, expires_at, answered_at
        FROM verification_challenge
      """;
  private static final String INSERT_DOCUMENT =
      """
      INSERT INTO verification_document (id, case_id, executive_id, challenge_id, kind, content_type, size_bytes, sealed,
                                         key_id, round, uploaded_by, created_at)
      VALUES (:id, :case, :exec, :challenge, :kind, :type, :size, :sealed, :key, :round, :by, :at)
      """;
  private static final String DOCUMENTS =
      """
      SELECT id, case_id, executive_id, challenge_id, kind, content_type, size_bytes, round, uploaded_by, created_at
        FROM verification_document
      """;

  private final JdbcClient jdbc;

  JdbcTraderDataRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record SealedInfo(byte[] sealed, String facets, Instant updatedAt) {}

  record Executive(UUID id, UUID caseId, String role, byte @Nullable [] sealed, String status,
      @Nullable String statusReason, @Nullable String decidedBy, @Nullable Instant decidedAt, Instant createdAt) {}

  record Challenge(UUID id, UUID caseId, @Nullable UUID executiveId, int round, String pose, String code,
      Instant issuedAt, Instant expiresAt, @Nullable Instant answeredAt) {}

  record Document(UUID id, UUID caseId, @Nullable UUID executiveId, @Nullable UUID challengeId, String kind,
      String contentType, int size, int round, String uploadedBy, Instant createdAt) {}

  void saveInfo(UUID caseId, byte[] sealed, String keyId, String facets, Instant at) {
    jdbc.sql(SAVE_INFO).param("case", caseId).param("sealed", sealed).param("key", keyId).param("facets", facets)
        .param("at", Sql.ts(at)).update();
  }

  Optional<SealedInfo> info(UUID caseId) {
    return jdbc.sql("SELECT sealed, facets::text AS facets, updated_at FROM verification_trader_info WHERE case_id = :id")
        .param("id", caseId)
        .query((rs, n) -> new SealedInfo(rs.getBytes("sealed"), rs.getString("facets"), Sql.instant(rs, "updated_at")))
        .optional();
  }

  void insertExecutive(UUID id, UUID caseId, String role, byte[] sealed, String keyId, Instant at) {
    jdbc.sql(INSERT_EXECUTIVE).param("id", id).param("case", caseId).param("role", role).param("sealed", sealed)
        .param("key", keyId).param("at", Sql.ts(at)).update();
  }

  List<Executive> executives(UUID caseId) {
    return jdbc.sql(EXECUTIVES + " WHERE case_id = :id ORDER BY seq").param("id", caseId)
        .query(JdbcTraderDataRepository::executive).list();
  }

  void decideExecutive(UUID id, String status, @Nullable String reason, @Nullable String by, @Nullable Instant at) {
    jdbc.sql(DECIDE_EXECUTIVE).param("id", id).param("status", status).param("reason", reason).param("by", by)
        .param("at", Sql.ts(at)).update();
  }

  void insert(Challenge c) {
    jdbc.sql(INSERT_CHALLENGE).param("id", c.id()).param("case", c.caseId()).param("exec", c.executiveId())
        .param("round", c.round()).param("pose", c.pose()).param("code", c.code()).param("at", Sql.ts(c.issuedAt()))
        .param("expires", Sql.ts(c.expiresAt())).update();
  }

  List<Challenge> challenges(UUID caseId) {
    return jdbc.sql(CHALLENGES + " WHERE case_id = :id ORDER BY seq").param("id", caseId)
        .query(JdbcTraderDataRepository::challenge).list();
  }

  void answered(UUID challengeId, Instant at) {
    jdbc.sql("UPDATE verification_challenge SET answered_at = :at WHERE id = :id").param("id", challengeId)
        .param("at", Sql.ts(at)).update();
  }

  void insert(Document d, byte[] sealed, String keyId) {
    jdbc.sql(INSERT_DOCUMENT).param("id", d.id()).param("case", d.caseId()).param("exec", d.executiveId())
        .param("challenge", d.challengeId()).param("kind", d.kind()).param("type", d.contentType())
        .param("size", d.size()).param("sealed", sealed).param("key", keyId).param("round", d.round())
        .param("by", d.uploadedBy()).param("at", Sql.ts(d.createdAt())).update();
  }

  List<Document> documents(UUID caseId) {
    return jdbc.sql(DOCUMENTS + " WHERE case_id = :id ORDER BY seq").param("id", caseId)
        .query(JdbcTraderDataRepository::document).list();
  }

  Optional<Document> document(UUID id) {
    return jdbc.sql(DOCUMENTS + " WHERE id = :id").param("id", id).query(JdbcTraderDataRepository::document)
        .optional();
  }

  byte[] documentContent(UUID id) {
    return jdbc.sql("SELECT sealed FROM verification_document WHERE id = :id").param("id", id)
        .query((rs, n) -> rs.getBytes("sealed")).single();
  }

  /** Deletes the case's trader information, documents and executives' details (DSA Art. 30(5)); returns what went. */
  int[] purge(UUID caseId) {
    int documents = jdbc.sql("DELETE FROM verification_document WHERE case_id = :id").param("id", caseId).update();
    int info = jdbc.sql("DELETE FROM verification_trader_info WHERE case_id = :id").param("id", caseId).update();
    int executives = jdbc.sql("UPDATE verification_executive SET sealed = NULL, key_id = NULL WHERE case_id = :id"
        + " AND sealed IS NOT NULL").param("id", caseId).update();
    return new int[] {info, documents, executives};
  }

  /** A sealed value to re-encrypt: its table, its row and the bytes. */
  record Sealed(String table, UUID id, byte[] sealed) {}

  /** Up to {@code limit} sealed values of each table written under another key than {@code keyId}. */
  List<Sealed> notUnder(String keyId, int limit) {
    var out = new java.util.ArrayList<Sealed>();
    for (String[] t : TABLES) {
      out.addAll(jdbc.sql("SELECT " + t[1] + " AS id, sealed FROM " + t[0]
              + " WHERE key_id <> :key AND sealed IS NOT NULL LIMIT :limit")
          .param("key", keyId).param("limit", limit)
          .query((rs, n) -> new Sealed(t[0], Sql.uuid(rs, "id"), rs.getBytes("sealed"))).list());
    }
    return out;
  }

  /** Replaces a sealed value with its re-encryption, unless it changed meanwhile. */
  boolean reseal(Sealed old, byte[] sealed, String keyId) {
    String idColumn = java.util.Arrays.stream(TABLES).filter(t -> t[0].equals(old.table())).findFirst().orElseThrow()[1];
    return jdbc.sql("UPDATE " + old.table() + " SET sealed = :sealed, key_id = :key WHERE " + idColumn
            + " = :id AND sealed = :old").param("sealed", sealed).param("key", keyId).param("id", old.id())
        .param("old", old.sealed()).update() == 1;
  }

  private static final String[][] TABLES = {
      {"verification_trader_info", "case_id"}, {"verification_executive", "id"}, {"verification_document", "id"}};

  private static Executive executive(ResultSet rs, int n) throws SQLException {
    return new Executive(Sql.uuid(rs, "id"), Sql.uuid(rs, "case_id"), rs.getString("role"), rs.getBytes("sealed"),
        rs.getString("status"), rs.getString("status_reason"), rs.getString("decided_by"),
        Sql.instant(rs, "decided_at"), Sql.instant(rs, "created_at"));
  }

  private static Challenge challenge(ResultSet rs, int n) throws SQLException {
    return new Challenge(Sql.uuid(rs, "id"), Sql.uuid(rs, "case_id"), Sql.uuid(rs, "executive_id"), rs.getInt("round"),
        rs.getString("pose"), rs.getString("code"), Sql.instant(rs, "issued_at"), Sql.instant(rs, "expires_at"),
        Sql.instant(rs, "answered_at"));
  }

  private static Document document(ResultSet rs, int n) throws SQLException {
    return new Document(Sql.uuid(rs, "id"), Sql.uuid(rs, "case_id"), Sql.uuid(rs, "executive_id"),
        Sql.uuid(rs, "challenge_id"), rs.getString("kind"), rs.getString("content_type"), rs.getInt("size_bytes"),
        rs.getInt("round"), rs.getString("uploaded_by"), Sql.instant(rs, "created_at"));
  }
}
