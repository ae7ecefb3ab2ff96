package com.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every endpoint answers 404 to a caller from another tenant, for reads and for actions. */
class TenantIsolationIntegrationTests extends IntegrationTest {

  Fixtures.Market m1;
  Fixtures.Market m2;
  Fixtures.SellerAccount s1;
  Fixtures.SellerAccount s2;
  Fixtures.Holder h1;
  Fixtures.Holder h2;
  String listing1;
  String noticeId;
  String itemId;

  @BeforeEach
  void twoTenants() {
    m1 = fixtures.marketplace();
    m2 = fixtures.marketplace();
    s1 = fixtures.seller(m1);
    s2 = fixtures.seller(m1);
    h1 = fixtures.holder();
    h2 = fixtures.holder();
    listing1 = fixtures.listing(m1, s1, "ACME trainers");
    var filed = fixtures.notice(h1, m1, listing1);
    noticeId = filed.str("id");
    itemId = filed.str("items[0].id");
    api.post(fixtures.analystKey(), "/api/v1/notices/" + noticeId + "/items/" + itemId + "/review",
        Map.of("decision", "ACCEPT", "reason", "Counterfeit"));
  }

  @Test
  void anotherMarketplaceCannotReadOrWriteListingsSellersOrEvents() {
    String base = "/api/v1/marketplaces/" + m1.code();
    assertThat(api.get(m2.key(), base + "/listings/" + listing1).status()).isEqualTo(404);
    assertThat(api.get(m2.key(), base + "/listings/" + listing1 + "/versions").status()).isEqualTo(404);
    assertThat(api.get(m2.key(), base + "/sellers/" + s1.id()).status()).isEqualTo(404);
    assertThat(api.get(m2.key(), base).status()).isEqualTo(404);
    assertThat(api.get(m2.key(), base + "/events").status()).isEqualTo(404);
    assertThat(api.get(m2.key(), base + "/webhook-deliveries").status()).isEqualTo(404);
    assertThat(api.put(m2.key(), base + "/sellers/intruder", Map.of("displayName", "X")).status()).isEqualTo(404);
    assertThat(api.put(m2.key(), base + "/listings/" + listing1, Map.of("sellerId", s1.id(), "storeId", "x",
        "title", "hijack")).status()).isEqualTo(404);
    assertThat(api.get(m2.key(), "/api/v1/notices/" + noticeId).status()).isEqualTo(404);
    assertThat(api.get(m2.key(), "/api/v1/statements-of-reasons?marketplace=" + m1.code() + "&listingId=" + listing1)
        .status()).isEqualTo(404);
    assertThat(api.get(m2.key(), "/api/v1/notices").body()).doesNotContain(noticeId);
    assertThat(api.get(m2.key(), base + "/sellers/" + s1.id() + "/verification").status()).isEqualTo(404);
    assertThat(api.put(m2.key(), base + "/sellers/" + s1.id() + "/sales-volume",
        Map.of("salesLast12Months", 500, "revenueLast12MonthsUsd", 9000)).status()).isEqualTo(404);
    assertThat(api.post(m2.key(), base + "/sellers/" + s1.id() + "/relationship-end", Map.of()).status())
        .isEqualTo(404);
    assertThat(api.put(m2.key(), base + "/trading-days/2026-03-01",
        Map.of("orders", 100, "refunds", 1, "refundsAsFake", 0)).status()).isEqualTo(404);
    assertThat(api.get(m2.key(), base + "/trading-days").status()).isEqualTo(404);
    for (String report : List.of("transparency", "transparency.csv", "transparency.pdf")) {
      assertThat(api.get(m2.key(), "/api/v1/reports/" + report + "?marketplace=" + m1.code()).status()).as(report)
          .isEqualTo(404);
      assertThat(api.get(m2.key(), "/api/v1/reports/" + report).status()).as("all marketplaces: " + report)
          .isEqualTo(403);
      assertThat(api.get(m2.key(), "/api/v1/reports/" + report + "?marketplace=" + m2.code()).status()).as(report)
          .isEqualTo(200);
    }
  }

  @Test
  void anotherSellerCannotSeeOrCounterNotice() {
    assertThat(api.get(s2.key(), "/api/v1/notices/" + noticeId).status()).isEqualTo(404);
    assertThat(api.get(s2.key(), "/api/v1/marketplaces/" + m1.code() + "/listings/" + listing1).status()).isEqualTo(404);
    assertThat(api.get(s2.key(), "/api/v1/marketplaces/" + m1.code() + "/sellers/" + s1.id()).status()).isEqualTo(404);
    assertThat(api.get(s2.key(), "/api/v1/statements-of-reasons?marketplace=" + m1.code() + "&listingId=" + listing1)
        .status()).isEqualTo(404);
    var cn = api.post(s2.key(), "/api/v1/notices/" + noticeId + "/items/" + itemId + "/counter-notice",
        Map.of("explanation", "This is not even my listing but let me try.", "consentToJurisdiction", true));
    assertThat(cn.status()).isEqualTo(404);
    assertThat(api.get(s2.key(), "/api/v1/notices").body()).doesNotContain(noticeId);
    String verification = "/api/v1/marketplaces/" + m1.code() + "/sellers/" + s1.id() + "/verification";
    assertThat(api.get(s2.key(), verification).status()).isEqualTo(404);
    assertThat(api.post(s2.key(), verification + "/challenge", Map.of()).status()).isEqualTo(404);
    assertThat(api.post(s2.key(), verification + "/submission", Map.of()).status()).isEqualTo(404);
    assertThat(api.get(s2.key(), verification + "/disclosure").status()).isEqualTo(404);
  }

