package com.steward.sellerview;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import com.steward.support.PageClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seller view, the linkage page and the standing page without a browser: no form is taken
 * without its CSRF token, a seller sees only its own standing, and what the pages show is what the
 * API says.
 */
class SellerPagesIntegrationTests extends IntegrationTest {

  static final String PASSWORD = "long-enough-pw";

  PageClient as(String role, String subjectId) {
    String user = role.toLowerCase().replace('_', '-') + "-" + Fixtures.suffix();
    var body = new java.util.HashMap<String, Object>(Map.of("username", user, "password", PASSWORD, "role", role));
    if (subjectId != null) {
      body.put("subjectId", subjectId);
    }
    assertThat(api.post(ADMIN_KEY, "/api/v1/admin/users", body).status()).isEqualTo(201);
    return new PageClient(port).signIn(user, PASSWORD);
  }

  /** Gives the seller identifiers, so that it is in a cluster (of its own). */
  String cluster(Fixtures.Market m, Fixtures.SellerAccount s, String given, String surname) {
    var r = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id(), Map.of("displayName",
        "Seller " + s.id(), "accountType", "BUSINESS", "stores", List.of(Map.of("id", "st-" + s.id(), "name",
            "Store of " + s.id())), "identity", Map.of("givenName", given, "surname", surname, "email",
            given.toLowerCase() + "." + Fixtures.suffix() + "@example.org")));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.str("linkage.cluster");
  }

  String status(Fixtures.Market m, Fixtures.SellerAccount s) {
    return api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id()).str("status");
  }

  @Test
  void theNewFormsRefuseAPostWithoutItsToken() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    String cluster = cluster(m, s, "Ada", "Stone");
    String view = "/console/sellers/" + m.code() + "/" + s.id();
    var analyst = as("ANALYST", null);
    assertThat(analyst.get(view).statusCode()).isEqualTo(200);

    Map<String, String> ban = Map.of("cluster", cluster, "reason", "forged from another site");
    assertThat(analyst.post(view + "/ban", ban).statusCode()).isEqualTo(403);
    assertThat(analyst.post("/console/sellers", Map.of("marketplace", m.code(), "sellerId", s.id())).statusCode())
        .isEqualTo(403);
    assertThat(analyst.post("/console/linkage/rescans", Map.of("marketplace", m.code())).statusCode()).isEqualTo(403);
    assertThat(analyst.post("/console/linkage/reviews/00000000-0000-0000-0000-000000000000/decision",
        Map.of("decision", "BAN", "reason", "forged")).statusCode()).isEqualTo(403);
    assertThat(analyst.post("/console/linkage/complaints/00000000-0000-0000-0000-000000000000/decision",
        Map.of("decision", "LIFT", "reason", "forged")).statusCode()).isEqualTo(403);
    assertThat(status(m, s)).isEqualTo("ACTIVE");
    assertThat(analyst.get(view).body()).contains("id=\"ban-cluster\"");

    // the same form with the page's token is taken
    var done = analyst.submit(view, view + "/ban", ban);
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(done.headers().firstValue("Location").orElse("")).endsWith(view);
    assertThat(status(m, s)).isEqualTo("BANNED");

    var seller = as("SELLER", s.uuid().toString());
    var forged = seller.post("/seller/standing/complaint", Map.of("explanation", "forged from another site, twice"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(seller.get("/seller/standing").body()).contains("id=\"ban-complaint\"");
  }

  @Test
  void aSellerSeesOnlyItsOwnStanding() {
    var m = fixtures.marketplace();
    var mine = fixtures.seller(m);
    var other = fixtures.seller(m);
    cluster(m, mine, "Ada", "Stone");
    String otherCluster = cluster(m, other, "Kwame", "Mensah");
    String reason = "storefront of a counterfeit ring " + Fixtures.suffix();
    assertThat(api.post(fixtures.analystKey(), "/api/v1/marketplaces/" + m.code() + "/clusters/" + otherCluster
        + "/ban", Map.of("reason", reason)).status()).isEqualTo(200);
    assertThat(status(m, mine)).isEqualTo("ACTIVE");

    var seller = as("SELLER", mine.uuid().toString());
    var page = seller.get("/seller/standing");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain(reason).doesNotContain(other.id()).doesNotContain("Your account is banned")
        .doesNotContain("ban-complaint");
    assertThat(seller.get("/console/sellers/" + m.code() + "/" + other.id()).statusCode()).isEqualTo(403);
    assertThat(seller.get("/console/sellers/" + m.code() + "/" + mine.id()).statusCode()).isEqualTo(403);
    assertThat(seller.get("/console/linkage").statusCode()).isEqualTo(403);
    // a complaint only ever concerns the seller's own ban, and it has none
    var refused = seller.submit("/seller/standing", "/seller/standing/complaint", Map.of("explanation",
        "Please lift the ban of the other store as well."));
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(seller.get("/seller/standing").body()).contains("your account is not banned");

    var banned = as("SELLER", other.uuid().toString());
    assertThat(banned.get("/seller/standing").body()).contains(reason).contains("Your account is banned");
  }

  @Test
  void theStandingPageShowsThePointsAndRatingTheApiGives() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String brand = Fixtures.brandName("Sp");
    fixtures.approvedBrand(h, Map.of("name", brand));
    var put = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/sp-" + Fixtures.suffix(), Map.of(
        "sellerId", s.id(), "storeId", "st-" + s.id(), "title", brand + " tote bag 1:1 replica mirror quality",
        "category", "bags", "price", 19.0, "currency", "EUR"));
    assertThat(put.str("status")).as(put.toString()).isEqualTo("BLOCKED");
    String base = "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id();
    var penalties = api.get(s.key(), base + "/penalties");
    var rating = api.get(s.key(), base + "/rating");
    int points = (Integer) penalties.at("points");
    assertThat(points).isPositive();

    String page = as("SELLER", s.uuid().toString()).get("/seller/standing").body();
    assertThat(page).contains("id=\"penalty-points\">" + points + "<").contains("blocked listing")
        .contains(penalties.str("violations[0].expiresAt").substring(0, 10))
        .contains("id=\"rating-band\">" + rating.str("band") + "<")
        .contains("Art. 21");
    var score = java.util.regex.Pattern.compile("id=\"rating-score\">([0-9.]+)<").matcher(page);
    assertThat(score.find()).isTrue();
    assertThat(Double.parseDouble(score.group(1))).isCloseTo(((Number) rating.at("score")).doubleValue(),
        org.assertj.core.data.Offset.offset(0.051));
    String console = as("ANALYST", null).get("/console/sellers/" + m.code() + "/" + s.id()).body();
    assertThat(console).contains("id=\"penalty-points\">" + points + "<").contains("blocked listing")
        .contains("linked to no")
        .contains("id=\"rating-band\">" + rating.str("band") + "<");
  }

  @Test
  void anUnknownSellerIsNotFoundAndABanNeedsAReason() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    cluster(m, s, "Ada", "Stone");
    var analyst = as("ANALYST", null);
    assertThat(analyst.get("/console/sellers/" + m.code() + "/nobody-" + Fixtures.suffix()).statusCode())
        .isEqualTo(404);
    assertThat(analyst.get("/console/sellers/no-such-market/" + s.id()).statusCode()).isEqualTo(404);
    var missing = analyst.submit("/console/sellers", "/console/sellers", Map.of("marketplace", m.code(), "sellerId",
        "nobody-" + Fixtures.suffix()));
    assertThat(missing.headers().firstValue("Location").orElse("")).endsWith("/console/sellers");
    var found = analyst.submit("/console/sellers", "/console/sellers", Map.of("marketplace", m.code(), "sellerId",
        s.id()));
    assertThat(found.headers().firstValue("Location").orElse("")).endsWith("/console/sellers/" + m.code() + "/"
        + s.id());

    String view = "/console/sellers/" + m.code() + "/" + s.id();
    var refused = analyst.submit(view, view + "/ban", Map.of("reason", ""));
    assertThat(refused.headers().firstValue("Location").orElse("")).endsWith(view);
    assertThat(analyst.get(view).body()).contains("reason: required");
    assertThat(status(m, s)).isEqualTo("ACTIVE");
  }
}
