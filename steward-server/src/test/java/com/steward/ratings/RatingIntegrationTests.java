package com.steward.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A seller's rating moves with what it does and what is found, and keeps its history. */
class RatingIntegrationTests extends IntegrationTest {

  double score(Api.Response r) {
    return ((Number) r.at("score")).doubleValue();
  }

  @org.springframework.beans.factory.annotation.Autowired
  com.steward.sellers.SellerRisk risk;

  /** What screening reads of many sellers at once (backtests, sweeps) is what it reads of each. */
  @Test
  void manySellersRatingsReadAtOnceAreTheirLatest() {
    var m = fixtures.marketplace();
    var rated = fixtures.seller(m);
    var unrated = fixtures.seller(m);
    String path = "/api/v1/marketplaces/" + m.code() + "/sellers/" + rated.id() + "/metrics";
    assertThat(api.put(m.key(), path, Map.of("orders12m", 900, "refundRate", 0.01, "fakeRefundRate", 0.0)).status())
        .isEqualTo(200);
    // nothing has screened this seller since its rating was stored: read from the database
    var many = risk.of(List.of(rated.uuid(), unrated.uuid()));
    assertThat(many).as("a seller never rated has no risk yet").containsOnlyKeys(rated.uuid());
    assertThat(many.get(rated.uuid())).isEqualTo(risk.of(rated.uuid()).orElseThrow());
    assertThat(risk.of(List.of(rated.uuid(), unrated.uuid()))).as("the same from the cache").isEqualTo(many);

    clock.advance(Duration.ofMinutes(1));
    assertThat(api.put(m.key(), path, Map.of("orders12m", 900, "refundRate", 0.4, "fakeRefundRate", 0.2)).status())
        .isEqualTo(200);
    var after = risk.of(List.of(rated.uuid())).get(rated.uuid());
    assertThat(after).as("the new rating, not the one read before").isNotEqualTo(many.get(rated.uuid()))
        .isEqualTo(risk.of(rated.uuid()).orElseThrow());
    assertThat(after.rating()).isLessThan(many.get(rated.uuid()).rating());
  }

  @Test
  void theRatingMovesWithEventsAndKeepsItsHistory() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    String path = "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id();
    var fresh = api.get(s.key(), path + "/rating");
    assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
    assertThat((List<?>) fresh.at("components")).hasSize(6);
    assertThat(fresh.body()).contains("not reported");

    clock.advance(Duration.ofDays(400));
    var bad = api.put(m.key(), path + "/metrics", Map.of("orders12m", 900, "refundRate", 1.5));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("refundRate");
    var good = api.put(m.key(), path + "/metrics", Map.of("orders12m", 900, "refundRate", 0.01, "fakeRefundRate", 0.0));
    assertThat(good.status()).as(good.toString()).isEqualTo(200);
    assertThat(score(good)).isGreaterThan(score(fresh));
    assertThat(good.str("history[0].cause")).contains("orders and refunds");
    assertThat(good.body()).as("the seller's own figures, read in one query").contains("400 days on the marketplace",
        "900 orders in 12 months", "1.0% of orders refunded", "0.0% of orders refunded as suspected fakes",
        "no upheld notices in 12 months", "no listings blocked");

