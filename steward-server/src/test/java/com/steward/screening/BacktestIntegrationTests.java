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
    assertThat(own.str("complete")).as("the marketplace has one listing: all were tried").isEqualTo("true");
    api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/bt-2", Map.of("sellerId", s.id(),
        "storeId", "st-" + s.id(), "title", "Plain jacket"));
    var part = api.post(ADMIN_KEY, "/api/v1/screening/backtest?limit=1&marketplace=" + m.code(), draft);
    assertThat(part.str("listings")).isEqualTo("1");
    assertThat(part.str("complete")).as("the limit stopped it before the marketplace's last listing").isEqualTo("false");
    for (String limit : List.of("0", "-1", "100001")) {
      var bad = api.post(ADMIN_KEY, "/api/v1/screening/backtest?limit=" + limit, draft);
      assertThat(bad.status()).as(limit + ": " + bad).isEqualTo(400);
      assertThat(bad.str("field")).isEqualTo("limit");
    }
    assertThat(api.post(ADMIN_KEY, "/api/v1/screening/backtest?marketplace=no-such-market", draft).status())
        .isEqualTo(404);
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/bt-1").str("status"))
        .as("a backtest acts on nothing").isEqualTo("ACTIVE");
  }

  @Test
  void eachListingIsTriedWithItsOwnSellersRatingAndStore() {
    var m = fixtures.marketplace();
    var rated = fixtures.seller(m);
    var unauthorised = fixtures.seller(m);
    var flagship = fixtures.seller(m);
    var h = fixtures.holder();
    String brand = Fixtures.brandName("Bp");
    fixtures.approvedBrand(h, Map.of("name", brand, "authorizedSellers", List.of(m.code() + ":" + rated.id()),
        "authorizedStores", List.of(m.code() + ":flag-" + flagship.id())));
    var metrics = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + rated.id() + "/metrics",
        Map.of("orders12m", 900, "refundRate", 0.01, "fakeRefundRate", 0.0));
    assertThat(metrics.status()).as("a rating is stored for this seller only").isEqualTo(200);
    // the three sellers' listings in turn, so that a page of the catalogue mixes them
    var expected = new java.util.TreeSet<String>();
    for (int i = 0; i < 6; i++) {
      for (var s : List.of(rated, unauthorised, flagship)) {
        String id = "bp-" + i + "-" + (s == rated ? "rated" : s == flagship ? "flagship" : "other");
        String store = s == flagship ? "flag-" + s.id() : "st-" + s.id();
        var put = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id, Map.of("sellerId", s.id(),
            "storeId", store, "title", brand + " wool coat " + i));
        assertThat(put.str("screening.action")).as(put.toString()).isEqualTo("ALLOW");
        if (s != flagship) {
          expected.add(id);
        }
      }
    }
    // blocks a listing of a seller with a stored rating, and one that names the brand unauthorised
    var draft = Map.of("version", "draft-per-seller", "defaults", Map.of("refer", 0.5, "block", 0.85), "rules",
        List.of(Map.of("id", "rated", "weight", 0.9, "when", Map.of("atLeast", Map.of("measure", "SELLER_RATING",
            "value", 0.0))),
        Map.of("id", "unauthorised", "weight", 0.9, "when", Map.of("is", "UNAUTHORISED_MENTION"))));
    var r = api.post(ADMIN_KEY, "/api/v1/screening/backtest?marketplace=" + m.code(), draft);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.str("listings")).isEqualTo("18");
    assertThat(r.str("changes.ALLOW->BLOCK")).isEqualTo("12");
    var changed = new java.util.TreeSet<String>();
    for (Object sample : (List<?>) r.at("samples")) {
      var x = (Map<?, ?>) sample;
      changed.add((String) x.get("listingId"));
      assertThat(((Map<?, ?>) x.get("draft")).get("rules")).as(x.get("listingId").toString())
          .isEqualTo(List.of(x.get("listingId").toString().endsWith("rated") ? "rated" : "unauthorised"));
    }
    assertThat(changed).as("the flagship store's listings are authorised, the others' are not").isEqualTo(expected);
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
