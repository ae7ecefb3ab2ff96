package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A seller contests a screening block; staff lift it, and it holds for that content only. */
class ScreeningAppealIntegrationTests extends IntegrationTest {

  @org.springframework.beans.factory.annotation.Autowired
  com.steward.platform.scheduling.Deadlines deadlines;

  @Test
  @SuppressWarnings("unchecked")
  void theBlockInForceIsWhatAComplaintLiftsEvenAfterASweepDecidedItAgainAndItsPenaltyAndEffectsAreUndone() {
    var m = fixtures.marketplace();
    var seller = fixtures.seller(m);
    String brand = Fixtures.brandName("Ae");
    fixtures.approvedBrand(fixtures.holder(), Map.of("name", brand));
    String path = "/api/v1/marketplaces/" + m.code() + "/listings/ae-1";
    var put = api.put(m.key(), path, Map.of("sellerId", seller.id(), "storeId", "st-" + seller.id(),
        "title", brand + " style parka"));
    assertThat(put.str("status")).as(put.toString()).isEqualTo("BLOCKED");
    assertThat(put.str("screening.effects")).contains("LOWER_CREDIT", "SUSPEND_MARKETING");
    String block = put.str("screening.statementOfReasons");
    String penalties = "/api/v1/marketplaces/" + m.code() + "/sellers/" + seller.id() + "/penalties";
    int points = Integer.parseInt(api.get(m.key(), penalties).str("points"));
    assertThat(points).as("a screening block is a violation").isPositive();

    // a sweep decides BLOCK again on the blocked listing: nothing new is applied
    fixtures.sweep(deadlines, "re-screen");
    assertThat(Integer.parseInt(api.get(m.key(), penalties).str("points"))).isEqualTo(points);

    var filed = api.post(seller.key(), path + "/appeal", Map.of("explanation",
        "The parka is our own design; the brand is named only to describe the cut."));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    assertThat(filed.str("screeningDecisionId")).as("the complaint answers the block in force, not the sweep's"
        + " decision").isEqualTo(block.substring("sor-".length()));
    var lifted = api.post(fixtures.analystKey(), "/api/v1/screening-appeals/" + filed.str("id") + "/decision",
        Map.of("decision", "LIFT", "reason", "A description of the cut, not a use of the mark"));
    assertThat(lifted.str("listingStatus")).as(lifted.toString()).isEqualTo("ACTIVE");
    assertThat(Integer.parseInt(api.get(m.key(), penalties).str("points"))).as("the block's points are overturned")
        .isZero();

    var events = (List<Map<String, Object>>) api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/events").json();
    List<Map<String, Object>> data = events.stream().map(e -> (Map<String, Object>) e.get("event"))
        .filter(e -> String.valueOf(e.get("type")).startsWith("seller."))
        .map(e -> (Map<String, Object>) e.get("data")).toList();
    var types = events.stream().map(e -> String.valueOf(((Map<?, ?>) e.get("event")).get("type"))).toList();
    assertThat(types).containsSubsequence("seller.marketing_suspended", "listing.unblocked",
        "seller.marketing_restored");
    assertThat(types).containsSubsequence("seller.credit_lowered", "seller.credit_restored");
    assertThat(data).allSatisfy(d -> assertThat(d).containsEntry("source", "screening"));
    assertThat(data).filteredOn(d -> d.containsKey("restores")).hasSize(2)
        .allSatisfy(d -> assertThat(d).containsEntry("restores", block).containsEntry("listingId", "ae-1")
            .containsEntry("statementOfReasons", lifted.str("statementOfReasons")));
  }

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @org.springframework.beans.factory.annotation.Autowired
  javax.sql.DataSource dataSource;

