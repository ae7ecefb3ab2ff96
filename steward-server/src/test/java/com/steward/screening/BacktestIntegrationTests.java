package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A draft rule set is tried over the catalogue without touching it. */
class BacktestIntegrationTests extends IntegrationTest {

  @Test
  void aStricterDraftShowsWhatWouldChangeAndChangesNothing() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String brand = Fixtures.brandName("Bt");
    fixtures.approvedBrand(h, Map.of("name", brand));
    var put = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/bt-1", Map.of("sellerId", s.id(),
        "storeId", "st-" + s.id(), "title", brand + " jacket, used"));
    assertThat(put.str("screening.action")).isEqualTo("ALLOW");

    var draft = Map.of("version", "draft-strict", "defaults", Map.of("refer", 0.5, "block", 0.85), "rules", List.of(
        Map.of("id", "any-mention", "description", "Any unauthorised mention blocks", "weight", 0.9,
            "when", Map.of("all", List.of(Map.of("is", "UNAUTHORISED_MENTION"),
                Map.of("not", Map.of("is", "ONLY_IN_DESCRIPTION"))))),
        Map.of("id", "stuffing", "weight", 0.8, "effects", List.of("SUSPEND_MARKETING"),
            "when", Map.of("atLeast", Map.of("measure", "DISTINCT_BRANDS", "value", 3)))));
    var result = api.post(ADMIN_KEY, "/api/v1/screening/backtest?limit=100000", draft);
    assertThat(result.status()).as(result.toString()).isEqualTo(200);
    assertThat(result.str("draftVersion")).isEqualTo("draft-strict");
    assertThat(Integer.parseInt(result.str("changes.ALLOW->BLOCK"))).isGreaterThanOrEqualTo(1);
    // the catalogue holds every test's listings, and samples are the first 20 changes: one marketplace's are exact
    var own = api.post(ADMIN_KEY, "/api/v1/screening/backtest?marketplace=" + m.code(), draft);
    assertThat(own.str("listings")).isEqualTo("1");
    assertThat(own.str("changes.ALLOW->BLOCK")).isEqualTo("1");
    assertThat((Map<?, ?>) own.at("changes")).hasSize(1);
    assertThat(own.str("samples[0].listingId")).isEqualTo("bt-1");
    assertThat(api.post(ADMIN_KEY, "/api/v1/screening/backtest?marketplace=no-such-market", draft).status())
        .isEqualTo(404);
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/bt-1").str("status"))
        .as("a backtest acts on nothing").isEqualTo("ACTIVE");
  }

  @Test
  void aBrokenDraftIsRefusedWithThePathOfEachMistake() {
    var draft = Map.of("version", "bad", "defaults", Map.of("refer", 0.9, "block", 0.5), "rules", List.of(
        Map.of("id", "r1", "weight", 2, "when", Map.of("is", "NO_SUCH_SIGNAL")),
        Map.of("id", "r2", "weight", 0.5, "when", Map.of("all", List.of(Map.of("atLeast",
            Map.of("measure", "DISTINCT_BRANDS")))))));
    var r = api.post(ADMIN_KEY, "/api/v1/screening/backtest", draft);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("defaults", "rules[0].weight", "rules[0].when.is", "rules[1].when.all[0].atLeast.value");
    assertThat(api.post(fixtures.holder().key(), "/api/v1/screening/backtest", draft).status()).isEqualTo(403);
  }
}
