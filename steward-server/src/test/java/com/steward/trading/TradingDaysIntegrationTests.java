package com.steward.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A marketplace reports its trading per day: validated field by field, replaced when sent again, its own only. */
class TradingDaysIntegrationTests extends IntegrationTest {

  @Autowired
  JdbcClient jdbc;

  static Map<String, Object> figures(Object orders, Object refunds, Object refundsAsFake) {
    var body = new HashMap<String, Object>();
    body.put("orders", orders);
    body.put("refunds", refunds);
    body.put("refundsAsFake", refundsAsFake);
    return body;
  }

  Api.Response put(String key, Fixtures.Market m, String day, Object body) {
    return api.put(key, "/api/v1/marketplaces/" + m.code() + "/trading-days/" + day, body);
  }

  @Test
  void aDayReportedAgainReplacesTheFirstFigures() {
    var m = fixtures.marketplace();
    var first = put(m.key(), m, "2026-03-01", figures(120, 7, 3));
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json()).isEqualTo(Map.of("day", "2026-03-01", "orders", 120, "refunds", 7, "refundsAsFake", 3));
    var again = put(m.key(), m, "2026-03-01", figures(130, 9, 4));
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(put(ADMIN_KEY, m, "2026-02-28", figures(0, 0, 0)).status()).as("staff may report too").isEqualTo(200);

    var list = api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/trading-days?from=2026-03-01&to=2026-03-02");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    assertThat((List<?>) list.json()).hasSize(1);
    assertThat(list.str("[0].orders")).isEqualTo("130");
    assertThat(list.str("[0].refunds")).isEqualTo("9");
    assertThat(list.str("[0].refundsAsFake")).isEqualTo("4");
    assertThat(list.str("[0].reportedBy")).startsWith("marketplace:");
    assertThat((List<?>) api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/trading-days").json()).hasSize(2);
    assertThat(jdbc.sql("""
        SELECT count(*) FROM trading_day t JOIN marketplace m ON m.id = t.marketplace_id
         WHERE m.code = :code AND t.day = DATE '2026-03-01'
        """).param("code", m.code()).query(Long.class).single()).isEqualTo(1L);
  }

  @Test
  void badFiguresAreRefusedNamingTheField() {
    var m = fixtures.marketplace();
    refused(put(m.key(), m, "2026-03-01", figures(null, 1, 0)), "orders");
    refused(put(m.key(), m, "2026-03-01", figures(10, -1, 0)), "refunds");
    refused(put(m.key(), m, "2026-03-01", figures(10, 11, 0)), "refunds");
    refused(put(m.key(), m, "2026-03-01", figures(10, 5, 6)), "refundsAsFake");
    refused(put(m.key(), m, "2026-03-01", figures(1_000_000_001L, 5, 1)), "orders");
    refused(put(m.key(), m, "2026-13-01", figures(10, 5, 1)), "day");
    refused(put(m.key(), m, "yesterday", figures(10, 5, 1)), "day");
    refused(put(m.key(), m, "2026-03-03", figures(10, 5, 1)), "day");
    refused(put(m.key(), m, "2026-03-01", "{\"orders\":\"many\",\"refunds\":1,\"refundsAsFake\":0}"), "orders");
    refused(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/trading-days?from=March"), "from");
    assertThat(put(m.key(), m, "2026-03-02", figures(10, 5, 1)).status()).as("today is allowed").isEqualTo(200);
    assertThat(put(m.key(), m, "2026-03-01", figures(0, 0, 0)).status()).isEqualTo(200);
  }

  @Test
  void onlyTheMarketplaceItselfAndStaffReportOrReadItsDays() {
    var m = fixtures.marketplace();
    var other = fixtures.marketplace();
    var seller = fixtures.seller(m);
    var holder = fixtures.holder();
    assertThat(put(m.key(), m, "2026-03-01", figures(100, 5, 1)).status()).isEqualTo(200);
    String days = "/api/v1/marketplaces/" + m.code() + "/trading-days";
    assertThat(put(other.key(), m, "2026-03-01", figures(1, 1, 1)).status()).isEqualTo(404);
    assertThat(api.get(other.key(), days).status()).isEqualTo(404);
    assertThat(put(seller.key(), m, "2026-03-01", figures(1, 1, 1)).status()).isEqualTo(403);
    assertThat(api.get(seller.key(), days).status()).isEqualTo(403);
    assertThat(put(holder.key(), m, "2026-03-01", figures(1, 1, 1)).status()).isEqualTo(403);
    assertThat(api.get(fixtures.analystKey(), days).str("[0].orders")).isEqualTo("100");
    assertThat(api.get(m.key(), days).str("[0].orders")).as("the intruders changed nothing").isEqualTo("100");
  }

  private static void refused(Api.Response r, String field) {
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body()).contains("\"field\":\"" + field + "\"");
  }
}
