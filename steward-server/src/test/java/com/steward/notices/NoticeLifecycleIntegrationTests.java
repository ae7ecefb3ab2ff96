package com.steward.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.steward.platform.scheduling.Deadlines;
import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NoticeLifecycleIntegrationTests extends IntegrationTest {

  @Autowired
  Deadlines deadlines;

  record Case(Fixtures.Market market, Fixtures.SellerAccount seller, Fixtures.Holder holder, String listing,
      String noticeId, String itemId, String analyst) {}

  Case takenDown() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String listing = fixtures.listing(m, s, "ACME Air running shoes");
    var filed = fixtures.notice(h, m, listing);
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String noticeId = filed.str("id");
    String itemId = filed.str("items[0].id");
    assertThat(filed.str("items[0].status")).isEqualTo("PENDING_REVIEW");
    String analyst = fixtures.analystKey();
    var reviewed = api.post(analyst, "/api/v1/notices/" + noticeId + "/items/" + itemId + "/review",
        Map.of("decision", "ACCEPT", "reason", "Logo and price match known counterfeits"));
    assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
    return new Case(m, s, h, listing, noticeId, itemId, analyst);
  }

  String listingStatus(Case c) {
    return api.get(c.market().key(), "/api/v1/marketplaces/" + c.market().code() + "/listings/" + c.listing())
        .str("status");
  }

  String itemStatus(Case c) {
    return api.get(c.holder().key(), "/api/v1/notices/" + c.noticeId()).str("items[0].status");
  }

  Api.Response counterNotice(Case c) {
    return api.post(c.seller().key(), "/api/v1/notices/" + c.noticeId() + "/items/" + c.itemId() + "/counter-notice",
        Map.of("explanation", "These shoes were bought from the brand's authorised distributor; invoice attached.",
            "evidence", List.of(Map.of("title", "Invoice 2026-0113", "url", "https://files.example/invoice.pdf")),
            "consentToJurisdiction", true));
  }

  @Test
  void acceptedNoticeTakesListingDownTellsSellerAndExplainsWhy() {
    Case c = takenDown();
    assertThat(listingStatus(c)).isEqualTo("REMOVED");

    var seen = api.get(c.seller().key(), "/api/v1/notices/" + c.noticeId());
    assertThat(seen.status()).isEqualTo(200);
    assertThat(seen.str("items[0].status")).isEqualTo("TAKEN_DOWN");
    assertThat(seen.str("items[0].counterNoticeDeadline")).isEqualTo(START.plus(Duration.ofDays(14)).toString());
    assertThat(seen.at("contact")).as("a seller does not see the notifier's email").isNull();

    var sor = api.get(c.seller().key(), "/api/v1/statements-of-reasons?marketplace=" + c.market().code()
        + "&listingId=" + c.listing());
    assertThat(sor.status()).isEqualTo(200);
    assertThat(sor.str("[0].kind")).isEqualTo("RESTRICTION");
    assertThat(sor.str("[0].transparencyDatabase.decision_visibility[0]")).isEqualTo("DECISION_VISIBILITY_CONTENT_REMOVED");
    assertThat(sor.str("[0].transparencyDatabase.decision_ground")).isEqualTo("DECISION_GROUND_ILLEGAL_CONTENT");
    assertThat(sor.str("[0].transparencyDatabase.source_type")).isEqualTo("SOURCE_ARTICLE_16");
    assertThat(sor.str("[0].transparencyDatabase.automated_detection")).isEqualTo("No");
    assertThat(sor.str("[0].transparencyDatabase.automated_decision")).isEqualTo("AUTOMATED_DECISION_NOT_AUTOMATED");
    assertThat(sor.str("[0].transparencyDatabase.category_specification[0]")).isEqualTo("KEYWORD_TRADEMARK_INFRINGEMENT");
    assertThat(sor.str("[0].transparencyDatabase.territorial_scope")).contains("DE", "FR");
    assertThat(sor.str("[0].redress")).contains("counter-notice", "Art. 20", "Art. 21");

    var events = api.get(c.market().key(), "/api/v1/marketplaces/" + c.market().code() + "/events");
    assertThat(events.str("[0].event.type")).isEqualTo("listing.taken_down");
    assertThat(events.str("[0].event.data.listingId")).isEqualTo(c.listing());
  }

  @Test
  void restoresListingWhenRightsHolderDoesNotAnswerInTime() {
    Case c = takenDown();
    clock.advance(Duration.ofDays(3));
    var cn = counterNotice(c);
    assertThat(cn.status()).as(cn.toString()).isEqualTo(200);
    assertThat(cn.str("status")).isEqualTo("COUNTER_NOTICED");
    // counter-notice on Thursday 5 March 09:00; 10 business days later is Thursday 19 March 09:00
    assertThat(cn.str("responseDeadline")).isEqualTo("2026-03-19T09:00:00Z");

    clock.advance(Duration.ofDays(13));
    deadlines.checkNow();
    assertThat(itemStatus(c)).as("a day before the response deadline").isEqualTo("COUNTER_NOTICED");
    clock.advance(Duration.ofDays(1).plusMinutes(1));
    deadlines.checkNow();
    await().atMost(Duration.ofSeconds(20)).until(() -> "RESTORED".equals(itemStatus(c)));
    assertThat(listingStatus(c)).isEqualTo("ACTIVE");

    var sor = api.get(c.seller().key(), "/api/v1/statements-of-reasons?marketplace=" + c.market().code()
        + "&listingId=" + c.listing());
    assertThat(sor.str("[1].kind")).isEqualTo("RESTORATION");
    assertThat(sor.str("[1].transparencyDatabase.automated_decision")).isEqualTo("AUTOMATED_DECISION_FULLY");
    var events = api.get(c.market().key(), "/api/v1/marketplaces/" + c.market().code() + "/events");
    assertThat(events.str("[1].event.type")).isEqualTo("listing.restored");
  }

  @Test
  void rightsHolderUpholdsWithEvidenceAndListingStaysDown() {
    Case c = takenDown();
    assertThat(counterNotice(c).status()).isEqualTo(200);
    var noEvidence = api.post(c.holder().key(), "/api/v1/notices/" + c.noticeId() + "/items/" + c.itemId()
        + "/response", Map.of("action", "UPHOLD_WITH_EVIDENCE", "explanation", "We sued."));
    assertThat(noEvidence.status()).isEqualTo(400);
    assertThat(noEvidence.str("errors[0].field")).isEqualTo("evidence");

    var upheld = api.post(c.holder().key(), "/api/v1/notices/" + c.noticeId() + "/items/" + c.itemId()
        + "/response", Map.of("action", "UPHOLD_WITH_EVIDENCE", "explanation", "Infringement action filed.",
        "evidence", List.of(Map.of("title", "Court filing", "url", "https://court.example/case/123"))));
    assertThat(upheld.status()).as(upheld.toString()).isEqualTo(200);
    assertThat(upheld.str("status")).isEqualTo("UPHELD");

    clock.advance(Duration.ofDays(30));
    deadlines.checkNow();
    assertThat(listingStatus(c)).isEqualTo("REMOVED");
    assertThat(itemStatus(c)).isEqualTo("UPHELD");
  }

  @Test
  void withdrawalRestoresAtOnce() {
    Case c = takenDown();
    assertThat(counterNotice(c).status()).isEqualTo(200);
    var withdrawn = api.post(c.holder().key(), "/api/v1/notices/" + c.noticeId() + "/items/" + c.itemId()
        + "/response", Map.of("action", "WITHDRAW", "explanation", "The seller's invoice is genuine."));
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.str("status")).isEqualTo("RESTORED");
    assertThat(listingStatus(c)).isEqualTo("ACTIVE");
  }

  @Test
  void takedownBecomesFinalWhenNoCounterNoticeArrives() {
    Case c = takenDown();
    clock.advance(Duration.ofDays(14).plusMinutes(1));
    deadlines.checkNow();
    await().atMost(Duration.ofSeconds(20)).until(() -> "FINAL_TAKEDOWN".equals(itemStatus(c)));
    var late = counterNotice(c);
    assertThat(late.status()).isEqualTo(409);
    assertThat(listingStatus(c)).isEqualTo("REMOVED");
  }

  @Test
  void counterNoticeAfterTheWindowIsRefusedEvenBeforeTheDeadlineRuns() {
    Case c = takenDown();
    clock.advance(Duration.ofDays(15));
    var late = counterNotice(c);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.str("detail")).contains("window closed");
  }

  @Test
  void rejectedItemLeavesListingUpAndCannotBeReviewedTwice() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String listing = fixtures.listing(m, s, "Plain running shoes");
    var filed = fixtures.notice(h, m, listing);
    String path = "/api/v1/notices/" + filed.str("id") + "/items/" + filed.str("items[0].id") + "/review";
    String analyst = fixtures.analystKey();
    var rejected = api.post(analyst, path, Map.of("decision", "REJECT", "reason", "No brand sign on the product"));
    assertThat(rejected.str("status")).isEqualTo("REJECTED");
    var again = api.post(analyst, path, Map.of("decision", "ACCEPT", "reason", "Second thoughts"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + listing).str("status"))
        .isEqualTo("ACTIVE");
    var second = fixtures.notice(h, m, listing);
    assertThat(second.status()).as("a closed notice does not block a new one").isEqualTo(201);
  }

  @Test
  void secondOpenNoticeOnSameListingAndRightIsRefused() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String listing = fixtures.listing(m, s, "ACME hoodie");
    assertThat(fixtures.notice(h, m, listing).status()).isEqualTo(201);
    var dup = fixtures.notice(h, m, listing);
    assertThat(dup.status()).isEqualTo(400);
    assertThat(dup.str("errors[0].field")).isEqualTo("items[0].listingId");
  }

  @Test
  void noticeNeedsAVerifiedRightOfTheNotifierOrOfAPrincipal() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    String listing = fixtures.listing(m, s, "ACME cap");
    var owner = fixtures.holder();
    var agent = fixtures.holder("AGENT");
    var foreign = api.post(agent.key(), "/api/v1/notices", Map.of("ipRightId", owner.rightId(), "reason",
        "COUNTERFEIT", "explanation", "Counterfeit ACME cap sold without authorisation.", "goodFaithDeclaration",
        true, "items", List.of(Map.of("marketplace", m.code(), "listingId", listing))));
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.str("errors[0].field")).isEqualTo("ipRightId");

    var mandate = api.post(ADMIN_KEY, "/api/v1/rights-holders/" + agent.id() + "/principals",
        Map.of("principalId", owner.id(), "mandate", "Power of attorney dated 2026-01-10"));
    assertThat(mandate.status()).as(mandate.toString()).isEqualTo(204);
    var asAgent = api.post(agent.key(), "/api/v1/notices", Map.of("ipRightId", owner.rightId(), "reason",
        "COUNTERFEIT", "explanation", "Counterfeit ACME cap sold without authorisation.", "goodFaithDeclaration",
        true, "items", List.of(Map.of("marketplace", m.code(), "listingId", listing))));
    assertThat(asAgent.status()).as(asAgent.toString()).isEqualTo(201);
    assertThat(api.get(owner.key(), "/api/v1/notices/" + asAgent.str("id")).status())
        .as("the principal sees notices filed on its rights").isEqualTo(200);
  }
}
