package com.steward.programs;

import com.steward.platform.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProgramRepository {

  private static final String COLUMNS =
      """
      SELECT id, rights_holder_id, program, source, sponsor, reason, started_by, started_at, expires_at, ended_at,
             ended_by, end_kind, end_reason
        FROM program_membership
      """;

  private final JdbcClient jdbc;

  JdbcProgramRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> settings() {
    return jdbc.sql("SELECT settings::text FROM program_settings WHERE id = 1").query(String.class).optional();
  }

  void saveSettings(String json, String by, Instant at) {
    jdbc.sql("""
        INSERT INTO program_settings (id, settings, updated_by, updated_at) VALUES (1, CAST(:s AS jsonb), :by, :at)
        ON CONFLICT (id) DO UPDATE SET settings = EXCLUDED.settings, updated_by = EXCLUDED.updated_by,
                                       updated_at = EXCLUDED.updated_at
        """).param("s", json).param("by", by).param("at", Sql.ts(at)).update();
  }

  /** Serialises changes to one notifier's memberships. */
  void lock(UUID holder) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('programs:' || :h))").param("h", holder.toString())
        .query((rs, n) -> 1).list();
  }

  void insert(Membership m) {
    jdbc.sql("""
        INSERT INTO program_membership (id, rights_holder_id, program, source, sponsor, reason, started_by, started_at,
                                        expires_at)
        VALUES (:id, :h, :p, :source, :sponsor, :reason, :by, :at, :expires)
        """).param("id", m.id()).param("h", m.rightsHolderId()).param("p", m.program().name())
        .param("source", m.source()).param("sponsor", m.sponsor()).param("reason", m.reason())
        .param("by", m.startedBy()).param("at", Sql.ts(m.startedAt())).param("expires", Sql.ts(m.expiresAt()))
        .update();
  }

  boolean end(UUID id, String kind, String reason, String by, Instant at) {
    return jdbc.sql("""
        UPDATE program_membership SET ended_at = :at, ended_by = :by, end_kind = :kind, end_reason = :reason
         WHERE id = :id AND ended_at IS NULL
        """).param("id", id).param("at", Sql.ts(at)).param("by", by).param("kind", kind).param("reason", reason)
        .update() == 1;
  }

  List<Membership> of(UUID holder) {
    return jdbc.sql(COLUMNS + " WHERE rights_holder_id = :h ORDER BY started_at DESC, id").param("h", holder)
        .query(JdbcProgramRepository::map).list();
  }

  List<Membership> open() {
    return jdbc.sql(COLUMNS + " WHERE ended_at IS NULL ORDER BY started_at").query(JdbcProgramRepository::map).list();
  }

  /** When this notifier was last demoted from the program, if ever. */
  Optional<Instant> lastDemotion(UUID holder, Program p) {
    return jdbc.sql("""
        SELECT max(ended_at) FROM program_membership WHERE rights_holder_id = :h AND program = :p AND end_kind = 'DEMOTED'
        """).param("h", holder).param("p", p.name()).query((rs, n) -> Optional.ofNullable(Sql.instant(rs, "max")))
        .single();
  }

  /** Notifiers with notices filed since {@code since}. */
  List<UUID> activeNotifiers(Instant since) {
    return jdbc.sql("SELECT DISTINCT notifier_id FROM notice WHERE created_at >= :since").param("since", Sql.ts(since))
        .query((rs, n) -> Sql.uuid(rs, "notifier_id")).list();
  }

  private static Membership map(ResultSet rs, int n) throws SQLException {
    return new Membership(Sql.uuid(rs, "id"), Sql.uuid(rs, "rights_holder_id"), Program.valueOf(rs.getString("program")),
        rs.getString("source"), rs.getString("sponsor"), rs.getString("reason"), rs.getString("started_by"),
        Sql.instant(rs, "started_at"), Sql.instant(rs, "expires_at"), Sql.instant(rs, "ended_at"),
        rs.getString("ended_by"), rs.getString("end_kind"), rs.getString("end_reason"));
  }

}
