package com.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import com.steward.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A marketplace's first quarter of 2026, built through the API with the clock moved month by month,
 * plus a little before and after it that the report of {@code [2026-01-01, 2026-04-01)} must leave out:
 *
 * <ul>
 *   <li>December: seller D blocked by screening (a warning); a trading day.
 *   <li>January: Good Faith member G's notice on three listings acts at once; one is withdrawn after a
 *       counter-notice, one upheld, one stays down. Regular notifier R's notice: one accepted, one
 *       rejected; R's trademark-misuse notice waits for review. Seller A blocked (a warning). Two trading
 *       days.
 *   <li>February: three referrals to the brand's owner O: one confirmed, one dismissed as authentic, one
 *       unanswered. Seller B blocked, then the block lifted on complaint. A trading day.
 *   <li>March: G leaves Good Faith; R joins a partner program, and its trademark-misuse notice on two
 *       listings acts at once. Seller A blocked again: the ladder closes the account, taking its two live
 *       listings down; a complaint lifts the ban. Two trading days, one of them sent twice.
 *   <li>April: R's notice on another listing; a trading day.
 * </ul>
 *
 * Another marketplace reports a trading day in January.
 */
record ReportWorld(Fixtures.Market market, Fixtures.Market other, String analyst, Fixtures.SellerAccount seller,
    Fixtures.Holder holder) {

  static final String FROM = "2026-01-01";
  static final String TO = "2026-04-01";
  static final String QUERY = "?from=" + FROM + "&to=" + TO;

  static ReportWorld build(Api api, Fixtures fixtures, MutableClock clock) {
    clock.set(Instant.parse("2025-12-15T10:00:00Z"));
    var m = fixtures.marketplace();
    var other = fixtures.marketplace();
    String analyst = fixtures.analystKey();
    steepLadder(api, m);
    var owner = fixtures.holder();
    String brand = Fixtures.brandName("Tr");
    fixtures.approvedBrand(owner, Map.of("name", brand, "priceFloors", Map.of("bags", 80.0, "shoes", 50.0)));
    var a = fixtures.seller(m);
    var b = fixtures.seller(m);
    var c = fixtures.seller(m);
    var d = fixtures.seller(m);
    var g = fixtures.holder();
    var r = fixtures.holder();
    var w = new Builder(api, m, analyst, brand);
    w.counterfeit(d, "d-fake");
    w.day(m, "2025-12-14", 1000, 100, 50);

    clock.set(Instant.parse("2026-01-12T10:00:00Z"));
    w.ok(api.post(analyst, "/api/v1/rights-holders/" + g.id() + "/programs",
        Map.of("program", "GOOD_FAITH", "reason", "A long and accurate record")), 201);
    fixtures.listing(m, a, "Plain canvas tote, natural");
    fixtures.listing(m, a, "Plain canvas tote, black");
    w.counterfeit(a, "a-fake-1");
    List<String> tees = java.util.stream.IntStream.rangeClosed(1, 9)
        .mapToObj(i -> fixtures.listing(m, c, "Cotton tee, plain, size " + i)).toList();
    var regular = w.ok(fixtures.notice(r, m, tees.get(0), tees.get(1)), 201);
    w.review(regular, 0, "ACCEPT");
    w.review(regular, 1, "REJECT");
    w.ok(fixtures.noticeFor(r, m, "TRADEMARK_MISUSE", tees.get(4)), 201);
    var member = w.ok(fixtures.notice(g, m, tees.get(2), tees.get(3), tees.get(5)), 201);
    for (int i = 0; i < 3; i++) {
      assertThat(member.str("items[" + i + "].status")).isEqualTo("TAKEN_DOWN");
    }
    w.day(m, "2026-01-10", 100, 10, 4);
    w.day(m, "2026-01-11", 50, 5, 1);
    w.day(other, "2026-01-10", 500, 50, 25);
    clock.advance(Duration.ofDays(1));
    w.counterNotice(c, member, 1);
    w.counterNotice(c, member, 2);
    clock.advance(Duration.ofDays(1));
    w.ok(api.post(g.key(), w.item(member, 1) + "/response", Map.of("action", "WITHDRAW", "explanation",
        "The seller showed an invoice from our distributor")), 200);
    w.ok(api.post(g.key(), w.item(member, 2) + "/response", Map.of("action", "UPHOLD_WITH_EVIDENCE", "explanation",
        "We have sued the seller", "evidence", List.of(Map.of("title", "Court filing",
            "url", "https://court.example/filing.pdf")))), 200);

    clock.set(Instant.parse("2026-02-10T10:00:00Z"));
    String confirmed = w.referred(owner, b, brand + " running shoes, new");
    String dismissed = w.referred(owner, b, brand + " trail shoes, boxed");
    w.referred(owner, b, brand + " court shoes, size 42");
    w.ok(api.post(owner.key(), "/api/v1/referrals/" + confirmed + "/answer",
        Map.of("answer", "CONFIRM", "reason", "Stitching does not match our production")), 200);
    w.ok(api.post(owner.key(), "/api/v1/referrals/" + dismissed + "/answer",
        Map.of("answer", "AUTHENTIC", "reason", "A genuine pair from our outlet")), 200);
    w.counterfeit(b, "b-fake-1");
    var appeal = w.ok(api.post(b.key(), "/api/v1/marketplaces/" + m.code() + "/listings/b-fake-1/appeal",
        Map.of("explanation", "I am an authorised reseller; the invoice from the brand is attached.")), 201);
    w.ok(api.post(analyst, "/api/v1/screening-appeals/" + appeal.str("id") + "/decision",
        Map.of("decision", "LIFT", "reason", "Invoice checked with the brand")), 200);
    w.day(m, "2026-02-03", 200, 8, 2);

    clock.set(Instant.parse("2026-03-10T10:00:00Z"));
    w.ok(api.post(analyst, "/api/v1/rights-holders/" + g.id() + "/programs/GOOD_FAITH/end",
        Map.of("reason", "Left the program at its own request")), 200);
    w.ok(api.post(analyst, "/api/v1/rights-holders/" + r.id() + "/programs", Map.of("program", "PARTNER",
        "sponsor", "Anti-Counterfeiting Association", "reason", "Sponsored by its association")), 201);
    var partner = w.ok(fixtures.noticeFor(r, m, "TRADEMARK_MISUSE", tees.get(6), tees.get(7)), 201);
    assertThat(partner.str("items[0].expeditedBy")).isEqualTo("PARTNER");
    w.counterfeit(a, "a-fake-2");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + a.id()).str("status"))
        .as("the ladder's closure bans the account").isEqualTo("BANNED");
    clock.advance(Duration.ofDays(1));
    var complaint = w.ok(api.post(a.key(), "/api/v1/ban-appeals",
        Map.of("explanation", "The replicas were a supplier's mistake; I have withdrawn them.")), 201);
    w.ok(api.post(analyst, "/api/v1/ban-appeals/" + complaint.str("id") + "/decision",
        Map.of("decision", "LIFT", "reason", "First closure; the seller removed the goods")), 200);
    w.day(m, "2026-03-01", 300, 6, 0);
    w.day(m, "2026-03-02", 10, 1, 1);
    w.day(m, "2026-03-02", 20, 2, 1);

    clock.set(Instant.parse("2026-04-02T10:00:00Z"));
    w.ok(fixtures.notice(r, m, tees.get(8)), 201);
    w.day(m, "2026-04-01", 999, 9, 9);
    return new ReportWorld(m, other, analyst, c, r);
  }

  /** A ladder on which one screening block warns and two close the account. */
  @SuppressWarnings("unchecked")
  private static void steepLadder(Api api, Fixtures.Market m) {
    String path = "/api/v1/marketplaces/" + m.code() + "/penalty-policy";
    var points = new java.util.HashMap<>((Map<String, Object>) ((Map<String, Object>) api.get(m.key(), path).json())
        .get("points"));
    points.put("SCREENING_BLOCK", Map.of("minor", 4, "major", 8, "severe", 12));
    var put = api.put(IntegrationTest.ADMIN_KEY, path, Map.of("points", points, "windowDays", 365, "ladder", List.of(
        Map.of("points", 4, "restriction", "WARNING", "maxListings", 0, "suspensionDays", 0),
        Map.of("points", 8, "restriction", "CLOSURE", "maxListings", 0, "suspensionDays", 0))));
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
  }

  /** The calls the world is made of. */
  private record Builder(Api api, Fixtures.Market m, String analyst, String brand) {

    Api.Response ok(Api.Response r, int status) {
      assertThat(r.status()).as(r.toString()).isEqualTo(status);
      return r;
    }

    void counterfeit(Fixtures.SellerAccount s, String id) {
      var r = ok(api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id, Map.of("sellerId", s.id(),
          "storeId", "st-" + s.id(), "title", brand + " tote bag 1:1 replica mirror quality", "category", "bags",
          "price", 19, "currency", "EUR")), 201);
      assertThat(r.str("status")).as(r.toString()).isEqualTo("BLOCKED");
    }

    /** A cheap listing that screening refers to the brand's owner; returns the referral's id. */
    String referred(Fixtures.Holder owner, Fixtures.SellerAccount s, String title) {
      String id = "rf-" + Fixtures.suffix();
      var r = ok(api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id, Map.of("sellerId", s.id(),
          "storeId", "st-" + s.id(), "title", title, "category", "shoes", "price", 20.0, "currency", "EUR")), 201);
      assertThat(r.str("screening.action")).as(r.toString()).isEqualTo("REFER");
      for (Object o : (List<?>) api.get(owner.key(), "/api/v1/referrals?status=OPEN").json()) {
        var ref = (Map<?, ?>) o;
        if (id.equals(((Map<?, ?>) ref.get("listing")).get("listingId"))) {
          return String.valueOf(ref.get("id"));
        }
      }
      throw new AssertionError("no referral for " + id);
    }

    String item(Api.Response notice, int i) {
      return "/api/v1/notices/" + notice.str("id") + "/items/" + notice.str("items[" + i + "].id");
    }

    void review(Api.Response notice, int i, String decision) {
      ok(api.post(analyst, item(notice, i) + "/review", Map.of("decision", decision, "reason", "Checked")), 200);
    }

    void counterNotice(Fixtures.SellerAccount s, Api.Response notice, int i) {
      ok(api.post(s.key(), item(notice, i) + "/counter-notice", Map.of("explanation",
          "These tees are genuine stock bought from the brand's distributor.", "consentToJurisdiction", true)), 200);
    }

    void day(Fixtures.Market market, String day, int orders, int refunds, int fakes) {
      ok(api.put(market.key(), "/api/v1/marketplaces/" + market.code() + "/trading-days/" + day,
          Map.of("orders", orders, "refunds", refunds, "refundsAsFake", fakes)), 200);
    }
  }
}