    var allowed = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/w0", Map.of("sellerId", s.id(),
        "storeId", "st-" + s.id(), "title", "plain leather strap", "category", "watches", "price", 30,
        "currency", "EUR"));
    assertThat(allowed.str("status")).as(allowed.toString()).isEqualTo("ACTIVE");
    fixtures.blockedListing(m, s, "w1");
    var after = api.get(m.key(), path + "/rating");
    assertThat(score(after)).isLessThan(score(good));
    assertThat(after.str("history[0].cause")).isEqualTo("penalty points changed");
    assertThat(((List<?>) after.at("history")).size()).isGreaterThanOrEqualTo(2);
    assertThat(after.str("components")).contains("PENALTIES", "COMPLIANCE");
    assertThat(after.body()).as("one live listing and one blocked, counted by the rating")
        .contains("1 listing blocked (50", "no upheld notices in 12 months", "\"1 active penalty point");
  }

  @Test
  void anAuthorisedResellerRatesHigherOnPositiveBehaviour() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    String path = "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id() + "/rating";
    double before = positive(api.get(m.key(), path));
    var holder = fixtures.holder();
    String name = Fixtures.brandName("Au");
    String brand = fixtures.approvedBrand(holder, Map.of("name", name, "authorizedSellers",
        List.of(m.code() + ":" + s.id())));
    assertThat(positive(api.get(m.key(), path))).isGreaterThan(before);

    // the brand's current profile counts: a later approved revision that drops the seller takes it back
    var revised = api.put(holder.key(), "/api/v1/brands/" + brand, Map.of("name", name,
        "authorizedSellers", List.of(m.code() + ":someone-else")));
    assertThat(revised.status()).as(revised.toString()).isLessThan(300);
    var approved = api.post(IntegrationTest.ADMIN_KEY, "/api/v1/brands/" + brand + "/revisions/2/decision",
        Map.of("decision", "APPROVE", "reason", "the owner ended the distribution agreement"));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(positive(api.get(m.key(), path))).isEqualTo(before);
  }

  @Test
  void aBrandThatAuthorisesOneStoreCountsForItsSellerAndRatesItAgainAtApproval() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var other = fixtures.seller(m);
    String path = "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id() + "/rating";
    var first = api.get(m.key(), path);
    double before = positive(first);
    assertThat(lastCause(first)).isNotEqualTo("brand authorisations changed");

    // another seller's store: nothing changes for this one
    var holder = fixtures.holder();
    String name = Fixtures.brandName("St");
    String brand = fixtures.approvedBrand(holder, Map.of("name", name, "authorizedStores",
        List.of(m.code() + ":st-" + other.id())));
    var unrelated = api.get(m.key(), path);
    assertThat(positive(unrelated)).isEqualTo(before);
    assertThat(lastCause(unrelated)).isNotEqualTo("brand authorisations changed");

    // the seller's own store: counted, and the stored rating (which screening reads) moved at the approval
    approveRevision(holder, brand, 2, Map.of("name", name, "authorizedStores", List.of(m.code() + ":st-" + s.id())));
    var authorised = api.get(m.key(), path);
    assertThat(positive(authorised)).isGreaterThan(before);
    assertThat(authorised.body()).contains("authorised reseller of 1 brand");
    assertThat(authorised.str("history[0].cause")).isEqualTo("brand authorisations changed");
    assertThat(score(authorised)).isEqualTo(((Number) authorised.at("history[0].score")).doubleValue());

    // named both as a seller and through its store, the brand counts once
    approveRevision(holder, brand, 3, Map.of("name", name, "authorizedSellers", List.of(m.code() + ":" + s.id()),
        "authorizedStores", List.of(m.code() + ":st-" + s.id())));
    assertThat(positive(api.get(m.key(), path))).isEqualTo(positive(authorised));

    // the same store id on another marketplace is another store
    approveRevision(holder, brand, 4, Map.of("name", name, "authorizedStores",
        List.of(fixtures.marketplace().code() + ":st-" + s.id())));
    var withdrawn = api.get(m.key(), path);
    assertThat(positive(withdrawn)).isEqualTo(before);
    assertThat(withdrawn.str("history[0].cause")).isEqualTo("brand authorisations changed");
    assertThat(score(withdrawn)).isEqualTo(((Number) withdrawn.at("history[0].score")).doubleValue());
  }

  /** Why the last stored rating was stored, or null if none was. */
  static String lastCause(Api.Response r) {
    List<?> history = (List<?>) r.at("history");
    return history.isEmpty() ? null : r.str("history[0].cause");
  }

  private void approveRevision(Fixtures.Holder holder, String brand, int revision, Map<String, Object> profile) {
    var revised = api.put(holder.key(), "/api/v1/brands/" + brand, profile);
    assertThat(revised.status()).as(revised.toString()).isLessThan(300);
    var approved = api.post(IntegrationTest.ADMIN_KEY, "/api/v1/brands/" + brand + "/revisions/" + revision
        + "/decision", Map.of("decision", "APPROVE", "reason", "distribution agreement on file"));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
  }

  @SuppressWarnings("unchecked")
  static double positive(Api.Response r) {
    return ((List<Map<String, Object>>) r.at("components")).stream().filter(c -> "POSITIVE_BEHAVIOUR".equals(c.get("factor")))
        .map(c -> ((Number) c.get("value")).doubleValue()).findFirst().orElseThrow();
  }

  @Test
  void aLinkToABannedClusterMakesTheSellerRisky() {
    var m = fixtures.marketplace();
    Map<String, Object> id = Map.of("givenName", "Karl", "surname", "Vogt", "paymentAccount", "NL91ABNA0417164300");
    for (String seller : List.of("rk-1", "rk-2")) {
      assertThat(api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + seller, Map.of("displayName",
          seller, "stores", List.of(Map.of("id", "st-" + seller, "name", seller)), "identity", id)).status())
          .isEqualTo(201);
    }
    String cluster = api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/rk-1/cluster").str("id");
    var ban = api.post(fixtures.analystKey(), "/api/v1/marketplaces/" + m.code() + "/clusters/" + cluster + "/ban",
        Map.of("reason", "storefronts of one counterfeit seller"));
    assertThat(ban.status()).as(ban.toString()).isEqualTo(200);
    var r = api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/rk-2/rating");
    assertThat(((Number) r.at("sellerRisk")).doubleValue()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.str("history[0].cause")).contains("banned");
  }

  @Test
  void onlyTheSellerItsMarketplaceAndStaffSeeTheRating() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    String path = "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id();
    assertThat(api.get(fixtures.seller(m).key(), path + "/rating").status()).isEqualTo(404);
    assertThat(api.get(fixtures.marketplace().key(), path + "/rating").status()).isIn(403, 404);
    assertThat(api.get(fixtures.holder().key(), path + "/rating").status()).isIn(403, 404);
    assertThat(api.put(s.key(), path + "/metrics", Map.of("orders12m", 5)).status()).isEqualTo(403);
    assertThat(api.put(fixtures.marketplace().key(), path + "/metrics", Map.of("orders12m", 5)).status())
        .isIn(403, 404);
    assertThat(api.get(fixtures.analystKey(), path + "/rating").status()).isEqualTo(200);
  }

  @org.springframework.beans.factory.annotation.Autowired
  Ratings ratings;
  @org.springframework.beans.factory.annotation.Autowired
  com.steward.sellers.Sellers sellers;
  @org.springframework.beans.factory.annotation.Autowired
  com.steward.marketplaces.Marketplaces marketplaces;
  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.transaction.support.TransactionTemplate tx;

  @Test
  void screeningSeesANewRatingAsSoonAsItIsCommittedEvenIfItReadTheOldOneMeanwhile() throws Exception {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var seller = sellers.get(marketplaces.byCode(m.code()).orElseThrow(), s.id());
    clock.advance(Duration.ofDays(400));
    ratings.reportMetrics(seller, new JdbcRatingRepository.Metrics(900, 0.01, 0.0));
    double before = ratings.of(seller.id()).orElseThrow().rating();
    try (var other = java.util.concurrent.Executors.newSingleThreadExecutor()) {
      tx.executeWithoutResult(status -> {
        ratings.reportMetrics(seller, new JdbcRatingRepository.Metrics(900, 0.6, 0.5));
        // a screening of the seller's next listing, on another thread, before this commits: it
        // reads the committed rating, the old one, and caches it
        try {
          assertThat(other.submit(() -> ratings.of(seller.id()).orElseThrow().rating()).get())
              .isEqualTo(before);
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
          throw new AssertionError(e);
        }
      });
    }
    assertThat(ratings.of(seller.id()).orElseThrow().rating()).as("the rating committed, not the one cached meanwhile")
        .isLessThan(before);
  }
}
