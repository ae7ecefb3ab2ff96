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

class BrandsIntegrationTests extends IntegrationTest {

  @TempDir
  Path dir;

  static String brandName() {
    return com.steward.support.Fixtures.brandName("Qv");
  }

  Map<String, Object> profile(String name, String marketplace) {
    return Map.of("name", name, "aliases", List.of(name.toUpperCase()), "keywords", List.of(name + " air"),
        "authorizedSellers", List.of(marketplace + ":official"), "priceFloors", Map.of("shoes", 40.0));
  }

  Map<String, Object> listing(String marketplace, String title) {
    return Map.of("marketplace", marketplace, "listingId", "L-1", "sellerId", "seller-9", "title", title,
        "description", "", "brand", "", "category", "shoes", "price", 12.5, "currency", "USD");
  }

  @Test
  void anApprovedBrandIsScreenedAndTheApiAgreesWithTheCommandLine() throws IOException {
    var m = fixtures.marketplace();
    var h = fixtures.holder();
    String name = brandName();
    String analyst = fixtures.analystKey();
    var created = api.post(h.key(), "/api/v1/brands", profile(name, m.code()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.str("status")).isEqualTo("PENDING");
    String brandId = created.str("brandId");
    var body = listing(m.code(), name + " Air 1:1 replica");

    assertThat(api.post(analyst, "/api/v1/screening/dry-run", body).str("action"))
        .as("a pending brand is not screened yet").isEqualTo("ALLOW");
    var approved = api.post(analyst, "/api/v1/brands/" + brandId + "/revisions/1/decision",
        Map.of("decision", "APPROVE", "reason", "Trademark verified"));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    var decision = api.post(m.key(), "/api/v1/screening/dry-run", body);
    assertThat(decision.str("action")).isEqualTo("BLOCK");
    assertThat(decision.str("brand")).isEqualTo(name);
    assertThat(decision.str("rules")).contains("unauthorised-mention", "suspicious-term");

    Path brands = dir.resolve("brands.json");
    Path in = dir.resolve("listings.jsonl");
    Path out = dir.resolve("decisions.jsonl");
    Files.writeString(brands, Api.JSON.writeValueAsString(List.of(profile(name, m.code()))));
    Files.writeString(in, Api.JSON.writeValueAsString(body) + "\n");
    assertThat(ScreenCommand.run(brands, in, out)).isZero();
    assertThat(Api.JSON.readValue(Files.readString(out, StandardCharsets.UTF_8), Map.class))
        .as("the command line and the API decide alike").isEqualTo(decision.json());

    var revised = api.put(h.key(), "/api/v1/brands/" + brandId, Map.of("name", name, "priceFloors",
        Map.of("shoes", 10.0)));
    assertThat(revised.str("revision")).isEqualTo("2");
    assertThat(api.post(m.key(), "/api/v1/screening/dry-run", body).str("action"))
        .as("the approved revision stays in force while the next one waits").isEqualTo("BLOCK");
    var again = api.post(analyst, "/api/v1/brands/" + brandId + "/revisions/1/decision",
        Map.of("decision", "REJECT", "reason", "second thoughts"));
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void aNameMarkedAsAnOrdinaryWordIsReadAsTheWordAndTheCommandLineAgrees() throws IOException {
    var m = fixtures.marketplace();
    var h = fixtures.holder();
    String name = brandName();
    Map<String, Object> profile = new java.util.HashMap<>(profile(name, m.code()));
    profile.put("ordinaryWord", true);
    String id = fixtures.approvedBrand(h, profile);
    var stored = api.get(h.key(), "/api/v1/brands/" + id + "/revisions");
    assertThat(stored.str("[0].profile.ordinaryWord")).isEqualTo("true");

    var word = listing(m.code(), "Trail shoes, light as " + name.toLowerCase());
    var decision = api.post(m.key(), "/api/v1/screening/dry-run", word);
    assertThat(decision.str("action")).isEqualTo("ALLOW");
    assertThat(decision.str("rules")).isEqualTo("[]");
    assertThat(decision.str("matches[0].use")).isEqualTo("ORDINARY_WORD");
    assertThat(api.post(m.key(), "/api/v1/screening/dry-run", listing(m.code(), "Trail shoes, " + name + " air"))
        .str("rules")).as("a keyword of the brand points to it").contains("unauthorised-mention", "price-below-floor");

    Path brands = dir.resolve("brands.json");
    Path in = dir.resolve("listings.jsonl");
    Path out = dir.resolve("decisions.jsonl");
    Files.writeString(brands, Api.JSON.writeValueAsString(List.of(profile)));
    Files.writeString(in, Api.JSON.writeValueAsString(word) + "\n");
    assertThat(ScreenCommand.run(brands, in, out)).isZero();
    assertThat(Api.JSON.readValue(Files.readString(out, StandardCharsets.UTF_8), Map.class))
        .as("the command line and the API decide alike").isEqualTo(decision.json());
  }

  @Test
  void aBrandRevisionIsBacktestedOverTheCatalogueByStaffOnly() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String name = brandName();
    String id = fixtures.approvedBrand(h, Map.of("name", name, "priceFloors", Map.of("shoes", 100.0)));
    String listingId = fixtures.listing(m, s, "Trail shoes, light as " + name.toLowerCase());
    var revised = api.put(h.key(), "/api/v1/brands/" + id, Map.of("name", name, "priceFloors",
        Map.of("shoes", 100.0), "ordinaryWord", true));
    assertThat(revised.str("revision")).isEqualTo("2");
    String path = "/api/v1/brands/" + id + "/revisions/2/backtest?marketplace=" + m.code();

    var backtest = api.post(fixtures.analystKey(), path, Map.of());
    assertThat(backtest.status()).as(backtest.toString()).isEqualTo(200);
    assertThat(backtest.str("status")).isEqualTo("PENDING");
    assertThat(backtest.str("brand")).isEqualTo(name);
    assertThat(backtest.str("listings")).as("the marketplace's listings only").isEqualTo("1");
    assertThat(backtest.str("changes.REFER->ALLOW")).isEqualTo("1");
    assertThat(backtest.str("samples")).contains(listingId, "ORDINARY_WORD");
    assertThat(api.post(m.key(), "/api/v1/screening/dry-run", listing(m.code(), "Trail shoes, light as "
        + name.toLowerCase())).str("action")).as("nothing was approved").isEqualTo("REFER");

    assertThat(api.post(h.key(), path, Map.of()).status()).as("the owner").isEqualTo(403);
    assertThat(api.post(m.key(), path, Map.of()).status()).as("a marketplace").isEqualTo(403);
    assertThat(api.post(s.key(), path, Map.of()).status()).as("a seller").isEqualTo(403);
    assertThat(api.post(fixtures.analystKey(), "/api/v1/brands/" + id + "/revisions/9/backtest", Map.of()).status())
        .isEqualTo(404);
  }

  @Test
  void aRevisionThatAuthorisesAStoreIsBacktestedWithTheListingsStores() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String name = brandName();
    // a brand that refers any unauthorised mention: its own threshold below the mention's weight
    Map<String, Object> thresholds = Map.of("refer", 0.15, "block", 0.9);
    String id = fixtures.approvedBrand(h, Map.of("name", name, "thresholds", thresholds));
    var put = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/st-" + Fixtures.suffix(),
        Map.of("sellerId", s.id(), "storeId", "st-" + s.id(), "title", name + " trail shoes", "brand", name,
            "category", "shoes", "price", 49.9, "currency", "EUR"));
    assertThat(put.str("screening.action")).as(put.toString()).isEqualTo("REFER");
    api.put(h.key(), "/api/v1/brands/" + id, Map.of("name", name, "thresholds", thresholds,
        "authorizedStores", List.of(m.code() + ":st-" + s.id())));
    var backtest = api.post(fixtures.analystKey(), "/api/v1/brands/" + id + "/revisions/2/backtest?marketplace="
        + m.code(), Map.of());
    assertThat(backtest.str("changes.REFER->ALLOW")).as(backtest.toString()).isEqualTo("1");
  }

  @Test
  void brandsAreTheirOwnersAlone() {
    var m = fixtures.marketplace();
    var other = fixtures.marketplace();
    var s = fixtures.seller(m);
    var owner = fixtures.holder();
    var stranger = fixtures.holder();
    String id = api.post(owner.key(), "/api/v1/brands", profile(brandName(), m.code())).str("brandId");
    assertThat(api.get(stranger.key(), "/api/v1/brands/" + id + "/revisions").status()).isEqualTo(404);
    assertThat(api.put(stranger.key(), "/api/v1/brands/" + id, Map.of("name", "x")).status()).isEqualTo(404);
    assertThat(api.get(owner.key(), "/api/v1/brands/" + id + "/revisions").status()).isEqualTo(200);
    assertThat(api.post(owner.key(), "/api/v1/brands/" + id + "/revisions/1/decision",
        Map.of("decision", "APPROVE", "reason", "self-approval")).status()).isEqualTo(403);
    assertThat(api.post(s.key(), "/api/v1/brands", profile(brandName(), m.code())).status()).isEqualTo(403);
    assertThat(api.get(owner.key(), "/api/v1/brand-revisions").status()).isEqualTo(403);
    assertThat(api.post(owner.key(), "/api/v1/screening/dry-run", listing(m.code(), "x")).status()).isEqualTo(403);
    assertThat(api.post(other.key(), "/api/v1/screening/dry-run", listing(m.code(), "x")).status())
        .as("a marketplace screens only its own listings").isEqualTo(404);
  }

  @Test
  void badProfilesAreRefusedFieldByField() {
    var h = fixtures.holder();
    String name = brandName();
    var r = api.post(h.key(), "/api/v1/brands", Map.of("name", name, "authorizedSellers", List.of("no-colon"),
        "priceFloors", Map.of("shoes", -1), "thresholds", Map.of("refer", 0.9, "block", 0.5)));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("authorizedSellers[0]", "priceFloors.shoes", "thresholds");
    assertThat(api.post(h.key(), "/api/v1/brands", Map.of("name", name)).status()).isEqualTo(201);
    assertThat(api.post(h.key(), "/api/v1/brands", Map.of("name", name.toUpperCase())).status())
        .as("names are unique after normalisation").isEqualTo(409);
    var marks = api.post(h.key(), "/api/v1/brands", Map.of("name", brandName(), "aliases", List.of("Ok", "."),
        "keywords", List.of("air", "-", "\u2764\uFE0F")));
    assertThat(marks.status()).as("a term of marks alone would be found in every title that writes them: " + marks)
        .isEqualTo(400);
    assertThat(marks.body()).contains("aliases[1]", "keywords[1]", "keywords[2]").doesNotContain("aliases[0]",
        "keywords[0]");
    assertThat(api.post(h.key(), "/api/v1/brands", Map.of("name", "!!!")).str("field")).isEqualTo("name");
    for (var bad : List.of(Map.entry("limit=0", "limit"), Map.entry("limit=501", "limit"),
        Map.entry("offset=-5", "offset"))) {
      var refused = api.get(h.key(), "/api/v1/brands?" + bad.getKey());
      assertThat(refused.status()).as(bad.getKey() + ": " + refused).isEqualTo(400);
      assertThat(refused.str("field")).isEqualTo(bad.getValue());
    }
    var nulCategory = api.post(h.key(), "/api/v1/brands", Map.of("name", brandName(), "priceFloors",
        Map.of("sho\u0000es", 10)));
    assertThat(nulCategory.status()).as(nulCategory.toString()).isEqualTo(400);
    assertThat(nulCategory.str("field")).isEqualTo("priceFloors");
    var noOwner = api.post(ADMIN_KEY, "/api/v1/brands?ownerId=" + java.util.UUID.randomUUID(), Map.of("name",
        brandName()));
    assertThat(noOwner.status()).as(noOwner.toString()).isEqualTo(400);
    assertThat(noOwner.str("field")).isEqualTo("ownerId");
    var missing = api.post(fixtures.analystKey(), "/api/v1/screening/dry-run", Map.of("title", "x"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.str("field")).isEqualTo("marketplace");
    // a dry run refuses what saving the listing would refuse
    String analyst = fixtures.analystKey();
    for (var bad : List.of(
        Map.entry("title", "{\"marketplace\":\"dr\",\"listingId\":\"1\",\"sellerId\":\"s\",\"title\":\"a\\u0000b\"}"),
        Map.entry("price", "{\"marketplace\":\"dr\",\"listingId\":\"1\",\"sellerId\":\"s\",\"title\":\"a\",\"price\":-5}"),
        Map.entry("price", "{\"marketplace\":\"dr\",\"listingId\":\"1\",\"sellerId\":\"s\",\"title\":\"a\",\"price\":1e400}"),
        Map.entry("price", "{\"marketplace\":\"dr\",\"listingId\":\"1\",\"sellerId\":\"s\",\"title\":\"a\",\"price\":12.555}"),
        Map.entry("price", "{\"marketplace\":\"dr\",\"listingId\":\"1\",\"sellerId\":\"s\",\"title\":\"a\",\"price\":12.500}"),
        Map.entry("listingId", "{\"marketplace\":\"dr\",\"listingId\":\"a/b\",\"sellerId\":\"s\",\"title\":\"a\"}"),
        Map.entry("currency", "{\"marketplace\":\"dr\",\"listingId\":\"1\",\"sellerId\":\"s\",\"title\":\"a\",\"currency\":\"EURO\"}"),
        Map.entry("clusterRisk", "{\"marketplace\":\"dr\",\"listingId\":\"1\",\"sellerId\":\"s\",\"title\":\"a\",\"clusterRisk\":2}"))) {
      var refused = api.post(analyst, "/api/v1/screening/dry-run", bad.getValue());
      assertThat(refused.status()).as(bad.getValue() + " -> " + refused).isEqualTo(400);
      assertThat(refused.str("field")).isEqualTo(bad.getKey());
    }
  }

  @Test
  void priceFloorsHoldInTheirCurrencyAndCategoriesCompareWithoutCase() {
    var m = fixtures.marketplace();
    var h = fixtures.holder();
    String name = brandName();
    var euro = api.post(h.key(), "/api/v1/brands", Map.of("name", name, "priceFloorCurrency", "EURO"));
    assertThat(euro.status()).isEqualTo(400);
    assertThat(euro.str("field")).isEqualTo("priceFloorCurrency");
    var twice = api.post(h.key(), "/api/v1/brands", Map.of("name", name, "priceFloors",
        Map.of("Shoes", 40.0, "shoes ", 50.0)));
    assertThat(twice.status()).as("one category written twice").isEqualTo(400);
    assertThat(twice.body()).contains("the same category");

    String id = fixtures.approvedBrand(h, Map.of("name", name, "priceFloors", Map.of("Shoes", 40.0),
        "priceFloorCurrency", "eur"));
    assertThat(api.get(h.key(), "/api/v1/brands/" + id + "/revisions").str("[0].profile.priceFloorCurrency"))
        .isEqualTo("EUR");
    Map<String, Object> cheap = new java.util.HashMap<>(listing(m.code(), name + " trainers"));
    cheap.put("price", 20.0);
    cheap.put("currency", "EUR");
    assertThat(api.post(m.key(), "/api/v1/screening/dry-run", cheap).str("rules"))
        .as("20 euros under a floor of 40 euros, category shoes for Shoes").contains("price-below-floor");
    cheap.put("currency", "CNY");
    cheap.put("price", 35.0);
    assertThat(api.post(m.key(), "/api/v1/screening/dry-run", cheap).str("rules"))
        .as("35 yuan is not compared with a floor in euros").doesNotContain("price-below-floor");
    var s = fixtures.seller(m);
    var put = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/cur-1", Map.of("sellerId", s.id(),
        "storeId", "st-" + s.id(), "title", name + " trainers", "category", "shoes", "price", 20.0,
        "currency", "EUR"));
    assertThat(put.str("screening.rules")).as("the upsert reads the listing's currency too")
        .contains("price-below-floor");
  }

  @Test
  void referenceImagesAreKeptWithTheProfileAndBadOnesAreRefusedOneByOne() {
    var h = fixtures.holder();
    String name = brandName();
    var bad = api.post(h.key(), "/api/v1/brands", Map.of("name", name, "referenceImages",
        List.of("https://cdn.example/ok.jpg", "javascript:alert(1)", "", "ftp://files.example/logo.png")));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("referenceImages[1]", "referenceImages[2]", "referenceImages[3]")
        .doesNotContain("referenceImages[0]");
    var tooMany = api.post(h.key(), "/api/v1/brands", Map.of("name", name, "referenceImages",
        java.util.stream.IntStream.range(0, 51).mapToObj(i -> "https://cdn.example/" + i + ".jpg").toList()));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.str("field")).isEqualTo("referenceImages");

    var created = api.post(h.key(), "/api/v1/brands", Map.of("name", name, "referenceImages",
        List.of("https://cdn.example/genuine-bag.jpg", "https://cdn.example/logo.png", "https://cdn.example/logo.png")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.str("brandId");
    var revisions = api.get(h.key(), "/api/v1/brands/" + id + "/revisions");
    assertThat(revisions.at("[0].profile.referenceImages"))
        .isEqualTo(List.of("https://cdn.example/genuine-bag.jpg", "https://cdn.example/logo.png"));

    // a revision that leaves them out keeps none; they are part of the reviewed profile
    api.put(h.key(), "/api/v1/brands/" + id, Map.of("name", name));
    assertThat(api.get(h.key(), "/api/v1/brands/" + id + "/revisions").at("[1].profile.referenceImages"))
        .isEqualTo(List.of());
  }
}
