package com.steward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import com.steward.support.PageClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The console's linkage page: a held registration decided through its form, and a rescan started and followed. */
class LinkagePagesIntegrationTests extends IntegrationTest {

  @Autowired
  com.steward.platform.scheduling.Deadlines deadlines;

  PageClient analyst() {
    String user = "analyst-" + Fixtures.suffix();
    assertThat(api.post(ADMIN_KEY, "/api/v1/admin/users", Map.of("username", user, "password", "long-enough-pw",
        "role", "ANALYST")).status()).isEqualTo(201);
    return new PageClient(port).signIn(user, "long-enough-pw");
  }

  String register(Fixtures.Market m, String id, Map<String, Object> identity) {
    var r = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + id, Map.of("displayName", "Shop " + id,
        "accountType", "PRIVATE", "stores", List.of(Map.of("id", "st-" + id, "name", "Store " + id)), "identity",
        identity));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.str("linkage.cluster");
  }

  @Test
  void aHeldRegistrationIsClearedThroughItsForm() {
    var m = fixtures.marketplace();
    String original = register(m, "orig-" + Fixtures.suffix(), LinkageIntegrationTests.person("Sophie", "Hartmann",
        "sophie.h@example.org", "+49 30 1234567", LinkageIntegrationTests.IBAN, LinkageIntegrationTests.PASSPORT));
    api.post(fixtures.analystKey(), "/api/v1/marketplaces/" + m.code() + "/clusters/" + original + "/ban",
        Map.of("reason", "counterfeit handbags, three upheld notices"));
    String held = "look-" + Fixtures.suffix();
    register(m, held, LinkageIntegrationTests.person("Sofie", "Hartman", "other.person@example.com",
        "+49 89 7654321", null, null));
    String review = ((List<Map<String, Object>>) api.get(fixtures.analystKey(), "/api/v1/linkage-reviews").json())
        .stream().filter(r -> held.equals(r.get("sellerId"))).map(r -> String.valueOf(r.get("id"))).findFirst()
        .orElseThrow();

    var console = analyst();
    assertThat(console.get("/console/linkage").body()).contains("id=\"review-" + review + "\"")
        .contains(m.code() + " / " + held);
    String decide = "/console/linkage/reviews/" + review + "/decision";
    var unsure = console.submit("/console/linkage", decide, Map.of("decision", "MAYBE", "reason", "not sure yet"));
    assertThat(unsure.headers().firstValue("Location").orElse("")).endsWith("/console/linkage");
    assertThat(console.get("/console/linkage").body()).contains("decision: one of BAN, CLEAR");

    console.submit("/console/linkage", decide, Map.of("decision", "CLEAR", "reason",
        "a different person: other birth place and a verified identity document"));
    assertThat(console.get("/console/linkage").body()).contains("Registration of " + held + " CLEARED.")
        .doesNotContain("id=\"review-" + review + "\"");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + held).str("status"))
        .isEqualTo("ACTIVE");
  }

  @Test
  void aRescanIsStartedFromThePageAndItsProgressShown() {
    var m = fixtures.marketplace();
    register(m, "rs-" + Fixtures.suffix(), LinkageIntegrationTests.person("Tom", "Wagner", "t.w@example.org", null,
        LinkageIntegrationTests.IBAN, null));
    var console = analyst();
    Pattern never = Pattern.compile("\\(" + m.code() + "\\)</td>\\s*<td>\\s*<span class=\"muted\">never");
    assertThat(never.matcher(console.get("/console/linkage").body()).find()).isTrue();

    console.submit("/console/linkage", "/console/linkage/rescans", Map.of("marketplace", m.code()));
    assertThat(console.get("/console/linkage").body()).contains("Rescan of " + m.code() + " started.");
    deadlines.checkNow();
    Pattern done = Pattern.compile("\\(" + m.code() + "\\)</td>\\s*<td><span class=\"status\">DONE</span>");
    Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
        .until(() -> done.matcher(console.get("/console/linkage").body()).find());
    Pattern counted = Pattern.compile("\\(" + m.code() + "\\)</td>(?:(?!</tr>).)*>1 / 1, ", Pattern.DOTALL);
    assertThat(counted.matcher(console.get("/console/linkage").body()).find()).isTrue();
  }
}
