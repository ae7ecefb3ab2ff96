package com.steward.programs;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A notifier's record, from the outcomes of its notices, for staff and for itself only. */
class ReputationIntegrationTests extends IntegrationTest {

  @Test
  void outcomesOfNoticesBecomeAnAccuracyWithABoundThatOnlyStaffAndTheNotifierSee() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String analyst = fixtures.analystKey();
    String[] item = new String[4];
    String[] notice = new String[4];
    for (int i = 0; i < 4; i++) {
      var filed = fixtures.notice(h, m, fixtures.listing(m, s, "ACME trail shoes lot " + i));
      assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
      notice[i] = filed.str("id");
      item[i] = filed.str("items[0].id");
    }
    review(analyst, notice[0], item[0], "ACCEPT");
    counterNotice(s.key(), notice[0], item[0]);
    respond(h.key(), notice[0], item[0], Map.of("action", "UPHOLD_WITH_EVIDENCE", "explanation", "Action filed.",
        "evidence", List.of(Map.of("title", "Court filing", "url", "https://court.example/case/9"))));
    review(analyst, notice[1], item[1], "ACCEPT");
    counterNotice(s.key(), notice[1], item[1]);
    respond(h.key(), notice[1], item[1], Map.of("action", "WITHDRAW", "explanation", "The invoice is genuine."));
    review(analyst, notice[2], item[2], "REJECT");
    clock.advance(Duration.ofDays(1));

    var own = api.get(h.key(), "/api/v1/rights-holders/" + h.id() + "/reputation");
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(own.str("upheld")).isEqualTo("1");
    assertThat(own.str("reversed")).isEqualTo("1");
    assertThat(own.str("rejected")).isEqualTo("1");
    assertThat(own.str("pending")).isEqualTo("1");
    assertThat(own.str("decided")).isEqualTo("3");
    assertThat(Double.parseDouble(own.str("accuracy"))).as("(1 + 1) / (3 + 2)").isEqualTo(0.4);
    assertThat(Double.parseDouble(own.str("accuracyLower"))).as("three items prove little").isLessThan(0.15);
    assertThat(Double.parseDouble(own.str("counterNoticeSuccess"))).as("(1 + 1) / (2 + 2)").isEqualTo(0.5);
    assertThat(own.str("byPrincipal[0].principalId")).isEqualTo(h.id().toString());
    assertThat(own.str("history[0].month")).isEqualTo("2026-03");
    assertThat(own.str("history[0].decided")).isEqualTo("3");

    assertThat(api.get(analyst, "/api/v1/rights-holders/" + h.id() + "/reputation").str("decided")).isEqualTo("3");
    assertThat(api.get(analyst, "/api/v1/reputation").body()).contains(h.id().toString());
    assertThat(api.get(fixtures.holder().key(), "/api/v1/rights-holders/" + h.id() + "/reputation").status())
        .as("another notifier's record is not found").isEqualTo(404);
    assertThat(api.get(s.key(), "/api/v1/rights-holders/" + h.id() + "/reputation").status()).isEqualTo(404);
    assertThat(api.get(h.key(), "/api/v1/reputation").status()).as("the list is for staff").isEqualTo(403);
    assertThat(api.get(m.key(), "/api/v1/reputation").status()).isEqualTo(403);

    clock.advance(Duration.ofDays(200));
    assertThat(api.get(h.key(), "/api/v1/rights-holders/" + h.id() + "/reputation").str("decided"))
        .as("out of the three-month window").isEqualTo("0");
    assertThat(api.get(h.key(), "/api/v1/rights-holders/" + h.id() + "/reputation?months=12").str("decided"))
        .isEqualTo("3");
  }

  private void review(String analyst, String notice, String item, String decision) {
    var r = api.post(analyst, "/api/v1/notices/" + notice + "/items/" + item + "/review",
        Map.of("decision", decision, "reason", "Checked against the brand's product list"));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  private void counterNotice(String sellerKey, String notice, String item) {
    var r = api.post(sellerKey, "/api/v1/notices/" + notice + "/items/" + item + "/counter-notice",
        Map.of("explanation", "Bought from the brand's authorised distributor; invoice attached.",
            "evidence", List.of(Map.of("title", "Invoice", "url", "https://files.example/invoice.pdf")),
            "consentToJurisdiction", true));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  private void respond(String holderKey, String notice, String item, Map<String, Object> body) {
    var r = api.post(holderKey, "/api/v1/notices/" + notice + "/items/" + item + "/response", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }
}
