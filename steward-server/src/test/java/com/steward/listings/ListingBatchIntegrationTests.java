package com.steward.listings;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListingBatchIntegrationTests extends IntegrationTest {

  static Map<String, Object> item(String id, String seller, String title) {
    var listing = new HashMap<String, Object>();
    listing.put("sellerId", seller);
    listing.put("storeId", "st-" + seller);
    listing.put("title", title);
    listing.put("price", 10);
    listing.put("currency", "EUR");
    return Map.of("id", id, "listing", listing);
  }

  /** {@code item} with its listing's {@code field} set to {@code value}. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> with(Map<String, Object> item, String field, Object value) {
    ((Map<String, Object>) item.get("listing")).put(field, value);
    return item;
  }

  @Test
  void goodItemsAreSavedAndEachBadOneIsReported() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var r = api.post(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings:batch", List.of(
        item("b-1", s.id(), "Plain tee"),
        item("b-2", s.id(), ""),
        item("b-3", s.id(), "Hoodie"),
        item("b-1", s.id(), "Plain tee again"),
        item("b-4", "nobody", "Cap"),
        item("b-5", s.id(), "Socks"),
        item("cat/6", s.id(), "Scarf")));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.str("accepted")).isEqualTo("3");
    assertThat(r.str("refused")).isEqualTo("4");
    assertThat(r.str("results[6].errors[0].field")).as("no path could address a listing 'cat/6'").isEqualTo("[6].id");
    assertThat(r.str("results[0].status")).isEqualTo("ACTIVE");
    assertThat(r.str("results[1].errors[0].field")).isEqualTo("[1].title");
    assertThat(r.str("results[3].errors[0].message")).contains("twice");
    assertThat(r.str("results[4].errors[0].field")).isEqualTo("[4].sellerId");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/b-5").status()).isEqualTo(200);
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/b-2").status()).isEqualTo(404);
  }

  @Test
  void anItemWithAFieldOfTheWrongTypeIsReportedAndTheOthersAreSaved() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var price = with(item("t-2", s.id(), "Wool socks"), "price", "abc");
    var status = with(item("t-3", s.id(), "Wool cap"), "status", "BOGUS");
    var items = new ArrayList<Object>(List.of(item("t-1", s.id(), "Wool scarf"), price, status, "not a listing"));
    items.add(null);
    items.add(Map.of("id", 7, "listing", List.of()));
    items.add(item("t-7", s.id(), "Wool gloves"));
    var r = api.post(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings:batch", items);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.str("accepted")).isEqualTo("2");
    assertThat(r.str("refused")).isEqualTo("5");
    assertThat(r.str("results[1].id")).isEqualTo("t-2");
    assertThat(r.str("results[1].errors[0].field")).isEqualTo("[1].price");
    assertThat(r.str("results[2].errors[0].field")).isEqualTo("[2].status");
    assertThat(r.str("results[2].errors[0].message")).contains("BOGUS").contains("INACTIVE");
    assertThat(r.str("results[3].errors[0].field")).isEqualTo("[3]");
    assertThat(r.str("results[4].errors[0].field")).isEqualTo("[4].id");
    assertThat(r.str("results[5].errors[0].field")).isEqualTo("[5].listing");
    for (String id : List.of("t-1", "t-7")) {
      assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id).status()).as(id).isEqualTo(200);
    }
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/t-2").status()).isEqualTo(404);
  }

  @Test
  void aPriceIsCheckedAsWrittenAsASinglePutChecksIt() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    String path = "/api/v1/marketplaces/" + m.code() + "/listings:batch";
    var items = new ArrayList<String>();
    List<String> prices = List.of("12.500", "1e-400", "99999999999.999999", "1e400", "0.30000000000000001", "19.99");
    for (int i = 0; i < prices.size(); i++) {
      items.add("{\"id\":\"p-" + i + "\",\"listing\":{\"sellerId\":\"" + s.id() + "\",\"storeId\":\"st\","
          + "\"title\":\"Wool coat\",\"price\":" + prices.get(i) + ",\"currency\":\"EUR\"}}");
    }
    items.add("{\"id\":77,\"listing\":{\"sellerId\":\"" + s.id() + "\",\"storeId\":\"st\",\"title\":\"Wool hat\","
        + "\"price\":\"cheap\"}}");
    byte[] body = ("[" + String.join(",", items) + "]").getBytes(StandardCharsets.UTF_8);
    var r = api.send(m.key(), "POST", path, "application/json", body, Map.of());
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.str("accepted")).isEqualTo("1");
    for (int i = 0; i < 5; i++) {
      assertThat(r.str("results[" + i + "].errors[0].field")).as(prices.get(i) + ": " + r).isEqualTo("[" + i + "].price");
    }
    assertThat(r.str("results[5].status")).isEqualTo("ACTIVE");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/p-5").str("price")).isEqualTo("19.99");
    assertThat(r.str("results[6].id")).as("a numeric id is named as it was written").isEqualTo("77");
    byte[] latin1 = ("[{\"id\":\"l-1\",\"listing\":{\"sellerId\":\"" + s.id() + "\",\"storeId\":\"st\","
        + "\"title\":\"Caf\u00e9 au lait mug\"}}]").getBytes(StandardCharsets.ISO_8859_1);
    var declared = api.send(m.key(), "POST", path, "application/json;charset=ISO-8859-1", latin1, Map.of());
    assertThat(declared.str("accepted")).as("read in the charset it declares: " + declared).isEqualTo("1");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/l-1").str("title"))
        .isEqualTo("Caf\u00e9 au lait mug");
    var plain = api.send(m.key(), "POST", path, "text/plain", body, Map.of());
    assertThat(plain.status()).as("a batch is JSON, as a single put is").isEqualTo(415);
    byte[] huge = new byte[25 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    var tooLarge = api.send(m.key(), "POST", path, "application/json", huge, Map.of());
    assertThat(tooLarge.status()).as("over the batch's 24 MiB").isEqualTo(413);
    for (String bad : List.of("{\"id\":\"x\"}", "[1,", "")) {
      var refused = api.send(m.key(), "POST", path, "application/json", bad.getBytes(StandardCharsets.UTF_8), Map.of());
      assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
      assertThat(refused.str("field")).isEqualTo("body");
    }
  }

  @Test
  void aBlankDescriptionIsNoneAndABadStoreNameIsReportedWithoutLosingTheBatch() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var blank = with(item("d-1", s.id(), "Linen shirt"), "description", "   ");
    var nul = item("d-2", s.id(), "Linen trousers");
    with(nul, "storeId", "new-store");
    with(nul, "storeName", "Pop\u0000up");
    var huge = item("d-3", s.id(), "Linen jacket");
    with(huge, "storeId", "other-store");
    with(huge, "storeName", "x".repeat(201));
    var r = api.post(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings:batch",
        List.of(blank, nul, huge, item("d-4", s.id(), "Linen scarf")));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.str("accepted")).isEqualTo("2");
    assertThat(r.str("results[1].errors[0].field")).isEqualTo("[1].storeName");
    assertThat(r.str("results[2].errors[0].field")).isEqualTo("[2].storeName");
    var saved = api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/d-1");
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.str("description")).isEmpty();
    var put = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/d-5", Map.of("sellerId", s.id(),
        "storeId", "st-" + s.id(), "title", "Linen hat", "description", " \t "));
    assertThat(put.status()).as(put.toString()).isEqualTo(201);
  }

  @Test
  void concurrentUpsertsOfOneListingAllLandOneVersionEach() throws Exception {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    int puts = 24;
    List<String> paths = List.of("c-1", "c-2").stream()
        .map(id -> "/api/v1/marketplaces/" + m.code() + "/listings/" + id).toList();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
    try {
      // every put of a round is sent at once: 24 for each of two listings neither of which exists yet
      var firstRound = new HashMap<String, List<java.util.concurrent.Future<com.steward.support.Api.Response>>>();
      for (int i = 0; i < puts; i++) {
        for (String path : paths) {
          String title = "Wool hat, colour " + i;
          firstRound.computeIfAbsent(path, p -> new ArrayList<>()).add(pool.submit(() -> api.put(m.key(), path,
              Map.of("sellerId", s.id(), "storeId", "st-" + s.id(), "title", title))));
        }
      }
      for (String path : paths) {
        int created = 0;
        for (var f : firstRound.get(path)) {
          var r = f.get();
          assertThat(r.status()).as("a new listing put by many at once: " + r).isIn(200, 201);
          created += r.status() == 201 ? 1 : 0;
        }
        assertThat(created).as("created once: " + path).isEqualTo(1);
      }
      var secondRound = new ArrayList<java.util.concurrent.Future<com.steward.support.Api.Response>>();
      for (int i = 0; i < puts; i++) {
        for (String path : paths) {
          String title = "Wool hat, size " + i;
          secondRound.add(pool.submit(() -> api.put(m.key(), path,
              Map.of("sellerId", s.id(), "storeId", "st-" + s.id(), "title", title))));
        }
      }
      for (var f : secondRound) {
        assertThat(f.get().status()).as(f.get().toString()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    for (String path : paths) {
      var listing = api.get(m.key(), path);
      assertThat(listing.str("version")).as("each change one version: " + path).isEqualTo(String.valueOf(2 * puts));
      assertThat(listing.str("title")).startsWith("Wool hat, size ");
    }
  }

  @Test
  void aBatchIsBoundedAndScopedToItsMarketplace() {
    var m = fixtures.marketplace();
    var other = fixtures.marketplace();
    var s = fixtures.seller(m);
    assertThat(api.post(other.key(), "/api/v1/marketplaces/" + m.code() + "/listings:batch",
        List.of(item("x", s.id(), "x"))).status()).isEqualTo(404);
    var many = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < 10_001; i++) {
      many.add(Map.of("id", "i" + i));
    }
    var tooMany = api.post(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings:batch", many);
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.str("field")).isEqualTo("body");
  }
}
