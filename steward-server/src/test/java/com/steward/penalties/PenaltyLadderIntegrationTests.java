package com.steward.penalties;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.platform.scheduling.Deadlines;
import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Screening blocks add points; the ladder's restrictions follow them one threshold at a time, a
 * suspension ends on its date even across the scheduler, and a block lifted on complaint takes
 * its points away.
 */
class PenaltyLadderIntegrationTests extends IntegrationTest {

  @Autowired
  Deadlines deadlines;

  Fixtures.Market m;
  Fixtures.SellerAccount s;
  String brand;

  @BeforeEach
  void marketplaceWithASteepLadder() {
    m = fixtures.marketplace();
    s = fixtures.seller(m);
    brand = Fixtures.brandName("Pn");
    fixtures.approvedBrand(fixtures.holder(), Map.of("name", brand, "priceFloors", Map.of("bags", 80.0)));
    Map<String, Object> policy = (Map<String, Object>) api.get(m.key(), "/api/v1/marketplaces/" + m.code()
        + "/penalty-policy").json();
    Map<String, Object> points = new HashMap<>((Map<String, Object>) policy.get("points"));
    points.put("SCREENING_BLOCK", Map.of("minor", 4, "major", 8, "severe", 12));
    var ladder = List.of(threshold(4, "WARNING", 0, 0), threshold(8, "LISTING_LIMIT", 5, 0),
        threshold(12, "MARKETING_SUSPENSION", 0, 0), threshold(16, "STORE_SUSPENSION", 0, 7),
        threshold(20, "CLOSURE", 0, 0));
    var bad = api.put(IntegrationTest.ADMIN_KEY, "/api/v1/marketplaces/" + m.code() + "/penalty-policy",
        Map.of("points", points, "windowDays", 365, "ladder", List.of(ladder.get(1), ladder.get(0))));
    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.body()).contains("ladder[1].points");
    assertThat(api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/penalty-policy",
        Map.of("points", points, "windowDays", 365, "ladder", ladder)).status()).isEqualTo(403);
    var put = api.put(IntegrationTest.ADMIN_KEY, "/api/v1/marketplaces/" + m.code() + "/penalty-policy",
        Map.of("points", points, "windowDays", 365, "ladder", ladder));
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
  }

  static Map<String, Object> threshold(int points, String restriction, int maxListings, int days) {
    return Map.of("points", points, "restriction", restriction, "maxListings", maxListings, "suspensionDays", days);
  }

  Api.Response put(String id, String title, double price) {
    return api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id, Map.of("sellerId", s.id(),
        "storeId", "st-" + s.id(), "title", title, "category", "bags", "price", price, "currency", "EUR"));
  }

  Api.Response counterfeit(String id) {
    var r = put(id, brand + " tote bag 1:1 replica mirror quality", 19);
    assertThat(r.str("status")).as(r.toString()).isEqualTo("BLOCKED");
    return r;
  }

  Api.Response penalties() {
    return api.get(s.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id() + "/penalties");
  }

  List<String> restrictions() {
    List<String> out = new ArrayList<>();
    ((List<Map<String, Object>>) penalties().at("restrictions")).forEach(r -> out.add((String) r.get("restriction")));
    return out;
  }

  @Test
  void eachThresholdAppliesItsRestrictionOnce() {
    for (int i = 1; i <= 6; i++) {
      assertThat(put("c" + i, "Canvas tote bag, plain, number " + i, 25).str("status")).isEqualTo("ACTIVE");
    }
    assertThat(penalties().at("points")).isEqualTo(0);

    counterfeit("c1");
    assertThat(penalties().at("points")).isEqualTo(4);
    assertThat(restrictions()).containsExactly("WARNING");
    assertThat(penalties().str("explanation")).contains("4 points");
    assertThat(penalties().str("howToContest")).contains("Art. 20");

    counterfeit("c2");
    assertThat(restrictions()).containsExactly("WARNING", "LISTING_LIMIT");
    assertThat(put("n1", "Canvas tote bag, new colour", 25).status()).isEqualTo(201);
    var limited = put("n2", "Canvas tote bag, another colour", 25);
    assertThat(limited.status()).as(limited.toString()).isEqualTo(409);
    assertThat(limited.body()).contains("at most 5 live listings");

    counterfeit("c3");
    assertThat(restrictions()).containsExactly("WARNING", "LISTING_LIMIT", "MARKETING_SUSPENSION");

    counterfeit("c4");
    assertThat(restrictions()).containsExactly("WARNING", "LISTING_LIMIT", "MARKETING_SUSPENSION", "STORE_SUSPENSION");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id()).str("status"))
        .isEqualTo("SUSPENDED");
    assertThat(put("c5", "Canvas tote bag, plain, number 5, restocked", 25).status()).isEqualTo(409);
    String events = api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/events?limit=200").body();
    assertThat(events).contains("seller.penalty_warning", "seller.listing_limited", "seller.marketing_suspended",
        "seller.store_suspended");

    // the suspension runs seven days, then the store is back (the points stay)
    clock.advance(Duration.ofDays(7).plusMinutes(1));
    deadlines.checkNow();
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "ACTIVE".equals(
        api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id()).str("status")));
    assertThat(restrictions()).containsExactly("WARNING", "LISTING_LIMIT", "MARKETING_SUSPENSION");
    assertThat(penalties().at("points")).isEqualTo(16);

    counterfeit("c5");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id()).str("status"))
        .isEqualTo("BANNED");
    assertThat(restrictions()).contains("CLOSURE");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/events?limit=200").body())
        .contains("seller.store_reinstated", "seller.banned");
  }

  /** Six listings, two of them blocked: a limit of 5 with four live. */
  void atALimitOfFiveWithFourLive() {
    for (int i = 1; i <= 6; i++) {
      assertThat(put("c" + i, "Canvas tote bag, plain, number " + i, 25).status()).isEqualTo(201);
    }
    counterfeit("c1");
    counterfeit("c2");
    assertThat(restrictions()).containsExactly("WARNING", "LISTING_LIMIT");
  }

  Api.Response putStatus(String id, String title, String status) {
    return api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id, Map.of("sellerId", s.id(),
        "storeId", "st-" + s.id(), "title", title, "category", "bags", "price", 25, "currency", "EUR",
        "status", status));
  }

  @Test
  void aSellerAtItsLimitCannotPutAnInactiveListingLiveAgain() {
    atALimitOfFiveWithFourLive();
    assertThat(put("n1", "Canvas tote bag, new colour", 25).status()).isEqualTo(201);
    var kept = putStatus("h1", "Canvas tote bag, held back", "INACTIVE");
    assertThat(kept.status()).as("an inactive listing is not live: " + kept).isEqualTo(201);

    var live = putStatus("h1", "Canvas tote bag, held back", "ACTIVE");
    assertThat(live.status()).as(live.toString()).isEqualTo(409);
    assertThat(live.body()).contains("at most 5 live listings", "\"status\"");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/h1").str("status"))
        .isEqualTo("INACTIVE");
    assertThat(put("c3", "Canvas tote bag, plain, number 3, new price", 22).status())
        .as("a live listing's change adds nothing live").isEqualTo(200);

    assertThat(putStatus("c3", "Canvas tote bag, plain, number 3, new price", "INACTIVE").status()).isEqualTo(200);
    assertThat(putStatus("h1", "Canvas tote bag, held back", "ACTIVE").status())
        .as("room again once another is taken down").isEqualTo(200);
  }

  @Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Autowired
  javax.sql.DataSource dataSource;

  UUID sellerUuid() {
    return jdbc.sql("SELECT s.id FROM seller s JOIN marketplace m ON m.id = s.marketplace_id"
        + " WHERE m.code = :mp AND s.external_id = :s").param("mp", m.code()).param("s", s.id()).query(UUID.class).single();
  }

  @Test
  void putsSentAtOnceFillTheLastPlaceUnderALimitOnce() throws Exception {
    atALimitOfFiveWithFourLive();
    var pool = Executors.newFixedThreadPool(8);
    try {
      var answers = new ArrayList<Future<Api.Response>>();
      for (int i = 1; i <= 8; i++) {
        String id = "p" + i;
        answers.add(pool.submit(() -> put(id, "Canvas tote bag, sent at once, " + id, 25)));
      }
      int created = 0;
      for (var f : answers) {
        var r = f.get();
        assertThat(r.status()).as(r.toString()).isIn(201, 409);
        created += r.status() == 201 ? 1 : 0;
      }
      assertThat(created).as("one place was left").isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.sql("SELECT count(*) FROM listing WHERE seller_id = :s AND status = 'ACTIVE'")
        .param("s", sellerUuid()).query(Integer.class).single()).isEqualTo(5);
  }

  /** Holds the seller's turn to make listings live (JdbcListingRepository.lockLiveCount) on a connection of the test's. */
  java.sql.Connection holdingTheSellersTurn() throws java.sql.SQLException {
    var held = dataSource.getConnection();
    try (var lock = held.prepareStatement("SELECT pg_advisory_lock(7316004, hashtext(CAST(? AS text)))")) {
      lock.setObject(1, sellerUuid());
      lock.execute();
    }
    return held;
  }

  void awaitWaitingForTheTurn(int puts) {
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = 7316004")
        .query(Integer.class).single() == puts);
  }

  @Test
  void twoPutsOfOneNewListingForTheLastPlaceCreateItOnceAndChangeItOnce() throws Exception {
    atALimitOfFiveWithFourLive();
    var pool = Executors.newFixedThreadPool(2);
    try (var held = holdingTheSellersTurn()) {
      var first = pool.submit(() -> put("r1", "Canvas tote bag, sent twice, once", 25));
      var second = pool.submit(() -> put("r1", "Canvas tote bag, sent twice, again", 25));
      awaitWaitingForTheTurn(2);
      try (var unlock = held.prepareStatement("SELECT pg_advisory_unlock_all()")) {
        unlock.execute();
      }
      // one makes it the fifth live listing; the other then finds it live, and changes it
      List<Integer> statuses = new ArrayList<>(List.of(first.get().status(), second.get().status()));
      java.util.Collections.sort(statuses);
      assertThat(statuses).as(first.get() + " / " + second.get()).containsExactly(200, 201);
    } finally {
      pool.shutdownNow();
    }
    var r1 = api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/r1");
    assertThat(r1.str("status")).isEqualTo("ACTIVE");
    assertThat(r1.str("version")).as("the second put is the listing's next change").isEqualTo("2");
  }

  @Test
  void aPutUnderALimitWaitsForTheSellersTurnBeforeHoldingItsListing() throws Exception {
    atALimitOfFiveWithFourLive();
    UUID c3 = jdbc.sql("SELECT id FROM listing WHERE seller_id = :s AND external_id = 'c3'")
        .param("s", sellerUuid()).query(UUID.class).single();
    var pool = Executors.newFixedThreadPool(1);
    try (var held = holdingTheSellersTurn()) {
      var change = pool.submit(() -> put("c3", "Canvas tote bag, plain, number 3, a new photo", 25));
      awaitWaitingForTheTurn(1);
      // the waiting put holds no row: a batch holding the turn and waiting for this row cannot
      // meet a put that holds the row and waits for the turn
      try (var other = dataSource.getConnection()) {
        other.setAutoCommit(false);
        try (var row = other.prepareStatement("SELECT id FROM listing WHERE id = ? FOR NO KEY UPDATE NOWAIT")) {
          row.setObject(1, c3);
          assertThat(row.executeQuery().next()).isTrue();
        }
        other.rollback();
      }
      try (var unlock = held.prepareStatement("SELECT pg_advisory_unlock_all()")) {
        unlock.execute();
      }
      assertThat(change.get().status()).as(change.get().toString()).isEqualTo(200);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anotherSellersInactiveListingIsRefusedAsTheirsNotByTheLimit() {
    atALimitOfFiveWithFourLive();
    assertThat(put("n1", "Canvas tote bag, new colour", 25).status()).isEqualTo(201);
    var other = fixtures.seller(m);
    var theirs = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/o1", Map.of("sellerId", other.id(),
        "storeId", "st-" + other.id(), "title", "Canvas tote bag, theirs", "status", "INACTIVE"));
    assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);
    var taken = putStatus("o1", "Canvas tote bag, theirs", "ACTIVE");
    assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
    assertThat(taken.body()).contains("belongs to another seller").doesNotContain("live listings");
  }

  @Test
  void aBlockLiftedOnComplaintTakesItsPointsAway() {
    counterfeit("f1");
    assertThat(restrictions()).containsExactly("WARNING");
    var appeal = api.post(s.key(), "/api/v1/marketplaces/" + m.code() + "/listings/f1/appeal",
        Map.of("explanation", "I am an authorised reseller; the invoice from the brand is attached."));
    assertThat(appeal.status()).as(appeal.toString()).isEqualTo(201);
    var decided = api.post(fixtures.analystKey(), "/api/v1/screening-appeals/" + appeal.str("id") + "/decision",
        Map.of("decision", "LIFT", "reason", "invoice checked with the brand"));
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    assertThat(penalties().at("points")).isEqualTo(0);
    assertThat(restrictions()).isEmpty();
  }

  /** Registers a seller whose identity holds {@code passport}: two sellers with one passport are linked. */
  String linkedSeller(String passport) {
    String id = "linked-" + Fixtures.suffix();
    var identity = Map.<String, Object>of("givenName", "Jonas", "surname", "Weber", "dateOfBirth", "1987-03-14",
        "streetNumber", "17", "addressLine1", "Lindenstrasse", "city", "Leipzig", "postcode", "04109",
        "documentNumber", passport);
    var r = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + id, Map.of("displayName", "Shop " + id,
        "accountType", "PRIVATE", "stores", List.of(Map.of("id", "st-" + id, "name", "Store " + id)), "identity",
        identity));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return id;
  }

  Api.Response putFor(String seller, String id, String title, double price) {
    return api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id, Map.of("sellerId", seller,
        "storeId", "st-" + seller, "title", title, "category", "bags", "price", price, "currency", "EUR"));
  }

  @Test
  void linkedAccountsShareTheirPointsAndTheirRestrictions() {
    String passport = "P" + Fixtures.suffix().toUpperCase(java.util.Locale.ROOT);
    String a = linkedSeller(passport);
    String b = linkedSeller(passport);
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + b + "/cluster").str("members"))
        .as("one passport links the two").contains(a);
    for (int i = 1; i <= 6; i++) {
      assertThat(putFor(a, "a" + i, "Canvas tote bag, plain, number " + i, 25).status()).isEqualTo(201);
    }
    var first = putFor(a, "bad-a", brand + " tote bag 1:1 replica mirror quality", 19);
    assertThat(first.str("status")).as(first.toString()).isEqualTo("BLOCKED");
    var second = putFor(b, "bad-b", brand + " tote bag 1:1 replica mirror quality", 19);
    assertThat(second.str("status")).as(second.toString()).isEqualTo("BLOCKED");
    for (String seller : List.of(a, b)) {
      var view = api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + seller + "/penalties");
      assertThat(view.at("points")).as("the cluster's points, for " + seller).isEqualTo(8);
      assertThat(view.str("restrictions")).contains("WARNING", "LISTING_LIMIT");
    }
    // the limit reached through the other account's block holds for this one too
    var limited = putFor(a, "a7", "Canvas tote bag, new colour", 25);
    assertThat(limited.status()).as(limited.toString()).isEqualTo(409);
    assertThat(limited.body()).contains("at most 5 live listings");

    // the standing lists the cluster's violations (one is b's), and staff overturn each from a's
    var standing = api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + a + "/penalties");
    List<Map<String, Object>> violations = (List<Map<String, Object>>) standing.at("violations");
    assertThat(violations).hasSize(2);
    for (Map<String, Object> v : violations) {
      var overturned = api.post(fixtures.analystKey(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + a
          + "/violations/" + v.get("id") + "/overturn", Map.of("reason", "the brand's own samples"));
      assertThat(overturned.status()).as(overturned.toString()).isEqualTo(200);
    }
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + b + "/penalties").at("points"))
        .isEqualTo(0);
    assertThat(putFor(a, "a7", "Canvas tote bag, new colour", 25).status()).as("the limit ended with its points")
        .isEqualTo(201);
  }

  @Test
  void staffOverturnAViolationByHandWithAReasonAndTheLadderFollows() {
    counterfeit("h1");
    counterfeit("h2");
    assertThat(restrictions()).containsExactly("WARNING", "LISTING_LIMIT");
    String id = penalties().str("violations[1].id");
    String path = "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id() + "/violations/" + id + "/overturn";
    Map<String, Object> why = Map.of("reason", "the brand withdrew the rule that blocked h2");

    assertThat(api.post(m.key(), path, why).status()).as("the marketplace").isEqualTo(403);
    assertThat(api.post(s.key(), path, why).status()).as("the seller").isEqualTo(403);
    assertThat(api.post(fixtures.holder().key(), path, why).status()).isEqualTo(403);
    var noReason = api.post(fixtures.analystKey(), path, Map.of());
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    assertThat(api.post(fixtures.analystKey(), path, Map.of("reason", " ")).status()).isEqualTo(400);
    assertThat(api.post(fixtures.analystKey(), path, Map.of("reason", "x".repeat(1001))).status()).isEqualTo(400);
    String base = "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id() + "/violations/";
    assertThat(api.post(fixtures.analystKey(), base + java.util.UUID.randomUUID() + "/overturn", why).status())
        .isEqualTo(404);
    assertThat(api.post(fixtures.analystKey(), base + "not-an-id/overturn", why).status()).isEqualTo(404);
    // another seller's violation is not this seller's, even on the same marketplace
    var other = fixtures.seller(m);
    assertThat(api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/o1", Map.of("sellerId", other.id(),
        "storeId", "st-" + other.id(), "title", brand + " tote bag 1:1 replica", "category", "bags", "price", 19,
        "currency", "EUR")).str("status")).isEqualTo("BLOCKED");
    String othersViolation = api.get(other.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + other.id()
        + "/penalties").str("violations[0].id");
    assertThat(api.post(fixtures.analystKey(), base + othersViolation + "/overturn", why).status()).isEqualTo(404);
    assertThat(restrictions()).as("nothing refused changed anything").containsExactly("WARNING", "LISTING_LIMIT");

    var done = api.post(fixtures.analystKey(), path, why);
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.at("points")).isEqualTo(4);
    assertThat(restrictions()).as("the listing limit ends with its points").containsExactly("WARNING");
    assertThat(penalties().body()).doesNotContain(id);
    assertThat(api.get(ADMIN_KEY, "/api/v1/audit?subjectType=seller&subjectId=" + s.uuid()).body())
        .contains("penalty.violation_overturned", "the brand withdrew the rule that blocked h2", "analyst:");
    assertThat(api.post(fixtures.analystKey(), path, why).status()).as("once only").isEqualTo(409);
  }

  @Test
  void onlyTheSellerItselfItsMarketplaceAndStaffSeeItsPoints() {
    String path = "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id() + "/penalties";
    assertThat(api.get(fixtures.seller(m).key(), path).status()).isEqualTo(404);
    assertThat(api.get(fixtures.marketplace().key(), path).status()).isIn(403, 404);
    assertThat(api.get(fixtures.holder().key(), path).status()).isIn(403, 404);
    assertThat(api.get(m.key(), path).status()).isEqualTo(200);
    assertThat(api.get(fixtures.analystKey(), path).status()).isEqualTo(200);
  }
}
