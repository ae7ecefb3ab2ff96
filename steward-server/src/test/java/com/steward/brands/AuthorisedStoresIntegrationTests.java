package com.steward.brands;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
  void aMalformedStoreIsRefusedByItsPlace() {
    var h = fixtures.holder();
    var r = api.post(h.key(), "/api/v1/brands", Map.of("name", Fixtures.brandName("St"),
        "authorizedStores", List.of("tb:flagship", "no-marketplace")));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("authorizedStores[1]").doesNotContain("authorizedStores[0]");
  }
}
