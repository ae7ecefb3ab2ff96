package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.platform.scheduling.Deadlines;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A sweep lifts the blocks that screening no longer makes: the rules or the knowledge changed, the
 * listing did not. A block a person upheld or has in hand, or a listing changed since its block,
 * stays. Sweeps cover the catalogue the tests share, so only this test's listings are asserted.
 */
class SweepRestoreIntegrationTests extends IntegrationTest {

  @Autowired
  Deadlines deadlines;

  @Test
  @SuppressWarnings("unchecked")
  void aSweepRestoresUnchangedListingsItNoLongerBlocksButNotOnesAPersonHasOrTheMarketplaceChanged() {
    var m = fixtures.marketplace();
    var seller = fixtures.seller(m);
    String brand = Fixtures.brandName("Sr");
    fixtures.approvedBrand(fixtures.holder(), Map.of("name", brand));
    String term = "knock" + Fixtures.suffix().chars().mapToObj(c -> String.valueOf((char) ('a' + c % 26)))
        .collect(java.util.stream.Collectors.joining());
    String base = "/api/v1/marketplaces/" + m.code() + "/listings/";
    List<String> ids = List.of("plain", "inactive", "upheld", "open", "edited");
    for (String id : ids) {
      Map<String, Object> listing = new HashMap<>(Map.of("sellerId", seller.id(), "storeId", "st-" + seller.id(),
          "title", brand + " handbag " + term + " " + id));
      if (id.equals("inactive")) {
        listing.put("status", "INACTIVE");
      }
      var put = api.put(m.key(), base + id, listing);
      assertThat(put.str("status")).as(put.toString()).isEqualTo(id.equals("inactive") ? "INACTIVE" : "ACTIVE");
    }
    String penalties = "/api/v1/marketplaces/" + m.code() + "/sellers/" + seller.id() + "/penalties";
    Instant blockedAt;
    String open;

    assertThat(api.post(ADMIN_KEY, "/api/v1/suspicious-terms", Map.of("term", term, "language", "en")).status())
        .isEqualTo(201);
    String removed = null;
    try {
      var first = fixtures.sweep(deadlines, "the term " + term + " added");
      assertThat(Integer.parseInt(first.str("blocked"))).isGreaterThanOrEqualTo(ids.size());
      for (String id : ids) {
        assertThat(api.get(m.key(), base + id).str("status")).as(id).isEqualTo("BLOCKED");
      }
      assertThat(api.get(m.key(), penalties).str("points")).isEqualTo("5");

      String explanation = "We do not think this title says anything wrong about the handbag.";
      var filed = api.post(seller.key(), base + "upheld/appeal", Map.of("explanation", explanation));
      assertThat(api.post(fixtures.analystKey(), "/api/v1/screening-appeals/" + filed.str("id") + "/decision",
          Map.of("decision", "UPHOLD", "reason", "The title offers a copy")).str("status")).isEqualTo("UPHELD");
      open = api.post(seller.key(), base + "open/appeal", Map.of("explanation", explanation)).str("id");
      blockedAt = clock.instant();
      clock.advance(Duration.ofDays(1));
      var edit = api.put(m.key(), base + "edited", Map.of("sellerId", seller.id(), "storeId", "st-" + seller.id(),
          "title", brand + " handbag, genuine"));
      assertThat(edit.str("status")).as("an edit does not lift a block").isEqualTo("BLOCKED");

      assertThat(api.send(ADMIN_KEY, "DELETE", "/api/v1/suspicious-terms?term=" + term, null, null, Map.of())
          .status()).isEqualTo(204);
      removed = term;
      var second = fixtures.sweep(deadlines, "the term " + term + " removed");
      assertThat(Integer.parseInt(second.str("restored"))).as(second.toString()).isGreaterThanOrEqualTo(2);
    } finally {
      if (removed == null) { // the database is shared with the other tests, which expect the seeded list
        api.send(ADMIN_KEY, "DELETE", "/api/v1/suspicious-terms?term=" + term, null, null, Map.of());
      }
    }
    assertThat(api.get(m.key(), base + "plain").str("status")).isEqualTo("ACTIVE");
    assertThat(api.get(m.key(), base + "inactive").str("status")).as("back to what the marketplace had set")
        .isEqualTo("INACTIVE");
    assertThat(api.get(m.key(), base + "upheld").str("status")).as("a person upheld it").isEqualTo("BLOCKED");
    assertThat(api.get(m.key(), base + "open").str("status")).as("a person has it in hand").isEqualTo("BLOCKED");
    assertThat(api.get(m.key(), base + "edited").str("status")).as("changed since its block").isEqualTo("BLOCKED");
    assertThat(api.get(m.key(), penalties).str("points")).as("the restored blocks' points are overturned")
        .isEqualTo("3");

    var events = (List<Map<String, Object>>) api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/events").json();
    var unblocked = events.stream().map(e -> (Map<String, Object>) e.get("event"))
        .filter(e -> "listing.unblocked".equals(e.get("type"))).map(e -> (Map<String, Object>) e.get("data")).toList();
    assertThat(unblocked).extracting(d -> d.get("listingId") + " " + d.get("status"))
        .containsExactlyInAnyOrder("plain ACTIVE", "inactive INACTIVE");
    assertThat(unblocked).allSatisfy(d -> {
      assertThat(String.valueOf(d.get("statementOfReasons"))).startsWith("sor-restore-");
      assertThat(String.valueOf(d.get("restores"))).startsWith("sor-");
    });
    var page = fixtures.sellerPages(port, seller).get("/seller/blocked");
    assertThat(page.body()).as("the edit a day later is not when it was blocked")
        .contains(m.code() + " / edited, blocked " + blockedAt).doesNotContain("/ plain,");
    var statements = api.get(seller.key(), "/api/v1/statements-of-reasons?marketplace=" + m.code()
        + "&listingId=plain");
    assertThat(statements.status()).as(statements.toString()).isEqualTo(200);
    assertThat(statements.body()).contains("RESTORATION", "no longer blocked");

    // the complaint the sweep left to a person is decided as before
    var lifted = api.post(fixtures.analystKey(), "/api/v1/screening-appeals/" + open + "/decision",
        Map.of("decision", "LIFT", "reason", "A plain handbag"));
    assertThat(lifted.str("listingStatus")).as(lifted.toString()).isEqualTo("ACTIVE");
    assertThat(api.get(m.key(), penalties).str("points")).isEqualTo("2");
  }
}
