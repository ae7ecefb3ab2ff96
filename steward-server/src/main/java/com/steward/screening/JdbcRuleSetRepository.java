package com.steward.screening;

import com.steward.platform.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRuleSetRepository {

  private static final String COLUMNS =
      """
      SELECT version, status, body::text AS body, based_on, note, authored_by, authors, created_at, updated_at, published_by,
             published_at, retired_at
        FROM rule_set
      """;

  private final JdbcClient jdbc;

  JdbcRuleSetRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a draft; false if the version is taken. */
  boolean insertDraft(String version, String body, @Nullable String basedOn, String note, String by, Instant at) {
    return jdbc.sql("""
        INSERT INTO rule_set (version, status, body, based_on, note, authored_by, authors, created_at, updated_at)
        VALUES (:v, 'DRAFT', CAST(:body AS jsonb), :basedOn, :note, :by, ARRAY[CAST(:by AS text)], :at, :at)
        ON CONFLICT (version) DO NOTHING
        """).param("v", version).param("body", body).param("basedOn", basedOn).param("note", note).param("by", by)
        .param("at", Sql.ts(at)).update() == 1;
  }

  /** Puts the first rule set in use, unless one already is (or another node got there first). */
  void seedPublished(String version, String body, String by, Instant at) {
    jdbc.sql("""
        INSERT INTO rule_set (version, status, body, note, authored_by, authors, created_at, updated_at, published_by,
                              published_at)
        SELECT :v, 'PUBLISHED', CAST(:body AS jsonb), 'The rules Steward starts with', :by, ARRAY[CAST(:by AS text)], :at,
               :at, :by, :at
         WHERE NOT EXISTS (SELECT 1 FROM rule_set)
        ON CONFLICT DO NOTHING
        """).param("v", version).param("body", body).param("by", by).param("at", Sql.ts(at)).update();
  }

  boolean updateDraft(String version, String body, String note, String by, Instant at) {
    return jdbc.sql("""
        UPDATE rule_set SET body = CAST(:body AS jsonb), note = :note, authored_by = :by, updated_at = :at,
               authors = CASE WHEN CAST(:by AS text) = ANY (authors) THEN authors ELSE authors || CAST(:by AS text) END
         WHERE version = :v AND status = 'DRAFT'
        """).param("v", version).param("body", body).param("note", note).param("by", by).param("at", Sql.ts(at))
        .update() == 1;
  }

  /** Serialises publications: one at a time across every node. */
  void lockPublication() {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('rule_set.publish'))").query((rs, n) -> 1).list();
  }

  void retirePublished(Instant at) {
    jdbc.sql("UPDATE rule_set SET status = 'RETIRED', retired_at = :at WHERE status = 'PUBLISHED'")
        .param("at", Sql.ts(at)).update();
  }

  void publish(String version, String by, Instant at) {
    jdbc.sql("""
        UPDATE rule_set SET status = 'PUBLISHED', published_by = :by, published_at = :at, retired_at = NULL,
                            updated_at = :at
         WHERE version = :v
        """).param("v", version).param("by", by).param("at", Sql.ts(at)).update();
  }

  boolean withdraw(String version, Instant at) {
    return jdbc.sql("UPDATE rule_set SET status = 'WITHDRAWN', updated_at = :at WHERE version = :v AND status = 'DRAFT'")
        .param("v", version).param("at", Sql.ts(at)).update() == 1;
  }

  Optional<RuleSets.Stored> find(String version) {
    return jdbc.sql(COLUMNS + " WHERE version = :v").param("v", version).query(JdbcRuleSetRepository::map).optional();
  }

  Optional<RuleSets.Stored> published() {
    return jdbc.sql(COLUMNS + " WHERE status = 'PUBLISHED'").query(JdbcRuleSetRepository::map).optional();
  }

  /** Newest first; the published one always comes first. */
  List<RuleSets.Stored> list(int limit) {
    return jdbc.sql(COLUMNS + " ORDER BY status = 'PUBLISHED' DESC, updated_at DESC, version LIMIT :limit")
        .param("limit", limit).query(JdbcRuleSetRepository::map).list();
  }

  /**
   * A stamp of everything the screener is built from: approved brand revisions, the published
   * rule set and the suspicious terms. It changes whenever one of them does, on any node.
   */
  String knowledgeStamp() {
    return jdbc.sql("""
        SELECT concat_ws('/',
          (SELECT count(*) || ':' || coalesce(max(decided_at)::text, '') FROM brand_revision WHERE status = 'APPROVED'),
          (SELECT version || ':' || published_at::text FROM rule_set WHERE status = 'PUBLISHED'),
          (SELECT count(*) || ':' || coalesce(max(added_at)::text, '') || ':' || coalesce(sum(hashtext(term)), 0)
             FROM suspicious_term))
        """).query(String.class).single();
  }

  private static RuleSets.Stored map(ResultSet rs, int n) throws SQLException {
    return new RuleSets.Stored(rs.getString("version"), rs.getString("status"), rs.getString("body"),
        rs.getString("based_on"), rs.getString("note"), rs.getString("authored_by"),
        List.of((String[]) rs.getArray("authors").getArray()), Sql.instant(rs, "created_at"),
        Sql.instant(rs, "updated_at"), rs.getString("published_by"), Sql.instant(rs, "published_at"),
        Sql.instant(rs, "retired_at"));
  }
}
