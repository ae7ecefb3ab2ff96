package com.steward.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import com.steward.support.MutableClock;
import com.steward.support.OwnServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** A restart in the middle of a window changes nothing: the deadline is in the database. */
class RestartIntegrationTests {

  @TempDir
  Path dataDir;

  ConfigurableApplicationContext start(MutableClock clock) {
    return OwnServer.at(dataDir).set("steward.scheduler-poll-interval", "200ms").clock(clock).start();
  }

  static Api api(ConfigurableApplicationContext ctx) {
    return OwnServer.api(ctx);
  }

  @Test
  void restoresAfterRestartWhenTheResponseWindowEndedWhileDown() {
    MutableClock clock = new MutableClock(IntegrationTest.START);
    String noticeId;
    Fixtures.Holder holder;
    Fixtures.Market market;
    String listing;
    try (var first = start(clock)) {
      Api api = api(first);
      var fx = new Fixtures(api);
      market = fx.marketplace();
      var seller = fx.seller(market);
      holder = fx.holder();
      listing = fx.listing(market, seller, "ACME boots");
      var filed = fx.notice(holder, market, listing);
      noticeId = filed.str("id");
      String item = filed.str("items[0].id");
      assertThat(api.post(fx.analystKey(), "/api/v1/notices/" + noticeId + "/items/" + item + "/review",
          Map.of("decision", "ACCEPT", "reason", "Counterfeit")).status()).isEqualTo(200);
      var cn = api.post(seller.key(), "/api/v1/notices/" + noticeId + "/items/" + item + "/counter-notice",
          Map.of("explanation", "Genuine stock from the brand's own outlet; receipt attached.", "evidence",
              List.of(Map.of("title", "Receipt", "url", "https://files.example/r.pdf")), "consentToJurisdiction",
              true));
      assertThat(cn.str("status")).isEqualTo("COUNTER_NOTICED");
    }
    clock.advance(Duration.ofDays(30));
    try (var second = start(clock)) {
      Api api = api(second);
      await().atMost(Duration.ofSeconds(20)).until(() ->
          "RESTORED".equals(api.get(holder.key(), "/api/v1/notices/" + noticeId).str("items[0].status")));
      assertThat(api.get(market.key(), "/api/v1/marketplaces/" + market.code() + "/listings/" + listing)
          .str("status")).isEqualTo("ACTIVE");
    }
  }
}
