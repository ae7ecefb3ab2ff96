package com.steward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.ClearTextScan;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The identifiers a marketplace gives at registration are nowhere in the database as given. */
class IdentifiersAtRestIntegrationTests extends IntegrationTest {

  @Autowired
  JdbcClient jdbc;

  // Values the scan looks for must not occur by chance in the UUIDs stored as text (audit_log's
  // subject ids): a five-digit postcode did, about one run in seven, so the postcode has letters.
  @Test
  void noTableHoldsARegisteredIdentifierInClear() {
    var m = fixtures.marketplace();
    String suffix = Fixtures.suffix();
    Map<String, Object> identity = Map.ofEntries(Map.entry("givenName", "Wilhelmina"),
        Map.entry("surname", "Quastenberg" + suffix), Map.entry("dateOfBirth", "1983-12-01"),
        Map.entry("streetNumber", "221"), Map.entry("addressLine1", "Zypressenweg"),
        Map.entry("city", "Oberammergau"), Map.entry("postcode", "1071 XZ"),
        Map.entry("email", "w.quastenberg." + suffix + "@example.org"), Map.entry("phone", "+49 8822 9471" + suffix.substring(0, 3).replaceAll("\\D", "7")),
        Map.entry("documentNumber", "L7QX" + suffix.toUpperCase()), Map.entry("paymentAccount", "DE02120300000000202051"),
        Map.entry("device", "fp-" + suffix + "-c0ffee"));
    for (int i = 0; i < 2; i++) {
      var r = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/rest-" + i + suffix, Map.of("displayName",
          "Alpine crafts " + i, "stores", List.of(Map.of("id", "st-rest-" + i + suffix, "name", "Alpine crafts")),
          "identity", identity));
      assertThat(r.status()).as(r.toString()).isIn(200, 201);
    }
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/rest-1" + suffix + "/cluster")
        .str("links[0].evidence")).contains("payment_account equal");
    List<String> clear = List.of("Wilhelmina", "Quastenberg" + suffix, "1983-12-01", "19831201", "Zypressenweg",
        "Oberammergau", "1071 XZ", "1071XZ", "w.quastenberg." + suffix, "L7QX" + suffix.toUpperCase(), "DE02120300000000202051",
        "202051", "fp-" + suffix);
    assertThat(ClearTextScan.find(jdbc, clear)).isEmpty();
    // the scan does find what is stored as given: the display name the marketplace chose
    assertThat(ClearTextScan.find(jdbc, List.of("Alpine crafts 1"))).anyMatch(h -> h.startsWith("seller.display_name"));
  }
}
