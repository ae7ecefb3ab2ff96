package com.steward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditIntegrationTests extends IntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Test
  void everyStepOfANoticeIsChainedAndTheChainVerifies() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    var filed = fixtures.notice(h, m, fixtures.listing(m, s, "ACME scarf"));
    String item = filed.str("items[0].id");
    api.post(fixtures.analystKey(), "/api/v1/notices/" + filed.str("id") + "/items/" + item + "/review",
        Map.of("decision", "ACCEPT", "reason", "Counterfeit"));
    var trail = api.get(ADMIN_KEY, "/api/v1/audit?subjectType=notice_item&subjectId=" + item);
    assertThat(trail.str("[0].action")).isEqualTo("notice_item.taken_down");
    assertThat(trail.str("[0].actor")).startsWith("analyst:");
    var verify = api.get(ADMIN_KEY, "/api/v1/audit/verify");
    assertThat(verify.str("valid")).isEqualTo("true");
    assertThat(Long.parseLong(verify.str("entries"))).isGreaterThan(5);
  }

  @Test
  void issuingKeysAndUsersIsAudited() {
    var m = fixtures.marketplace();
    String user = "auditor-" + com.steward.support.Fixtures.suffix();
    api.post(ADMIN_KEY, "/api/v1/admin/users", Map.of("username", user, "password", "long-enough-pw", "role",
        "ANALYST"));
    var trail = api.get(ADMIN_KEY, "/api/v1/audit?subjectType=app_user&subjectId=" + user);
    assertThat(trail.str("[0].action")).isEqualTo("user.saved");
    assertThat(trail.str("[0].actor")).isEqualTo("admin:bootstrap");
    api.get(ADMIN_KEY, "/api/v1/audit/verify"); // chains what was committed a moment ago
    assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'api_key.issued' AND detail LIKE :code")
        .param("code", "%" + m.code() + "%").query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void theDatabaseRefusesToRewriteHistory() {
    fixtures.marketplace();
    assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'someone else'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update()).hasMessageContaining("append-only");
  }
}
