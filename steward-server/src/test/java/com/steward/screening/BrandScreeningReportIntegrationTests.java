package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import com.steward.support.PageClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A brand's owner sees what proactive screening did for the brand: per month, the listings naming
 * it that were blocked or referred, and the latest of them as they are now; nobody else's brand.
 */
class BrandScreeningReportIntegrationTests extends IntegrationTest {

  private Api.Response put(Fixtures.Market m, Fixtures.SellerAccount s, String id, String title, double price) {
    var r = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id, Map.of("sellerId", s.id(),
        "storeId", "st-" + s.id(), "title", title, "category", "shoes", "price", price, "currency", "EUR"));
    assertThat(r.status()).as(r.toString()).isLessThan(300);
    return r;
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOwnerSeesTheListingsScreeningBlockedAndReferredForItsBrand() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var owner = fixtures.holder();
    String brand = Fixtures.brandName("Rp");
    String brandId = fixtures.approvedBrand(owner, Map.of("name", brand, "priceFloors", Map.of("shoes", 50.0)));
    String suffix = Fixtures.suffix();

    assertThat(put(m, s, "rp-fair-" + suffix, brand + " trainers, worn twice", 60).str("screening.action"))
        .isEqualTo("ALLOW");
    assertThat(put(m, s, "rp-fake-" + suffix, brand + " trainers AAA replica", 30).str("screening.action"))
        .isEqualTo("BLOCK");
    clock.advance(java.time.Duration.ofSeconds(1)); // the test clock stands still otherwise
    assertThat(put(m, s, "rp-cheap-" + suffix, brand + " trainers, worn once", 20).str("screening.action"))
        .isEqualTo("REFER");
    // another owner's brand, blocked on the same marketplace: not in this report
    fixtures.blockedListing(m, s, "rp-other-" + suffix);

    String path = "/api/v1/brands/" + brandId + "/screening";
    var report = api.get(owner.key(), path);
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    assertThat(report.str("brand")).isEqualTo(brand);
    var months = (List<Map<String, Object>>) report.at("byMonth");
    assertThat(months).as("six months unless asked, the current one last").hasSize(6);
    assertThat(months.getLast()).containsEntry("blocked", 1).containsEntry("referred", 1);
    assertThat(months.subList(0, 5)).allSatisfy(mo -> assertThat(mo).containsEntry("blocked", 0));

    var latest = (List<Map<String, Object>>) report.at("latest");
    assertThat(latest).extracting(l -> l.get("listingId"))
        .as("the referred listing, then the blocked one, newest first; not the one let through")
        .containsExactly("rp-cheap-" + suffix, "rp-fake-" + suffix);
    assertThat(latest.get(1)).containsEntry("action", "BLOCK").containsEntry("statusNow", "BLOCKED")
        .containsEntry("marketplace", m.code()).containsEntry("title", brand + " trainers AAA replica");
    assertThat((List<String>) latest.get(1).get("rules")).contains("suspicious-term");
    assertThat(latest.get(0)).containsEntry("action", "REFER").containsEntry("statusNow", "ACTIVE");

    // the same listing decided again counts once
    put(m, s, "rp-fake-" + suffix, brand + " trainers AAA replica, new box", 30);
    var again = api.get(owner.key(), path + "?months=1");
    assertThat((List<?>) again.at("byMonth")).hasSize(1);
    assertThat(again.str("byMonth[0].blocked")).isEqualTo("1");
    assertThat((List<?>) again.at("latest")).hasSize(2);

    assertThat(api.get(fixtures.analystKey(), path).str("byMonth[5].referred")).as("staff read it too").isEqualTo("1");

