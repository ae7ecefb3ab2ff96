package com.steward.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.platform.scheduling.Deadlines;
import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Screening's REFER becomes a question to the brand's owner: confirmed (a notice on its behalf,
 * acted on at once), dismissed with a reason, or escalated to analysts when nobody answers.
 */
class ReferralIntegrationTests extends IntegrationTest {

  @Autowired
  Deadlines deadlines;

  @Test
  void referralsAreConfirmedDismissedOrEscalatedAndOnlyTheOwnerAnswers() throws InterruptedException {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var owner = fixtures.holder();
    String brand = Fixtures.brandName("Rf");
    fixtures.approvedBrand(owner, Map.of("name", brand, "priceFloors", Map.of("shoes", 50.0)));

    String first = referred(m, s, brand + " running shoes, new");
    String second = referred(m, s, brand + " trail shoes, boxed");
    String third = referred(m, s, brand + " court shoes, size 42");

    var queue = api.get(owner.key(), "/api/v1/referrals?status=OPEN");
    assertThat(queue.body()).contains(first, second, third, "running shoes");
    var one = api.get(owner.key(), "/api/v1/referrals/" + first);
    assertThat(one.str("evidence.rules")).contains("price-below-floor");
    assertThat(one.str("listing.price")).isEqualTo("20.0");

    var stranger = fixtures.holder();
    assertThat(api.get(stranger.key(), "/api/v1/referrals").body()).doesNotContain(first);
    assertThat(api.get(stranger.key(), "/api/v1/referrals/" + first).status()).isEqualTo(404);
    assertThat(api.post(stranger.key(), "/api/v1/referrals/" + first + "/answer",
        Map.of("answer", "AUTHENTIC", "reason", "not mine to say")).status()).isEqualTo(404);
    assertThat(api.get(s.key(), "/api/v1/referrals").status()).isEqualTo(403);
    assertThat(api.get(m.key(), "/api/v1/referrals/" + first).status()).isEqualTo(403);
    assertThat(api.post(owner.key(), "/api/v1/referrals/" + first + "/answer", Map.of("reason", "x")).body())
        .contains("\"answer\"");

    var confirmed = api.post(owner.key(), "/api/v1/referrals/" + first + "/answer",
        Map.of("answer", "CONFIRM", "reason", "Wrong sole pattern and label; not one of ours"));
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.str("status")).isEqualTo("CONFIRMED");
    assertThat(confirmed.str("listing.status")).as("acted on at once").isEqualTo("REMOVED");
    var notice = api.get(owner.key(), "/api/v1/notices/" + confirmed.str("noticeId"));
    assertThat(notice.str("items[0].status")).isEqualTo("TAKEN_DOWN");
    assertThat(notice.str("items[0].expeditedBy")).isEqualTo("REFERRAL");
    assertThat(notice.str("channel")).isEqualTo("REFERRAL");

    var authentic = api.post(owner.key(), "/api/v1/referrals/" + second + "/answer",
        Map.of("answer", "AUTHENTIC", "reason", "An authorised outlet clearing old stock"));
    assertThat(authentic.str("status")).isEqualTo("AUTHENTIC");
    assertThat(authentic.str("listing.status")).isEqualTo("ACTIVE");
    assertThat(api.post(owner.key(), "/api/v1/referrals/" + second + "/answer",
        Map.of("answer", "CONFIRM", "reason", "changed my mind")).status()).isEqualTo(409);

