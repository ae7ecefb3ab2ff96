package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PUT of a listing answers with the screening decision; a BLOCK takes it down before it goes live. */
class ScreeningAtUpsertIntegrationTests extends IntegrationTest {

  Fixtures.Market m;
  Fixtures.SellerAccount s;
  String brand;

  @BeforeEach
  void approvedBrand() {
    m = fixtures.marketplace();
    s = fixtures.seller(m);
    var h = fixtures.holder();
    brand = Fixtures.brandName("Zx");
    fixtures.approvedBrand(h, Map.of("name", brand, "authorizedSellers", List.of(m.code() + ":official"),
        "priceFloors", Map.of("shoes", 40.0)));
  }

  Api.Response put(String listingId, String title, double price) {
    return api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + listingId, Map.of("sellerId", s.id(),
        "storeId", "st-" + s.id(), "title", title, "category", "shoes", "price", price, "currency", "EUR"));
  }

  @Test
  void aCounterfeitListingIsBlockedWithAnAutomatedStatementOfReasons() throws IOException {
    var r = put("fake-1", brand + " trainers 1:1 replica", 15.5);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.str("status")).isEqualTo("BLOCKED");
    assertThat(r.str("screening.action")).isEqualTo("BLOCK");
    assertThat(r.str("screening.rules")).contains("suspicious-term", "price-below-floor");
    assertThat(r.str("screening.matches[0].start")).isEqualTo("0");
    var stored = api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/fake-1");
    for (String field : List.of("status", "version", "price", "updatedAt")) {
      assertThat(r.str(field)).as("the blocked listing answered is the one stored: " + field)
          .isEqualTo(stored.str(field));
    }
    assertThat(r.body()).as("with the price as stored, two decimals").contains("\"price\":15.50");
    assertThat(stored.body()).contains("\"price\":15.50");

    var sor = api.get(m.key(), "/api/v1/statements-of-reasons?marketplace=" + m.code() + "&listingId=fake-1");
    assertThat(sor.str("[0].transparencyDatabase.source_type")).isEqualTo("SOURCE_VOLUNTARY");
    assertThat(sor.str("[0].transparencyDatabase.automated_detection")).isEqualTo("Yes");
    assertThat(sor.str("[0].transparencyDatabase.automated_decision")).isEqualTo("AUTOMATED_DECISION_FULLY");
    assertThat(sor.str("[0].transparencyDatabase.decision_ground")).isEqualTo("DECISION_GROUND_INCOMPATIBLE_CONTENT");
    assertThat(sor.str("[0].transparencyDatabase")).doesNotContain("source_identity");
    assertThat(strict().validate((tools.jackson.databind.JsonNode) Api.JSON.valueToTree(
        sor.at("[0].transparencyDatabase")))).isEmpty();

    var events = api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/events");
    assertThat(events.body()).contains("listing.blocked", "fake-1");

    var again = put("fake-1", brand + " trainers, genuine", 90);
    assertThat(again.str("status")).as("an edit does not lift a block").isEqualTo("BLOCKED");
  }

  @Test
  void aFairListingStaysActiveAndAnUnchangedOneIsNotScreenedAgain() {
    var r = put("fair-1", brand + " trainers, worn twice", 60);
    assertThat(r.str("status")).isEqualTo("ACTIVE");
    assertThat(r.str("screening.action")).isEqualTo("ALLOW");
    assertThat(r.str("screening.rules")).contains("unauthorised-mention");
    var same = put("fair-1", brand + " trainers, worn twice", 60);
    assertThat(same.at("screening")).isNull();
    var cheap = put("fair-1", brand + " trainers, worn twice", 20);
    assertThat(cheap.str("screening.action")).isEqualTo("REFER");
    assertThat(cheap.str("status")).isEqualTo("ACTIVE");
  }

  static Schema strict() throws IOException {
    String id = "https://example.invalid/dsa/sor.schema.json";
    try (InputStream in = ScreeningAtUpsertIntegrationTests.class.getResourceAsStream("/dsa/sor.schema.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(id, text)))
          .getSchema(SchemaLocation.of(id + "#/$defs/strict"));
    }
  }
}
