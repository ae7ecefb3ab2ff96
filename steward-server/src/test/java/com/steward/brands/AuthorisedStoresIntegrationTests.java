package com.steward.brands;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.screening.ScreenCommand;
import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A brand may authorise one store of a seller rather than the seller: its flagship store names the
 * brand freely, the same seller's other stores do not.
 */
class AuthorisedStoresIntegrationTests extends IntegrationTest {

  @Test
  void onlyTheAuthorisedStoreOfASellerIsAuthorised() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String brand = Fixtures.brandName("St");
    String flagship = "st-" + s.id();
    fixtures.approvedBrand(h, Map.of("name", brand, "authorizedStores", List.of(m.code() + ":" + flagship)));

    var inFlagship = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/st-1", Map.of("sellerId", s.id(),
        "storeId", flagship, "title", brand + " leather belt"));
    var elsewhere = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/st-2", Map.of("sellerId", s.id(),
        "storeId", "outlet-" + s.id(), "storeName", "Outlet", "title", brand + " leather belt"));

    assertThat(inFlagship.status()).as(inFlagship.toString()).isEqualTo(201);
    assertThat(inFlagship.at("screening.rules")).isEqualTo(List.of());
    assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
    assertThat(elsewhere.at("screening.rules")).isEqualTo(List.of("unauthorised-mention"));

    // a dry run says the same when it names the store
    var dry = api.post(m.key(), "/api/v1/screening/dry-run", Map.of("marketplace", m.code(), "listingId", "st-3",
        "sellerId", s.id(), "storeId", flagship, "title", brand + " leather belt"));
    assertThat(dry.at("rules")).isEqualTo(List.of());
  }

  @Test
  void theCommandLineDecidesAsTheApiForEachStore(@TempDir Path dir) throws IOException {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String brand = Fixtures.brandName("St");
    Map<String, Object> profile = Map.of("name", brand, "authorizedStores", List.of(m.code() + ":st-" + s.id()));
    fixtures.approvedBrand(h, profile);
    List<Map<String, Object>> listings = List.of(
        Map.of("marketplace", m.code(), "listingId", "c-1", "sellerId", s.id(), "storeId", "st-" + s.id(),
            "title", brand + " leather belt"),
        Map.of("marketplace", m.code(), "listingId", "c-2", "sellerId", s.id(), "storeId", "outlet-" + s.id(),
            "title", brand + " leather belt"),
        Map.of("marketplace", m.code(), "listingId", "c-3", "sellerId", s.id(), "title", brand + " leather belt"));

    Path brands = dir.resolve("brands.json");
    Path in = dir.resolve("listings.jsonl");
    Path out = dir.resolve("decisions.jsonl");
    Files.writeString(brands, Api.JSON.writeValueAsString(List.of(profile)));
    StringBuilder lines = new StringBuilder();
    for (var l : listings) {
      lines.append(Api.JSON.writeValueAsString(l)).append('\n');
    }
    Files.writeString(in, lines);
    assertThat(ScreenCommand.run(brands, in, out)).isZero();
    List<String> decided = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(decided).hasSize(listings.size());
    for (int i = 0; i < listings.size(); i++) {
      var viaApi = api.post(m.key(), "/api/v1/screening/dry-run", listings.get(i));
      assertThat(viaApi.status()).as(viaApi.toString()).isEqualTo(200);
      assertThat(Api.JSON.readValue(decided.get(i), Map.class)).as(listings.get(i).toString())
          .isEqualTo(viaApi.json());
    }
    assertThat(decided.get(0)).contains("\"rules\":[]");
    assertThat(decided.get(1)).contains("unauthorised-mention");
    assertThat(decided.get(2)).as("a listing that names no store is not in the authorised one")
        .contains("unauthorised-mention");
  }

  @Test
  void aMalformedStoreIsRefusedByItsPlace() {
    var h = fixtures.holder();
    var r = api.post(h.key(), "/api/v1/brands", Map.of("name", Fixtures.brandName("St"),
        "authorizedStores", List.of("tb:flagship", "no-marketplace")));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("authorizedStores[1]").doesNotContain("authorizedStores[0]");
  }
}