    // a rename the owner proposes is not screening's until approved; once approved, the decisions
    // taken under the old name still count
    String renamed = brand.toUpperCase(java.util.Locale.ROOT);
    var proposed = api.put(owner.key(), "/api/v1/brands/" + brandId, Map.of("name", renamed, "priceFloors",
        Map.of("shoes", 50.0)));
    assertThat(proposed.status()).as(proposed.toString()).isLessThan(300);
    var pending = api.get(owner.key(), path + "?months=1");
    assertThat(pending.str("brand")).isEqualTo(brand);
    assertThat(pending.str("byMonth[0].blocked")).as("a pending rename hides nothing").isEqualTo("1");
    assertThat(api.post(ADMIN_KEY, "/api/v1/brands/" + brandId + "/revisions/" + proposed.str("revision")
        + "/decision", Map.of("decision", "APPROVE", "reason", "same mark")).status()).isEqualTo(200);
    var afterRename = api.get(owner.key(), path + "?months=1");
    assertThat(afterRename.str("brand")).isEqualTo(renamed);
    assertThat(afterRename.str("byMonth[0].blocked")).as("decisions under the old name still count").isEqualTo("1");
    assertThat(afterRename.str("byMonth[0].referred")).isEqualTo("1");
  }

  @Test
  void onlyTheOwnerItsAgentsAndStaffReadIt() {
    var m = fixtures.marketplace();
    var owner = fixtures.holder();
    String brandId = fixtures.approvedBrand(owner, Map.of("name", Fixtures.brandName("Rq")));
    String path = "/api/v1/brands/" + brandId + "/screening";
    assertThat(api.get(fixtures.holder().key(), path).status()).as("another rights holder").isEqualTo(404);
    assertThat(api.get(m.key(), path).status()).as("a marketplace").isIn(403, 404);
    assertThat(api.get(fixtures.seller(m).key(), path).status()).as("a seller").isIn(403, 404);
    assertThat(api.get(owner.key(), "/api/v1/brands/" + java.util.UUID.randomUUID() + "/screening").status())
        .isEqualTo(404);
    for (String months : List.of("0", "37", "-1")) {
      var bad = api.get(owner.key(), path + "?months=" + months);
      assertThat(bad.status()).as(months).isEqualTo(400);
      assertThat(bad.str("field")).isEqualTo("months");
    }
    assertThat(api.get(owner.key(), path + "?months=lots").status()).isEqualTo(400);
  }

  /** A portal user signed in for the rights holder {@code holder}. */
  private PageClient portalUser(Fixtures.Holder holder) {
    String user = "rh-" + Fixtures.suffix();
    var r = api.post(ADMIN_KEY, "/api/v1/admin/users", Map.of("username", user, "password", "long-enough-pw",
        "role", "RIGHTS_HOLDER", "subjectId", holder.id().toString()));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return new PageClient(port).signIn(user, "long-enough-pw");
  }

  @Test
  void theOwnerReadsItInThePortalFromItsBrandPage() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var owner = fixtures.holder();
    String brand = Fixtures.brandName("Rw");
    String brandId = fixtures.approvedBrand(owner, Map.of("name", brand));
    put(m, s, "rw-fake-" + Fixtures.suffix(), brand + " trainers 1:1 replica <b>bold</b>", 30);

    PageClient portal = portalUser(owner);
    String brandPage = portal.get("/portal/brands/" + brandId).body();
    assertThat(brandPage).contains("href=\"/portal/brands/" + brandId + "/screening\"");
    var badOwner = portal.submit("/portal/brands", "/portal/brands", Map.of("name", Fixtures.brandName("Own"),
        "ownerId", "not-a-uuid"));
    assertThat(badOwner.statusCode()).as("back to the form, with the error").isEqualTo(302);
    assertThat(portal.get("/portal/brands").body()).as("the page names the field it refused")
        .contains("ownerId: the value is not accepted");
    // a rejected change is not where the next one starts: the form holds the approved profile
    var proposed = api.put(owner.key(), "/api/v1/brands/" + brandId, Map.of("name", brand, "aliases",
        java.util.List.of("Refusedalias")));
    assertThat(api.post(ADMIN_KEY, "/api/v1/brands/" + brandId + "/revisions/" + proposed.str("revision")
        + "/decision", Map.of("decision", "REJECT", "reason", "not a form of the mark")).status()).isEqualTo(200);
    String afterRejection = portal.get("/portal/brands/" + brandId).body();
    assertThat(afterRejection).contains("REJECTED");
    assertThat(afterRejection.substring(afterRejection.indexOf("<form")))
        .as("the change form starts from the approved profile").doesNotContain(">Refusedalias<");
    var page = portal.get("/portal/brands/" + brandId + "/screening?months=3");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Screening of " + brand)
        .as("the title, escaped").contains(brand + " trainers 1:1 replica &lt;b&gt;bold&lt;/b&gt;")
        .contains("<td class=\"blocked\">1</td>").contains("suspicious-term");
    assertThat(page.body().split("<tr>").length - 1).as("a header row and three months, a header and one listing")
        .isEqualTo(6);

    var stranger = portalUser(fixtures.holder()).get("/portal/brands/" + brandId + "/screening");
    assertThat(stranger.statusCode()).isEqualTo(404);
    assertThat(stranger.body()).doesNotContain(brand + " trainers");
  }
}
