package com.steward.rightsholders;

import com.steward.platform.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcRightsHolderRepository {

  private static final String RH = "SELECT id, name, kind, country, contact_name, contact_email, status FROM rights_holder ";
  private static final String INSERT =
      """
      INSERT INTO rights_holder (id, name, kind, country, contact_name, contact_email, status, created_at, updated_at)
      VALUES (:id, :name, :kind, :country, :contact, :email, :status, :at, :at)
      """;
  private static final String PRINCIPALS =
      """
      SELECT principal_id FROM agency
       WHERE agent_id = :agent AND (valid_until IS NULL OR valid_until >= :today)
      """;
  private static final String UPSERT_AGENCY =
      """
      INSERT INTO agency (agent_id, principal_id, mandate, valid_until, created_by, created_at)
      VALUES (:agent, :principal, :mandate, :until, :by, :at)
      ON CONFLICT (agent_id, principal_id) DO UPDATE SET mandate = EXCLUDED.mandate, valid_until = EXCLUDED.valid_until
      """;
  private static final String RIGHT =
      """
      SELECT r.id, r.owner_id, r.type, r.name, r.registration_number, r.office, r.jurisdiction, r.classes::text AS classes,
             r.valid_from, r.valid_until, r.status, r.status_reason,
             COALESCE((SELECT json_agg(json_build_object('title', e.title, 'url', e.url) ORDER BY e.created_at, e.title)
                         FROM ip_right_evidence e WHERE e.ip_right_id = r.id), '[]')::text AS evidence
        FROM ip_right r
      """;
  private static final String INSERT_RIGHT =
      """
      INSERT INTO ip_right (id, owner_id, type, name, registration_number, office, jurisdiction, classes, valid_from,
                            valid_until, status, created_at)
      VALUES (:id, :owner, :type, :name, :reg, :office, :jurisdiction, CAST(:classes AS jsonb), :from, :until,
              'PENDING', :at)
      """;
  private static final String INSERT_EVIDENCE =
      "INSERT INTO ip_right_evidence (id, ip_right_id, title, url, created_at) VALUES (:id, :right, :title, :url, :at)";
  private static final String SET_RIGHT_STATUS =
      """
      UPDATE ip_right SET status = :status, status_reason = :reason, verified_by = :by, verified_at = :at
       WHERE id = :id
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JdbcRightsHolderRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(RightsHolder rh, Instant at) {
    jdbc.sql(INSERT).param("id", rh.id()).param("name", rh.name()).param("kind", rh.kind())
        .param("country", rh.country()).param("contact", rh.contactName()).param("email", rh.contactEmail())
        .param("status", rh.status()).param("at", Sql.ts(at)).update();
  }

  Optional<RightsHolder> find(UUID id) {
    return jdbc.sql(RH + "WHERE id = :id").param("id", id).query(JdbcRightsHolderRepository::map).optional();
  }

  List<RightsHolder> byStatus(String status) {
    return jdbc.sql(RH + "WHERE status = :status ORDER BY created_at").param("status", status)
        .query(JdbcRightsHolderRepository::map).list();
  }

  void setStatus(UUID id, String status, Instant at) {
    jdbc.sql("UPDATE rights_holder SET status = :status, updated_at = :at WHERE id = :id").param("id", id)
        .param("status", status).param("at", Sql.ts(at)).update();
  }

  List<UUID> principals(UUID agent, LocalDate today) {
    return jdbc.sql(PRINCIPALS).param("agent", agent).param("today", today).query(UUID.class).list();
  }

  void upsertAgency(UUID agent, UUID principal, String mandate, @Nullable LocalDate until, String by, Instant at) {
    jdbc.sql(UPSERT_AGENCY).param("agent", agent).param("principal", principal).param("mandate", mandate)
        .param("until", until).param("by", by).param("at", Sql.ts(at)).update();
  }

  void insertRight(IpRight r, Instant at) {
    jdbc.sql(INSERT_RIGHT).param("id", r.id()).param("owner", r.ownerId()).param("type", r.type().name())
        .param("name", r.name()).param("reg", r.registrationNumber()).param("office", r.office())
        .param("jurisdiction", r.jurisdiction()).param("classes", json.writeValueAsString(r.classes()))
        .param("from", r.validFrom()).param("until", r.validUntil()).param("at", Sql.ts(at)).update();
    for (IpRight.Evidence e : r.evidence()) {
      jdbc.sql(INSERT_EVIDENCE).param("id", UUID.randomUUID()).param("right", r.id()).param("title", e.title())
          .param("url", e.url()).param("at", Sql.ts(at)).update();
    }
  }

  Optional<IpRight> findRight(UUID id) {
    return jdbc.sql(RIGHT + "WHERE r.id = :id").param("id", id).query(this::right).optional();
  }

  List<IpRight> rightsOf(List<UUID> owners) {
    return jdbc.sql(RIGHT + "WHERE r.owner_id IN (:owners) ORDER BY r.created_at").param("owners", owners)
        .query(this::right).list();
  }

  List<IpRight> rightsByStatus(String status) {
    return jdbc.sql(RIGHT + "WHERE r.status = :status ORDER BY r.created_at").param("status", status)
        .query(this::right).list();
  }

  void setRightStatus(UUID id, String status, String reason, String by, Instant at) {
    jdbc.sql(SET_RIGHT_STATUS).param("id", id).param("status", status).param("reason", reason).param("by", by)
        .param("at", Sql.ts(at)).update();
  }

  private static RightsHolder map(ResultSet rs, int n) throws SQLException {
    return new RightsHolder(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("kind"), rs.getString("country"),
        rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("status"));
  }

  private IpRight right(ResultSet rs, int n) throws SQLException {
    return new IpRight(Sql.uuid(rs, "id"), Sql.uuid(rs, "owner_id"), IpRightType.valueOf(rs.getString("type")),
        rs.getString("name"), rs.getString("registration_number"), rs.getString("office"),
        rs.getString("jurisdiction"), json.readValue(rs.getString("classes"), new TypeReference<List<String>>() {}),
        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
        rs.getString("status"), rs.getString("status_reason"),
        json.readValue(rs.getString("evidence"), new TypeReference<List<IpRight.Evidence>>() {}));
  }
}
