package com.steward.simulations;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import com.steward.support.PageClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator reports its metrics for its own marketplace; staff read them in the console. */
class SimulationRunIntegrationTests extends IntegrationTest {

  static Map<String, Object> run(long seed) {
    return Map.of("seed", seed, "days", 365, "summary", "212 sellers, 2000 listings planned",
        "rows", List.of(Map.of("metric", "infringing removals that were proactive", "value", "81.1%", "counts", "167/206"),
            Map.of("metric", "dummy-ring linkage F1 (pairs)", "value", "1.000", "counts", "P 1.000, R 1.000")),
        "metrics", Map.of("proactiveShare", Map.of("value", 0.811, "part", 167, "whole", 206),
            "refunds", List.of(Map.of("fromDay", 0, "orders", 200, "fakeRefunds", 16),
                Map.of("fromDay", 15, "orders", 400, "fakeRefunds", 8), Map.of("fromDay", 30, "orders", 0, "fakeRefunds", 0))),
        "config", Map.of("seed", seed, "days", 365));
  }

  @Test
  void aMarketplaceReportsItsRunAndStaffSeeItInTheConsole() {
    var m = fixtures.marketplace();
    var posted = api.post(m.key(), "/api/v1/marketplaces/" + m.code() + "/simulation-runs", run(7));
    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    assertThat(posted.str("marketplace")).isEqualTo(m.code());
    assertThat(posted.str("createdBy")).isEqualTo("marketplace:" + m.code());

    var own = api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/simulation-runs");
    assertThat(own.str("[0].seed")).isEqualTo("7");
    assertThat(own.str("[0].rows[1].counts")).isEqualTo("P 1.000, R 1.000");
    assertThat(own.str("[0].metrics.proactiveShare.part")).isEqualTo("167");

    String user = "analyst-" + Fixtures.suffix();
    api.post(ADMIN_KEY, "/api/v1/admin/users", Map.of("username", user, "password", "long-enough-pw", "role", "ANALYST"));
    var page = new PageClient(port).signIn(user, "long-enough-pw").get("/console/simulations");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Marketplace " + m.code() + ": seed 7, 365 simulated days")
        .contains("infringing removals that were proactive").contains("81.1%").contains("167/206");
    // the refunds-for-fakes chart of the run: one bar per period, 8% then 2% then none
    String chart = page.body().substring(page.body().indexOf("id=\"chart-refunds-" + posted.str("id")));
    chart = chart.substring(0, chart.indexOf("</svg>"));
    assertThat(chart.split("class=\"bar\"", -1)).hasSize(4);
    assertThat(chart).contains("day 1", "day 16", "day 31");
  }

  @Test
  void noMarketplaceReadsOrWritesAnothersRunsAndSellersWriteNone() {
    var mine = fixtures.marketplace();
    var other = fixtures.marketplace();
    api.post(mine.key(), "/api/v1/marketplaces/" + mine.code() + "/simulation-runs", run(1));
    assertThat(api.post(other.key(), "/api/v1/marketplaces/" + mine.code() + "/simulation-runs", run(2)).status())
        .isEqualTo(404);
    var read = api.get(other.key(), "/api/v1/marketplaces/" + mine.code() + "/simulation-runs");
    assertThat(read.status()).isEqualTo(404);
    assertThat(read.body()).doesNotContain("proactive");
    var seller = fixtures.seller(mine);
    assertThat(api.post(seller.key(), "/api/v1/marketplaces/" + mine.code() + "/simulation-runs", run(3)).status())
        .isEqualTo(404);
    assertThat(api.get(seller.key(), "/api/v1/marketplaces/" + mine.code() + "/simulation-runs").status())
        .isEqualTo(404);
    assertThat(api.get(mine.key(), "/api/v1/marketplaces/" + mine.code() + "/simulation-runs").body())
        .doesNotContain("\"seed\":2").doesNotContain("\"seed\":3");
  }

  @Test
  void badReportsNameTheFieldAndStoreNothing() {
    var m = fixtures.marketplace();
    String path = "/api/v1/marketplaces/" + m.code() + "/simulation-runs";
    var noRows = new java.util.HashMap<>(run(1));
    noRows.put("rows", List.of());
    assertThat(api.post(m.key(), path, noRows).str("errors[0].field")).isEqualTo("rows");
    var hugeMetric = new java.util.HashMap<>(run(1));
    hugeMetric.put("rows", List.of(Map.of("metric", "x".repeat(5000), "value", "1", "counts", "")));
    var r = api.post(m.key(), path, hugeMetric);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.str("errors[0].field")).isEqualTo("rows[0].metric");
    var tooMany = new java.util.HashMap<>(run(1));
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      rows.add(Map.of("metric", "m" + i, "value", "1", "counts", ""));
    }
    tooMany.put("rows", rows);
    assertThat(api.post(m.key(), path, tooMany).str("errors[0].field")).isEqualTo("rows");
    var badDays = new java.util.HashMap<>(run(1));
    badDays.put("days", 0);
    assertThat(api.post(m.key(), path, badDays).str("errors[0].field")).isEqualTo("days");
    assertThat(api.get(m.key(), path).body()).isEqualTo("[]");
    var unicode = new java.util.HashMap<>(run(9));
    unicode.put("summary", "耐克 Ｎｉｋｅ <script>alert(1)</script>");
    assertThat(api.post(m.key(), path, unicode).status()).isEqualTo(201);
    assertThat(api.get(m.key(), path).str("[0].summary")).isEqualTo("耐克 Ｎｉｋｅ <script>alert(1)</script>");
  }
}