  @Test
  void anotherRightsHolderCannotSeeRespondOrUseRights() {
    assertThat(api.get(h2.key(), "/api/v1/notices/" + noticeId).status()).isEqualTo(404);
    assertThat(api.get(h2.key(), "/api/v1/rights-holders/" + h1.id()).status()).isEqualTo(404);
    assertThat(api.get(h2.key(), "/api/v1/rights-holders/" + h1.id() + "/ip-rights").status()).isEqualTo(404);
    assertThat(api.get(h2.key(), "/api/v1/ip-rights/" + h1.rightId()).status()).isEqualTo(404);
    assertThat(api.post(h2.key(), "/api/v1/rights-holders/" + h1.id() + "/ip-rights", Map.of("type", "COPYRIGHT",
        "name", "Stolen", "jurisdiction", "EU")).status()).isEqualTo(404);
    var respond = api.post(h2.key(), "/api/v1/notices/" + noticeId + "/items/" + itemId + "/response",
        Map.of("action", "WITHDRAW", "explanation", "Not mine to withdraw"));
    assertThat(respond.status()).isEqualTo(404);
    assertThat(api.get(h2.key(), "/api/v1/statements-of-reasons?marketplace=" + m1.code() + "&listingId=" + listing1)
        .status()).isEqualTo(404);
    assertThat(api.get(h2.key(), "/api/v1/notices").body()).doesNotContain(noticeId);
    var withForeignRight = api.post(h2.key(), "/api/v1/notices", Map.of("ipRightId", h1.rightId(), "reason",
        "COUNTERFEIT", "explanation", "Using someone else's trademark here.", "goodFaithDeclaration", true,
        "items", List.of(Map.of("marketplace", m1.code(), "listingId", listing1))));
    assertThat(withForeignRight.status()).isEqualTo(400);
  }

  @Test
  void nonStaffCannotReviewVerifyOrAdminister() {
    String review = "/api/v1/notices/" + noticeId + "/items/" + itemId + "/review";
    assertThat(api.post(h1.key(), review, Map.of("decision", "ACCEPT", "reason", "self-serve")).status()).isEqualTo(403);
    assertThat(api.post(s1.key(), review, Map.of("decision", "REJECT", "reason", "self-serve")).status()).isEqualTo(403);
    assertThat(api.post(h1.key(), "/api/v1/ip-rights/" + h1.rightId() + "/verification",
        Map.of("decision", "VERIFIED", "reason", "trust me")).status()).isEqualTo(403);
    assertThat(api.post(m1.key(), "/api/v1/admin/api-keys", Map.of("subjectType", "ANALYST", "subjectId", "x"))
        .status()).isEqualTo(403);
    assertThat(api.put(m1.key(), "/api/v1/marketplaces/" + m2.code(), Map.of("name", "takeover")).status())
        .isEqualTo(403);
    assertThat(api.get(h1.key(), "/api/v1/audit/verify").status()).isEqualTo(403);
    assertThat(api.get(s1.key(), "/api/v1/verification/cases").status()).isEqualTo(403);
    assertThat(api.get(m1.key(), "/api/v1/verification/appeals").status()).isEqualTo(403);
    assertThat(api.post(m1.key(), "/api/v1/admin/verification/re-encryption", Map.of()).status()).isEqualTo(403);
    assertThat(api.put(s1.key(), "/api/v1/marketplaces/" + m1.code() + "/trading-days/2026-03-01",
        Map.of("orders", 100, "refunds", 1, "refundsAsFake", 0)).status()).isEqualTo(403);
    assertThat(api.get(s1.key(), "/api/v1/reports/transparency?marketplace=" + m1.code()).status()).isEqualTo(403);
    assertThat(api.get(h1.key(), "/api/v1/reports/transparency").status()).isEqualTo(403);
    assertThat(api.get(h1.key(), "/api/v1/marketplaces/" + m1.code() + "/sellers/" + s1.id() + "/verification")
        .status()).isEqualTo(404);
    assertThat(api.get(null, "/api/v1/notices/" + noticeId).status()).isEqualTo(401);
    assertThat(api.get("stw_not-a-real-key", "/api/v1/notices/" + noticeId).status()).isEqualTo(401);
  }

  @Test
  void theOwnPartiesSeeTheNotice() {
    assertThat(api.get(h1.key(), "/api/v1/notices/" + noticeId).status()).isEqualTo(200);
    assertThat(api.get(s1.key(), "/api/v1/notices/" + noticeId).status()).isEqualTo(200);
    assertThat(api.get(m1.key(), "/api/v1/notices/" + noticeId).status()).isEqualTo(200);
    assertThat(api.get(h1.key(), "/api/v1/statements-of-reasons?marketplace=" + m1.code() + "&listingId=" + listing1)
        .status()).isEqualTo(200);
  }
}