    assertThat(api.get(owner.key(), "/api/v1/referrals/" + third).body()).as("similar confirmed cases")
        .contains("running shoes");
    clock.advance(Duration.ofHours(73));
    deadlines.checkNow();
    String analyst = fixtures.analystKey();
    String status = "OPEN";
    for (int i = 0; i < 100 && !"ESCALATED".equals(status); i++) {
      Thread.sleep(100);
      status = api.get(analyst, "/api/v1/referrals/" + third).str("status");
    }
    assertThat(status).as("unanswered after 72 hours").isEqualTo("ESCALATED");
    assertThat(api.get(analyst, "/api/v1/referrals?status=ESCALATED").body()).contains(third);
    var closed = api.post(analyst, "/api/v1/referrals/" + third + "/close",
        Map.of("reason", "Checked by hand; the listing is a plausible resale"));
    assertThat(closed.str("status")).isEqualTo("CLOSED");
    assertThat(api.get(ADMIN_KEY, "/api/v1/audit?subjectType=referral&subjectId=" + third).body())
        .contains("referral.created", "referral.escalated", "referral.closed");
  }

  @Test
  void aBandThatOwnersAlwaysConfirmIsRecommendedForBlockingAndAnAnalystApprovesIt() {
    Answered a = threeAnswered("Fb", "CONFIRM", "CONFIRMED");
    var m = a.market();
    var s = a.seller();
    var owner = a.owner();
    String brand = a.brand();
    String path = "/api/v1/brands/" + a.brandId() + "/referral-stats";
    var stats = api.get(owner.key(), path + "?minReferrals=3");
    assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
    assertThat(stats.str("responseRate")).isEqualTo("1.0");
    assertThat(stats.str("confirmationRate")).isEqualTo("1.0");
    assertThat(stats.str("bands[0].from")).as("0.2 for the mention, 0.5 below the floor: 0.6").isEqualTo("0.6");
    assertThat(stats.str("recommendations[0].kind")).isEqualTo("BLOCK");
    assertThat(stats.str("recommendations[0].block")).isEqualTo("0.6");
    assertThat(api.get(owner.key(), path).str("recommendations")).as("not with the default 50 referrals").isEqualTo("[]");
    assertThat(api.get(fixtures.holder().key(), path).status()).isEqualTo(404);
    assertThat(api.post(owner.key(), path + "/apply", Map.of("kind", "BLOCK", "reason", "mine")).status())
        .as("analysts approve").isEqualTo(403);

    String analyst = fixtures.analystKey();
    assertThat(api.post(analyst, path + "/apply", Map.of("kind", "ALLOW", "reason", "no", "minReferrals", 3)).status())
        .isEqualTo(409);
    var applied = api.post(analyst, path + "/apply", Map.of("kind", "BLOCK", "reason",
        "Owners confirmed every referral in this band", "minReferrals", 3));
    assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
    assertThat(applied.str("status")).isEqualTo("APPROVED");
    assertThat(applied.str("profile.thresholds.block")).isEqualTo("0.6");
    assertThat(applied.str("proposedBy")).isEqualTo("admin:system:referral-feedback");
    String id = "fb-" + Fixtures.suffix();
    var next = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id, Map.of("sellerId", s.id(),
        "storeId", "st-" + s.id(), "title", brand + " sneakers, new lot", "category", "shoes", "price", 20.0,
        "currency", "EUR"));
    assertThat(next.str("screening.action")).as("the band now blocks").isEqualTo("BLOCK");
  }

  @Test
  void aBandThatOwnersNeverConfirmIsRecommendedForAllowing() {
    Answered a = threeAnswered("Al", "AUTHENTIC", "AUTHENTIC");
    var m = a.market();
    var s = a.seller();
    String brand = a.brand();
    String path = "/api/v1/brands/" + a.brandId() + "/referral-stats";
    var stats = api.get(ADMIN_KEY, path + "?minReferrals=3");
    assertThat(stats.str("confirmationRate")).isEqualTo("0.0");
    assertThat(stats.str("recommendations[0].kind")).isEqualTo("ALLOW");
    assertThat(stats.str("recommendations[0].refer")).as("refer above the band").isEqualTo("0.65");
    var applied = api.post(fixtures.analystKey(), path + "/apply", Map.of("kind", "ALLOW", "reason",
        "Owners never confirm this band", "minReferrals", 3));
    assertThat(applied.str("profile.thresholds.refer")).isEqualTo("0.65");
    var next = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/al-" + Fixtures.suffix(),
        Map.of("sellerId", s.id(), "storeId", "st-" + s.id(), "title", brand + " sneakers, new lot", "category",
            "shoes", "price", 20.0, "currency", "EUR"));
    assertThat(next.str("screening.action")).as("the band is now allowed").isEqualTo("ALLOW");
  }

  @Test
  void aNameThatOwnersNeverConfirmMidTitleIsRecommendedAsAnOrdinaryWord() {
    Answered a = threeAnswered("Ow", "AUTHENTIC", "AUTHENTIC", (brand, i) -> "Sneakers lot " + i + ", " + brand.toLowerCase());
    String path = "/api/v1/brands/" + a.brandId() + "/referral-stats";
    var stats = api.get(ADMIN_KEY, path + "?minReferrals=3");
    assertThat(stats.str("recommendations")).contains("ORDINARY_WORD");
    assertThat(api.get(ADMIN_KEY, path).str("recommendations")).as("not with the default 50 referrals")
        .doesNotContain("ORDINARY_WORD");
    assertThat(api.get(a.owner().key(), path + "?minReferrals=3").str("recommendations"))
        .as("for staff, who may apply it").doesNotContain("ORDINARY_WORD");
    Answered leading = threeAnswered("Lw", "AUTHENTIC", "AUTHENTIC");
    assertThat(api.get(ADMIN_KEY, "/api/v1/brands/" + leading.brandId() + "/referral-stats?minReferrals=3")
        .str("recommendations")).as("the name opening the title").doesNotContain("ORDINARY_WORD");
    Answered bracketed = threeAnswered("Bw", "AUTHENTIC", "AUTHENTIC", (brand, i) -> "【" + brand + "】 sneakers lot " + i);
    assertThat(api.get(ADMIN_KEY, "/api/v1/brands/" + bracketed.brandId() + "/referral-stats?minReferrals=3")
        .str("recommendations")).as("in brackets, still the title's first word: the mark lifts nothing")
        .doesNotContain("ORDINARY_WORD");

    var applied = api.post(fixtures.analystKey(), path + "/apply", Map.of("kind", "ORDINARY_WORD", "reason",
        "Owners never confirm the bare word", "minReferrals", 3));
    assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
    assertThat(applied.str("profile.ordinaryWord")).isEqualTo("true");
    var m = a.market();
    var s = a.seller();
    var word = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/ow-" + Fixtures.suffix(),
        Map.of("sellerId", s.id(), "storeId", "st-" + s.id(), "title", "Sneakers, new lot, " + a.brand().toLowerCase(),
            "category", "shoes", "price", 20.0, "currency", "EUR"));
    assertThat(word.str("screening.action")).as("the bare word mid-title").isEqualTo("ALLOW");
    var named = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/ow-" + Fixtures.suffix(),
        Map.of("sellerId", s.id(), "storeId", "st-" + s.id(), "title", a.brand() + " sneakers, new lot",
            "category", "shoes", "price", 20.0, "currency", "EUR"));
    assertThat(named.str("screening.action")).as("the name opening the title").isEqualTo("REFER");
    assertThat(api.get(ADMIN_KEY, path + "?minReferrals=3").str("recommendations")).as("once marked")
        .doesNotContain("ORDINARY_WORD");
  }

  /** A brand with a price floor whose owner answered three referrals the same way. */
  record Answered(Fixtures.Market market, Fixtures.SellerAccount seller, Fixtures.Holder owner, String brand,
      String brandId) {}

  private Answered threeAnswered(String prefix, String answer, String status) {
    return threeAnswered(prefix, answer, status, (brand, i) -> brand + " sneakers lot " + i);
  }

  private Answered threeAnswered(String prefix, String answer, String status,
      java.util.function.BiFunction<String, Integer, String> title) {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var owner = fixtures.holder();
    String brand = Fixtures.brandName(prefix);
    String brandId = fixtures.approvedBrand(owner, Map.of("name", brand, "priceFloors", Map.of("shoes", 50.0)));
    for (int i = 0; i < 3; i++) {
      String ref = referred(m, s, title.apply(brand, i));
      assertThat(api.post(owner.key(), "/api/v1/referrals/" + ref + "/answer",
          Map.of("answer", answer, "reason", "Checked against our production records")).str("status"))
          .isEqualTo(status);
    }
    return new Answered(m, s, owner, brand, brandId);
  }

  @Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void aSweepDoesNotAskTheOwnerAgainAboutAListingItAnswered() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var owner = fixtures.holder();
    String brand = Fixtures.brandName("Ra");
    fixtures.approvedBrand(owner, Map.of("name", brand, "priceFloors", Map.of("shoes", 50.0)));
    String referral = referred(m, s, brand + " canvas shoes, outlet");
    var answered = api.post(owner.key(), "/api/v1/referrals/" + referral + "/answer",
        Map.of("answer", "AUTHENTIC", "reason", "Our own distributor's outlet stock"));
    assertThat(answered.str("status")).as(answered.toString()).isEqualTo("AUTHENTIC");
    String listing = answered.str("listing.listingId");

    fixtures.sweep(deadlines, "re-screen after a brand change");
    int referrals = jdbc.sql("""
        SELECT count(*) FROM referral r JOIN listing l ON l.id = r.listing_id JOIN marketplace mp ON mp.id = l.marketplace_id
         WHERE mp.code = :code AND l.external_id = :ext
        """).param("code", m.code()).param("ext", listing).query(Integer.class).single();
    assertThat(referrals).as("the same version, answered once, is not referred again").isEqualTo(1);
    assertThat(api.get(owner.key(), "/api/v1/referrals?status=OPEN").body()).doesNotContain(listing);
  }

  /** Upserts a cheap listing that screening refers; returns the referral's id. */
  private String referred(Fixtures.Market m, Fixtures.SellerAccount s, String title) {
    String id = "rf-" + Fixtures.suffix();
    Api.Response r = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id,
        Map.of("sellerId", s.id(), "storeId", "st-" + s.id(), "title", title, "category", "shoes", "price", 20.0,
            "currency", "EUR"));
    assertThat(r.str("screening.action")).as(r.toString()).isEqualTo("REFER");
    var list = api.get(ADMIN_KEY, "/api/v1/referrals?status=OPEN&limit=500");
    for (Object o : (java.util.List<?>) list.json()) {
      var ref = (Map<?, ?>) o;
      if (id.equals(((Map<?, ?>) ref.get("listing")).get("listingId"))) {
        return String.valueOf(ref.get("id"));
      }
    }
    throw new AssertionError("no referral for " + id + " in " + list);
  }
}
