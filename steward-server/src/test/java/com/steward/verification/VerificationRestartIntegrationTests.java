package com.steward.verification;

import static com.steward.verification.VerificationSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import com.steward.support.MutableClock;
import com.steward.support.OwnServer;
import com.steward.support.TestSecrets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The yearly re-verification is a durable deadline: it falls due while the server is down and is
 * acted on when it starts again, then the case expires when the seller does not answer. The second
 * server runs with a rotated encryption key and re-encrypts; what was sealed stays readable.
 */
class VerificationRestartIntegrationTests {

  @TempDir
  Path dataDir;

  ConfigurableApplicationContext start(MutableClock clock, String activeKey) {
    return OwnServer.at(dataDir).set("steward.scheduler-poll-interval", "200ms")
        .set("steward.secrets.active-encryption-key", activeKey).clock(clock).start();
  }

  static String url(ConfigurableApplicationContext ctx) {
    return OwnServer.url(ctx);
  }

  @Test
  void aReverificationFallsDueAfterARestartAndTheCaseExpiresWhenNotAnswered() throws Exception {
    MutableClock clock = new MutableClock(IntegrationTest.START);
    Fixtures.Market market;
    Fixtures.SellerAccount seller;
    String base;
    String caseId;
    String analyst;
    String documentId;
    byte[] document;
    var trader = VerificationSteps.Trader.random();
    try (var first = start(clock, TestSecrets.ACTIVE)) {
      Api api = new Api(url(first));
      var fx = new Fixtures(api);
      market = fx.marketplace();
      seller = fx.seller(market);
      analyst = fx.analystKey();
      base = VerificationSteps.base(market, seller);
      caseId = new VerificationSteps(api).approved(seller.key(), base, trader, analyst);
      var view = ok(api.get(seller.key(), base), 200);
      assertThat(view.str("reverifyDueAt")).isEqualTo("2027-03-02T09:00:00Z");
      documentId = view.str("documents[0].id");
      document = bytes(url(first), analyst, documentId);
    }

    clock.advance(Duration.ofDays(365).plusMinutes(1));
    try (var second = start(clock, TestSecrets.ROTATED)) {
      Api api = new Api(url(second));
      await().atMost(Duration.ofSeconds(60)).until(() ->
          "REVERIFICATION_DUE".equals(api.get(seller.key(), base).str("status")));
      var due = ok(api.get(seller.key(), base), 200);
      assertThat(due.str("roundReason")).isEqualTo("yearly re-verification");
      assertThat(due.str("graceUntil")).isEqualTo("2027-04-01T09:01:00Z");
      assertThat(api.get(market.key(), "/api/v1/marketplaces/" + market.code() + "/events").body())
          .contains("seller.reverification_due");

      var rotated = ok(api.post(IntegrationTest.ADMIN_KEY, "/api/v1/admin/verification/re-encryption", Map.of()), 200);
      assertThat(rotated.str("activeKey")).isEqualTo(TestSecrets.ROTATED);
      assertThat(((Number) rotated.at("reencrypted")).intValue()).isGreaterThanOrEqualTo(3);
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      assertThat(jdbc.sql("""
          SELECT key_id FROM verification_trader_info WHERE case_id = CAST(:id AS uuid)
          UNION SELECT key_id FROM verification_document WHERE case_id = CAST(:id AS uuid)
          """).param("id", caseId).query(String.class).list()).containsExactly(TestSecrets.ROTATED);
      assertThat(bytes(url(second), analyst, documentId)).isEqualTo(document);
      assertThat(ok(api.get(analyst, "/api/v1/verification/cases/" + caseId), 200).str("traderInformation.email"))
          .isEqualTo(trader.email());

      clock.advance(Duration.ofDays(30));
      await().atMost(Duration.ofSeconds(60)).until(() -> "EXPIRED".equals(api.get(seller.key(), base).str("status")));
      assertThat(api.get(seller.key(), base).str("decisions[1].statementOfReasons.kind")).isEqualTo("RESTRICTION");
    }
  }

  static byte[] bytes(String url, String key, String documentId) throws Exception {
    var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/api/v1/verification/documents/"
        + documentId)).header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }
}
