package com.steward.programs;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DSA Art. 23: a notifier whose notices against one competitor keep failing is warned, suspended, and heard. */
class MisuseIntegrationTests extends IntegrationTest {

  @Test
  void unfoundedNoticesAgainstACompetitorLeadToAWarningThenASuspensionThatAnAppealLifts() {
    var m = fixtures.marketplace();
    var competitor = fixtures.seller(m);
    var h = fixtures.holder();
    String analyst = fixtures.analystKey();
    for (int i = 0; i < 12; i++) {
      var filed = fixtures.notice(h, m, fixtures.listing(m, competitor, "Trail shoes, own design, model " + i));
      var r = api.post(analyst, "/api/v1/notices/" + filed.str("id") + "/items/" + filed.str("items[0].id")
          + "/review", Map.of("decision", i == 0 ? "ACCEPT" : "REJECT", "reason", "Checked against the register"));
      assertThat(r.status()).isEqualTo(200);
    }
    assertThat(api.post(h.key(), "/api/v1/misuse/review", Map.of()).status()).as("staff run the review").isEqualTo(403);
    var review = api.post(analyst, "/api/v1/misuse/review", Map.of());
    assertThat(review.status()).as(review.toString()).isEqualTo(200);
    var cases = api.get(h.key(), "/api/v1/misuse-cases");
    assertThat(cases.str("[0].status")).as(cases.toString()).isEqualTo("WARNED");
    assertThat(cases.str("[0].statement")).contains("DSA Art. 23(1)", "11 of 11 settled notice items",
        "named one seller");
    String id = cases.str("[0].id");
    assertThat(fixtures.notice(h, m, fixtures.listing(m, competitor, "Trail shoes, model 99")).status())
        .as("a warning does not stop notices").isEqualTo(201);

    clock.advance(Duration.ofDays(15));
    api.post(analyst, "/api/v1/misuse/review", Map.of());
    var suspended = api.get(h.key(), "/api/v1/misuse-cases/" + id);
    assertThat(suspended.str("status")).isEqualTo("SUSPENDED");
    assertThat(suspended.str("statement")).contains("DSA Art. 23(2)", "You may appeal");
    var refused = fixtures.notice(h, m, fixtures.listing(m, competitor, "Trail shoes, model 100"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("Art. 23(2)");

    assertThat(api.get(fixtures.holder().key(), "/api/v1/misuse-cases/" + id).status()).isEqualTo(404);
    assertThat(api.get(competitor.key(), "/api/v1/misuse-cases/" + id).status()).isEqualTo(404);
    assertThat(api.get(m.key(), "/api/v1/misuse-cases").status()).isEqualTo(403);
    assertThat(api.post(h.key(), "/api/v1/misuse-cases/" + id + "/appeal", Map.of("explanation", "no")).body())
        .contains("\"explanation\"");
    var appealed = api.post(h.key(), "/api/v1/misuse-cases/" + id + "/appeal", Map.of("explanation",
        "Our agency filed these without our review; we have ended its mandate and checked every listing again."));
    assertThat(appealed.status()).as(appealed.toString()).isEqualTo(200);
    assertThat(api.post(h.key(), "/api/v1/misuse-cases/" + id + "/appeal", Map.of("explanation",
        "And once more, with feeling, a second appeal.")).status()).isEqualTo(409);
    assertThat(api.post(h.key(), "/api/v1/misuse-cases/" + id + "/appeal-decision",
        Map.of("decision", "LIFT", "reason", "mine")).status()).isEqualTo(403);
    var lifted = api.post(analyst, "/api/v1/misuse-cases/" + id + "/appeal-decision",
        Map.of("decision", "LIFT", "reason", "Mandate ended; the notifier's own notices are sound"));
    assertThat(lifted.str("status")).as(lifted.toString()).isEqualTo("LIFTED");
    assertThat(fixtures.notice(h, m, fixtures.listing(m, competitor, "Trail shoes, model 101")).status())
        .isEqualTo(201);
    assertThat(api.get(ADMIN_KEY, "/api/v1/audit?subjectType=rights_holder&subjectId=" + h.id()).body())
        .contains("misuse.warned", "misuse.suspended");
    assertThat(api.get(ADMIN_KEY, "/api/v1/audit?subjectType=misuse_case&subjectId=" + id).body())
        .contains("misuse.appealed", "misuse.appeal_lift");
  }

  @Test
  void aSellerWhoseCounterNoticesKeepFailingIsWarned() {
    var m = fixtures.marketplace();
    fixtures.warningsOnlyLadder(m);
    var seller = fixtures.seller(m);
    var h = fixtures.holder();
    String analyst = fixtures.analystKey();
    for (int i = 0; i < 15; i++) {
      var filed = fixtures.notice(h, m, fixtures.listing(m, seller, "Counterfeit belt, batch " + i));
      String item = "/api/v1/notices/" + filed.str("id") + "/items/" + filed.str("items[0].id");
      api.post(analyst, item + "/review", Map.of("decision", "ACCEPT", "reason", "Fake buckle"));
      assertThat(api.post(seller.key(), item + "/counter-notice", Map.of("explanation",
          "Genuine stock from a wholesaler, trust me on this.", "evidence", java.util.List.of(),
          "consentToJurisdiction", true)).status()).isEqualTo(200);
      assertThat(api.post(h.key(), item + "/response", Map.of("action", "UPHOLD_WITH_EVIDENCE", "explanation",
          "Test purchase confirmed the fake", "evidence", java.util.List.of(Map.of("title", "Lab report",
              "url", "https://lab.example/report-" + i)))).str("status")).isEqualTo("UPHELD");
    }
    api.post(analyst, "/api/v1/misuse/review", Map.of());
    var cases = api.get(seller.key(), "/api/v1/misuse-cases");
    assertThat(cases.str("[0].subjectType")).as(cases.toString()).isEqualTo("SELLER");
    assertThat(cases.str("[0].status")).isEqualTo("WARNED");
    assertThat(cases.str("[0].statement")).contains("counter-notices", "15 of 15 settled counter-notices");
    assertThat(api.get(h.key(), "/api/v1/misuse-cases").body()).doesNotContain(cases.str("[0].id"));
  }
}
