package com.steward.verification;

import com.steward.platform.db.Sql;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The decisions on verification cases, the complaints against them and the INFORM sales counters. */
@Repository
class JdbcVerificationDecisionRepository {

  private static final String INSERT_DECISION =
      """
      INSERT INTO verification_decision (id, case_id, round, outcome, reason, decided_by, automated, statement_puid,
                                         decided_at)
      VALUES (:id, :case, :round, :outcome, :reason, :by, :automated, :puid, :at)
      """;
  private static final String DECISIONS =
      """
      SELECT id, case_id, round, outcome, reason, decided_by, automated, statement_puid, decided_at
        FROM verification_decision
      """;
  private static final String INSERT_APPEAL =
      """
      INSERT INTO verification_appeal (id, case_id, decision_id, explanation, status, created_at)
      VALUES (:id, :case, :decision, :explanation, 'OPEN', :at)
      ON CONFLICT (case_id) WHERE status = 'OPEN' DO NOTHING
      """;
  private static final String APPEALS =
      """
      SELECT id, case_id, decision_id, explanation, status, reason, decided_by, decided_at, created_at
        FROM verification_appeal
      """;
  private static final String DECIDE_APPEAL =
      """
      UPDATE verification_appeal SET status = :status, reason = :reason, decided_by = :by, decided_at = :at
       WHERE id = :id
      """;
  private static final String UPSERT_VOLUME =
      """
      INSERT INTO verification_sales_volume (case_id, sales_12m, revenue_12m_usd, reported_at)
      VALUES (:case, :sales, :revenue, :at)
      ON CONFLICT (case_id) DO UPDATE SET sales_12m = EXCLUDED.sales_12m, revenue_12m_usd = EXCLUDED.revenue_12m_usd,
                                          reported_at = EXCLUDED.reported_at
      """;

  private final JdbcClient jdbc;

  JdbcVerificationDecisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Decision(UUID id, UUID caseId, int round, String outcome, String reason, String decidedBy, boolean automated,
      @Nullable String statementPuid, Instant decidedAt) {}

  record Volume(int sales, BigDecimal revenueUsd, Instant reportedAt) {}

  void insert(Decision d) {
    jdbc.sql(INSERT_DECISION).param("id", d.id()).param("case", d.caseId()).param("round", d.round())
        .param("outcome", d.outcome()).param("reason", d.reason()).param("by", d.decidedBy())
        .param("automated", d.automated()).param("puid", d.statementPuid()).param("at", Sql.ts(d.decidedAt()))
        .update();
  }

  List<Decision> decisions(UUID caseId) {
    return jdbc.sql(DECISIONS + " WHERE case_id = :id ORDER BY seq").param("id", caseId)
        .query(JdbcVerificationDecisionRepository::decision).list();
  }

  Optional<Decision> decision(UUID id) {
    return jdbc.sql(DECISIONS + " WHERE id = :id").param("id", id).query(JdbcVerificationDecisionRepository::decision)
        .optional();
  }

  /** Files a complaint; false if one is already open for the case. */
  boolean insert(VerificationAppeal a) {
    return jdbc.sql(INSERT_APPEAL).param("id", a.id()).param("case", a.caseId()).param("decision", a.decisionId())
        .param("explanation", a.explanation()).param("at", Sql.ts(a.createdAt())).update() == 1;
  }

  List<VerificationAppeal> appeals(@Nullable UUID caseId, @Nullable String status, int limit) {
    return jdbc.sql(APPEALS + """
         WHERE (CAST(:case AS uuid) IS NULL OR case_id = :case) AND (CAST(:status AS text) IS NULL OR status = :status)
         ORDER BY seq LIMIT :limit
        """).param("case", caseId).param("status", status).param("limit", limit)
        .query(JdbcVerificationDecisionRepository::appeal).list();
  }

  Optional<VerificationAppeal> lockAppeal(UUID id) {
    return jdbc.sql(APPEALS + " WHERE id = :id FOR UPDATE").param("id", id)
        .query(JdbcVerificationDecisionRepository::appeal).optional();
  }

  void decideAppeal(UUID id, String status, String reason, String by, Instant at) {
    jdbc.sql(DECIDE_APPEAL).param("id", id).param("status", status).param("reason", reason).param("by", by)
        .param("at", Sql.ts(at)).update();
  }

  void volume(UUID caseId, int sales, BigDecimal revenueUsd, Instant at) {
    jdbc.sql(UPSERT_VOLUME).param("case", caseId).param("sales", sales).param("revenue", revenueUsd)
        .param("at", Sql.ts(at)).update();
  }

  Optional<Volume> volume(UUID caseId) {
    return jdbc.sql("SELECT sales_12m, revenue_12m_usd, reported_at FROM verification_sales_volume WHERE case_id = :id")
        .param("id", caseId)
        .query((rs, n) -> new Volume(rs.getInt("sales_12m"), rs.getBigDecimal("revenue_12m_usd"),
            Sql.instant(rs, "reported_at"))).optional();
  }

  private static Decision decision(ResultSet rs, int n) throws SQLException {
    return new Decision(Sql.uuid(rs, "id"), Sql.uuid(rs, "case_id"), rs.getInt("round"), rs.getString("outcome"),
        rs.getString("reason"), rs.getString("decided_by"), rs.getBoolean("automated"), rs.getString("statement_puid"),
        Sql.instant(rs, "decided_at"));
  }

  private static VerificationAppeal appeal(ResultSet rs, int n) throws SQLException {
    return new VerificationAppeal(Sql.uuid(rs, "id"), Sql.uuid(rs, "case_id"), Sql.uuid(rs, "decision_id"),
        rs.getString("explanation"), rs.getString("status"), rs.getString("reason"), rs.getString("decided_by"),
        Sql.instant(rs, "decided_at"), Sql.instant(rs, "created_at"));
  }
}