  /**
   * A sweep's chunk holds the penalty lock of a seller it blocked a listing of, then wants the
   * seller's next listing; a complaint's decision holds that listing, then wants the penalty lock.
   * PostgreSQL aborts the decision, which waited first, and the decision runs again.
   */
  @Test
  void aDecisionThatLosesADeadlockToASweepRunsAgain() throws Exception {
    var m = fixtures.marketplace();
    var seller = fixtures.seller(m);
    String path = "/api/v1/marketplaces/" + m.code() + "/listings/dl-1";
    fixtures.blockedListing(m, seller, "dl-1");
    String appeal = api.post(seller.key(), path + "/appeal", Map.of("explanation",
        "This listing was blocked by mistake, please look again.")).str("id");
    String listing = jdbc.sql("SELECT CAST(id AS text) FROM listing WHERE marketplace_id = (SELECT id FROM marketplace"
        + " WHERE code = :m) AND external_id = 'dl-1'").param("m", m.code()).query(String.class).single();
    String analyst = fixtures.analystKey();
    try (var sweep = dataSource.getConnection()) {
      sweep.setAutoCommit(false);
      try (var st = sweep.createStatement()) {
        st.execute("SELECT pg_advisory_xact_lock(7316003, hashtext('" + seller.uuid() + "'))");
      }
      var decided = java.util.concurrent.CompletableFuture.supplyAsync(() -> api.post(analyst,
          "/api/v1/screening-appeals/" + appeal + "/decision", Map.of("decision", "LIFT", "reason", "Checked")));
      org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
          "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").query(Long.class).single() > 0);
      try (var st = sweep.createStatement()) {
        st.execute("SELECT id FROM listing WHERE id = '" + listing + "' FOR UPDATE");
      } catch (java.sql.SQLException lost) {
        // the other side may be the one PostgreSQL aborts; the decision then goes through at once
      }
      sweep.rollback();
      var r = decided.get(60, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      assertThat(r.str("status")).isEqualTo("LIFTED");
      assertThat(api.get(m.key(), path).str("status")).isEqualTo("ACTIVE");
    }
  }

  /** Migration V30: a complaint filed before it named a sweep's later BLOCK; it now names the block applied. */
  @Test
  void aComplaintThatNamedASweepsLaterDecisionIsMovedToTheBlockInForce() throws java.io.IOException {
    var m = fixtures.marketplace();
    var seller = fixtures.seller(m);
    var blocked = fixtures.blockedListing(m, seller, "v30-1");
    String block = blocked.str("screening.statementOfReasons").substring("sor-".length());
    var filed = api.post(seller.key(), "/api/v1/marketplaces/" + m.code() + "/listings/v30-1/appeal",
        Map.of("explanation", "This listing was blocked by mistake, please look again."));
    assertThat(filed.str("screeningDecisionId")).isEqualTo(block);
    // as a complaint filed before V30 was: naming a sweep's decision on the blocked listing, made just after
    String sweeps = java.util.UUID.randomUUID().toString();
    jdbc.sql("""
        INSERT INTO screening_decision (id, listing_id, listing_version, marketplace_id, action, score, brand, rules,
                                        matches, rule_set_version, created_at)
        SELECT CAST(:id AS uuid), listing_id, listing_version + 1, marketplace_id, action, score, brand, rules, matches,
               rule_set_version, created_at
          FROM screening_decision WHERE id = CAST(:block AS uuid)
        """).param("id", sweeps).param("block", block).update();
    jdbc.sql("UPDATE screening_appeal SET screening_decision_id = CAST(:d AS uuid) WHERE id = CAST(:a AS uuid)")
        .param("d", sweeps).param("a", filed.str("id")).update();
    String migration;
    try (var in = getClass().getResourceAsStream("/db/migration/V30__appeal_names_applied_block.sql")) {
      migration = new String(java.util.Objects.requireNonNull(in).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    jdbc.sql(migration).update();
    assertThat(jdbc.sql("SELECT CAST(screening_decision_id AS text) FROM screening_appeal WHERE id = CAST(:a AS uuid)")
        .param("a", filed.str("id")).query(String.class).single()).isEqualTo(block);
  }

  @Test
  void aLiftedBlockRestoresTheListingAndHoldsUntilTheContentChanges() {
    var m = fixtures.marketplace();
    var seller = fixtures.seller(m);
    var h = fixtures.holder();
    String brand = Fixtures.brandName("Ap");
    fixtures.approvedBrand(h, Map.of("name", brand));
    String path = "/api/v1/marketplaces/" + m.code() + "/listings/ap-1";
    Map<String, Object> listing = Map.of("sellerId", seller.id(), "storeId", "st-" + seller.id(),
        "title", brand + " tote, 1:1 mirror quality", "category", "bags", "price", 90.0, "currency", "EUR");
    var put = api.put(m.key(), path, listing);
    assertThat(put.str("screening.action")).as(put.toString()).isEqualTo("BLOCK");
    assertThat(put.str("status")).isEqualTo("BLOCKED");

    String complaint = "This is a licensed collaboration; the brand's licence letter is on file with the marketplace.";
    assertThat(api.post(fixtures.seller(m).key(), path + "/appeal", Map.of("explanation", complaint)).status())
        .as("another seller's listing").isEqualTo(404);
    assertThat(api.post(h.key(), path + "/appeal", Map.of("explanation", complaint)).status()).isEqualTo(403);
    assertThat(api.post(seller.key(), path + "/appeal", Map.of("explanation", "unfair")).body())
        .contains("\"explanation\"");
    var filed = api.post(seller.key(), path + "/appeal", Map.of("explanation", complaint));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    assertThat(api.post(seller.key(), path + "/appeal", Map.of("explanation", complaint)).status()).isEqualTo(409);
    String id = filed.str("id");
    assertThat(api.get(seller.key(), "/api/v1/screening-appeals").body()).contains(id);
    assertThat(api.get(fixtures.seller(m).key(), "/api/v1/screening-appeals").body()).doesNotContain(id);
    assertThat(api.get(m.key(), "/api/v1/screening-appeals").status()).isEqualTo(403);
    var unknownStatus = api.get(seller.key(), "/api/v1/screening-appeals?status=open");
    assertThat(unknownStatus.status()).as("a status that does not exist is an error, not an empty list")
        .isEqualTo(400);
    assertThat(unknownStatus.str("field")).isEqualTo("status");

    String analyst = fixtures.analystKey();
    assertThat(api.post(seller.key(), "/api/v1/screening-appeals/" + id + "/decision",
        Map.of("decision", "LIFT", "reason", "mine")).status()).isEqualTo(403);
    var lifted = api.post(analyst, "/api/v1/screening-appeals/" + id + "/decision",
        Map.of("decision", "LIFT", "reason", "Licence letter checked with the brand"));
    assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
    assertThat(lifted.str("listingStatus")).isEqualTo("ACTIVE");
    assertThat(lifted.str("statementOfReasons")).startsWith("sor-lift-");
    assertThat(api.get(m.key(), path).str("status")).isEqualTo("ACTIVE");

    var sameContent = new java.util.HashMap<String, Object>(listing);
    sameContent.put("imageUrls", List.of("https://img.example/tote.jpg"));
    var again = api.put(m.key(), path, sameContent);
    assertThat(again.str("screening.action")).isEqualTo("BLOCK");
    assertThat(again.str("screening.liftedOnAppeal")).as("the lift holds for this content").isEqualTo("true");
    assertThat(again.str("status")).isEqualTo("ACTIVE");

    var changed = new java.util.HashMap<String, Object>(sameContent);
    changed.put("title", brand + " tote, top replica AAA");
    var blocked = api.put(m.key(), path, changed);
    assertThat(blocked.str("status")).as("new content is screened afresh").isEqualTo("BLOCKED");
    assertThat(api.post(analyst, "/api/v1/screening-appeals/" + id + "/decision",
        Map.of("decision", "UPHOLD", "reason", "again")).status()).isEqualTo(409);

    // the block of the new content may be complained about, on the seller's page as through the API
    var page = fixtures.sellerPages(port, seller).get("/seller/blocked");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("LIFTED").contains("class=\"stack complaint\"")
        .contains("/seller/blocked/" + m.code() + "/ap-1/appeal");
  }
}
