package com.steward.statements;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.steward.support.Api;
import com.steward.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every restricting statement Steward stores passes the strict export profile of the EU
 * Transparency Database's schema (a copy of shared/design/dsa/sor.schema.json).
 */
class StatementSchemaIntegrationTests extends IntegrationTest {

  static final String ID = "https://example.invalid/dsa/sor.schema.json";

  static Schema strict() throws IOException {
    try (InputStream in = StatementSchemaIntegrationTests.class.getResourceAsStream("/dsa/sor.schema.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          b -> b.schemas(Map.of(ID, text)));
      return registry.getSchema(SchemaLocation.of(ID + "#/$defs/strict"));
    }
  }

  @Test
  void takedownStatementMatchesTheTransparencyDatabaseSchema() throws IOException {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String listing = fixtures.listing(m, s, "ACME \"Air\" shoes — 50% off, 正品");
    var filed = fixtures.notice(h, m, listing);
    api.post(fixtures.analystKey(), "/api/v1/notices/" + filed.str("id") + "/items/" + filed.str("items[0].id")
        + "/review", Map.of("decision", "ACCEPT", "reason", "Counterfeit"));
    var sor = api.get(ADMIN_KEY, "/api/v1/statements-of-reasons?marketplace=" + m.code() + "&listingId=" + listing);
    Object tdb = sor.at("[0].transparencyDatabase");
    var node = Api.JSON.valueToTree(tdb);
    assertThat(strict().validate((tools.jackson.databind.JsonNode) node)).isEmpty();
  }

  @Test
  void theSchemaCatchesABrokenStatement() throws IOException {
    var broken = Api.JSON.readTree("{\"puid\":\"x y\",\"decision_ground\":\"DECISION_GROUND_ILLEGAL_CONTENT\"}");
    assertThat(strict().validate(broken)).isNotEmpty();
  }
}
