package com.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.platform.errors.ConflictException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.ApiKeyService;
import com.steward.platform.security.Role;
import com.steward.support.Api;
import com.steward.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** An admin lists the keys and revokes a lost or leaked one; the key opens nothing from then on. */
class ApiKeyRevocationIntegrationTests extends IntegrationTest {

  @Autowired
  ApiKeyService keys;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TransactionTemplate tx;

  private Api.Response issue(String subjectType, String subjectId) {
    var r = api.post(ADMIN_KEY, "/api/v1/admin/api-keys", Map.of("subjectType", subjectType, "subjectId", subjectId));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r;
  }

  @Test
  void aRevokedKeyIsRefusedAtOnceEvenRightAfterItWasUsed() {
    var m = fixtures.marketplace();
    var issued = issue("MARKETPLACE", m.code());
    String key = issued.str("key");
    // used, and so known to this node
    assertThat(api.get(key, "/api/v1/marketplaces/" + m.code()).status()).isEqualTo(200);

    var revoked = api.send(ADMIN_KEY, "DELETE", "/api/v1/admin/api-keys/" + issued.str("id"), null, null, Map.of());

    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
    var refused = api.get(key, "/api/v1/marketplaces/" + m.code());
    assertThat(refused.status()).isEqualTo(401);
    // the marketplace's other key still works
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code()).status()).isEqualTo(200);
  }

  @Test
  void theListShowsWhomAKeyStandsForAndWhoRevokedItButNeverTheKey() {
    var m = fixtures.marketplace();
    var issued = issue("MARKETPLACE", m.code());
    String id = issued.str("id");
    String key = issued.str("key");
    api.send(ADMIN_KEY, "DELETE", "/api/v1/admin/api-keys/" + id, null, null, Map.of());

    var list = api.get(ADMIN_KEY, "/api/v1/admin/api-keys?limit=1000");

    assertThat(list.status()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) list.json();
    Map<String, Object> row = rows.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
    assertThat(row).containsEntry("prefix", key.substring(0, 8)).containsEntry("role", "MARKETPLACE")
        .containsEntry("subjectName", m.code()).containsEntry("revokedBy", "admin:bootstrap");
    assertThat(row.get("revokedAt")).isNotNull();
    assertThat(list.body()).doesNotContain(key).doesNotContain(key.substring(8));
    var active = rows.stream().filter(r -> r.get("revokedAt") == null).toList();
    assertThat(active).isNotEmpty();
  }

  @Test
  void aRevocationIsAuditedOnceAndRevokingAgainChangesNothing() {
    var m = fixtures.marketplace();
    String id = issue("MARKETPLACE", m.code()).str("id");
    String path = "/api/v1/admin/api-keys/" + id;

    assertThat(api.send(ADMIN_KEY, "DELETE", path, null, null, Map.of()).status()).isEqualTo(204);
    assertThat(api.send(ADMIN_KEY, "DELETE", path, null, null, Map.of()).status()).isEqualTo(204);

    var trail = api.get(ADMIN_KEY, "/api/v1/audit?subjectType=api_key&subjectId=" + id);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) trail.json();
    assertThat(entries).extracting(e -> e.get("action")).containsExactly("api_key.issued", "api_key.revoked");
  }

  @Test
  void anUnknownOrMalformedKeyIdIsAClearError() {
    var unknown = api.send(ADMIN_KEY, "DELETE", "/api/v1/admin/api-keys/" + UUID.randomUUID(), null, null, Map.of());
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");

    var malformed = api.send(ADMIN_KEY, "DELETE", "/api/v1/admin/api-keys/not-a-uuid", null, null, Map.of());
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith("application/problem+json");
    assertThat(malformed.body()).contains("id");
  }

  @Test
  void onlyAnAdminListsOrRevokesKeys() {
    var m = fixtures.marketplace();
    String id = issue("MARKETPLACE", m.code()).str("id");
    String analyst = fixtures.analystKey();
    for (String key : List.of(m.key(), analyst)) {
      assertThat(api.get(key, "/api/v1/admin/api-keys").status()).isEqualTo(403);
      assertThat(api.send(key, "DELETE", "/api/v1/admin/api-keys/" + id, null, null, Map.of()).status())
          .isEqualTo(403);
    }
    assertThat(api.get(null, "/api/v1/admin/api-keys").status()).isEqualTo(401);
    assertThat(api.send(null, "DELETE", "/api/v1/admin/api-keys/" + id, null, null, Map.of()).status())
        .isEqualTo(401);
    // the refused attempts revoked nothing, not even the marketplace's own key
    @SuppressWarnings("unchecked")
    var rows = (List<Map<String, Object>>) api.get(ADMIN_KEY, "/api/v1/admin/api-keys?limit=1000").json();
    assertThat(rows).filteredOn(r -> id.equals(r.get("id"))).singleElement()
        .satisfies(r -> assertThat(r.get("revokedAt")).isNull());
  }

  @Test
  void theLastActiveAdminKeyIsNotRevoked() {
    var admin = new Actor(Role.ADMIN, "test", null, null, null);
    // in a transaction that is rolled back, so that the other tests keep their admin key
    tx.executeWithoutResult(status -> {
      status.setRollbackOnly();
      List<UUID> admins = jdbc.sql("SELECT id FROM api_key WHERE role = 'ADMIN' AND revoked_at IS NULL ORDER BY id")
          .query(UUID.class).list();
      admins.subList(1, admins.size()).forEach(id -> keys.revoke(id, admin));

      assertThatThrownBy(() -> keys.revoke(admins.getFirst(), admin)).isInstanceOf(ConflictException.class)
          .hasMessageContaining("last active admin key");
    });
    assertThat(api.get(ADMIN_KEY, "/api/v1/admin/api-keys").status()).isEqualTo(200);
  }

  @Test
  void aRevokedBootstrapKeyStaysRevokedAtTheNextStart() {
    String bootstrap = "bootstrap-test-" + UUID.randomUUID();
    keys.ensureAdminKey(bootstrap);
    assertThat(api.get(bootstrap, "/api/v1/admin/api-keys").status()).isEqualTo(200);
    UUID id = jdbc.sql("SELECT id FROM api_key WHERE key_hash = encode(sha256(convert_to(:key, 'UTF8')), 'hex')")
        .param("key", bootstrap).query(UUID.class).single();
    assertThat(api.send(ADMIN_KEY, "DELETE", "/api/v1/admin/api-keys/" + id, null, null, Map.of()).status())
        .isEqualTo(204);

    keys.ensureAdminKey(bootstrap); // what a restart with the same STEWARD_BOOTSTRAP_ADMIN_KEY does

    assertThat(api.get(bootstrap, "/api/v1/admin/api-keys").status()).isEqualTo(401);
  }
}
