package com.steward.verification;

import static com.steward.verification.VerificationSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.steward.audit.AuditLog;
import com.steward.platform.scheduling.Deadlines;
import com.steward.sellers.SellerEvents;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The durable schedules: INFORM's ten days, deletion six months after the relationship ends, triggers. */
class VerificationSchedulesIntegrationTests extends IntegrationTest {

  @Autowired
  Deadlines deadlines;

  @Autowired
  AuditLog audit;

  @Autowired
  ApplicationEventPublisher events;

  @Autowired
  TransactionTemplate tx;

  @Autowired
  JdbcClient jdbc;

  Fixtures.Market market;
  Fixtures.SellerAccount seller;
  String base;
  String analyst;
  VerificationSteps steps;

  @BeforeEach
  void aSeller() {
    market = fixtures.marketplace();
    seller = fixtures.seller(market);
    base = VerificationSteps.base(market, seller);
    analyst = fixtures.analystKey();
    steps = new VerificationSteps(api);
  }

  @Test
  void crossingTheInformThresholdsStartsTenDaysAfterWhichSalesAreSuspended() {
    ok(api.put(seller.key(), base + "/trader-information",
        VerificationSteps.individual(VerificationSteps.Trader.random())), 200);
    var below = ok(api.put(market.key(), base + "/sales-volume",
        Map.of("salesLast12Months", 199, "revenueLast12MonthsUsd", 25_000)), 200);
    assertThat(below.str("level")).isEqualTo("STANDARD");
    assertThat(api.put(seller.key(), base + "/sales-volume", Map.of("salesLast12Months", 1,
        "revenueLast12MonthsUsd", 1)).status()).as("the marketplace reports sales").isEqualTo(403);
    assertThat(api.put(market.key(), base + "/sales-volume", Map.of("salesLast12Months", -1,
        "revenueLast12MonthsUsd", 1.001)).str("errors[1].field")).isEqualTo("revenueLast12MonthsUsd");

    var crossed = ok(api.put(market.key(), base + "/sales-volume",
        Map.of("salesLast12Months", 200, "revenueLast12MonthsUsd", 5_000)), 200);
    assertThat(crossed.str("level")).isEqualTo("HIGH_VOLUME");
    assertThat(crossed.str("answerBy")).isEqualTo("2026-03-12T09:00:00Z");
    assertThat(crossed.at("buyersSeeContactDetails")).isEqualTo(false);
    assertThat(eventTypes()).contains("seller.high_volume");
    assertThat(ok(api.get(seller.key(), base), 200).body()).as("INFORM asks for a tax number").contains("\"taxId\"");

    clock.advance(Duration.ofDays(9));
    deadlines.checkNow();
    assertThat(ok(api.get(seller.key(), base), 200).str("inform.suspendedAt")).isNull();
    clock.advance(Duration.ofDays(1).plusMinutes(1));
    deadlines.checkNow();
    await().atMost(Duration.ofSeconds(20)).until(() -> api.get(seller.key(), base).str("inform.suspendedAt") != null);
    var view = ok(api.get(seller.key(), base), 200);
    assertThat(view.str("decisions[0].outcome")).isEqualTo("SUSPENDED");
    assertThat(view.str("decisions[0].statementOfReasons.kind")).isEqualTo("RESTRICTION");
    assertThat(eventTypes()).contains("seller.inform_suspended");
  }

  @Test
  void aHighVolumeSellerWithUsd20000ShowsBuyersItsContactDetailsButNotItsHomeAddress() {
    var trader = VerificationSteps.Trader.random();
    var body = new java.util.LinkedHashMap<>(VerificationSteps.individual(trader));
    body.put("taxId", "DE" + VerificationSteps.digits(9));
    ok(api.put(market.key(), base + "/sales-volume", Map.of("salesLast12Months", 900, "revenueLast12MonthsUsd",
        20_000)), 200);
    steps.complete(seller.key(), base, trader);
    assertThat(api.post(seller.key(), base + "/submission", Map.of()).str("field")).isEqualTo("taxId");
    ok(api.put(seller.key(), base + "/trader-information", body), 200);
    String caseId = ok(api.post(seller.key(), base + "/submission", Map.of()), 200).str("id");
    ok(api.post(analyst, "/api/v1/verification/cases/" + caseId + "/decision",
        Map.of("decision", "APPROVE", "reason", "Verified with the tax number")), 200);
    var shown = ok(api.get(market.key(), base + "/disclosure"), 200);
    assertThat(shown.str("inform.phone")).isEqualTo(trader.phone());
    assertThat(shown.at("inform.address")).isEqualTo(Map.of("state", "NRW", "country", "DE"));
    assertThat(shown.str("dsa.address.line1")).isEqualTo(trader.street());
    clock.advance(Duration.ofDays(11));
    deadlines.checkNow();
    assertThat(ok(api.get(seller.key(), base), 200).str("inform.compliant")).isEqualTo("true");
  }

  @Test
  void traderDataIsDeletedSixMonthsAfterTheRelationshipEnds() {
    String caseId = steps.approved(seller.key(), base, VerificationSteps.Trader.random(), analyst);
    assertThat(api.post(seller.key(), base + "/relationship-end", Map.of()).status()).isEqualTo(403);
    var ended = ok(api.post(market.key(), base + "/relationship-end", Map.of()), 200);
    assertThat(ended.str("traderDataDeletedAt")).isEqualTo("2026-09-02T09:00:00Z");
    assertThat(api.put(seller.key(), base + "/trader-information",
        VerificationSteps.individual(VerificationSteps.Trader.random())).status()).isEqualTo(409);

    clock.advance(Duration.ofDays(183));
    deadlines.checkNow();
    assertThat(documents(caseId)).as("not before six months").isPositive();
    clock.advance(Duration.ofDays(1));
    deadlines.checkNow();
    await().atMost(Duration.ofSeconds(20)).until(() -> documents(caseId) == 0);
    var view = ok(api.get(market.key(), base), 200);
    assertThat(view.str("traderInformation.given")).isEqualTo("false");
    assertThat((List<?>) view.at("documents")).isEmpty();
    assertThat(jdbc.sql("SELECT count(*) FROM verification_trader_info WHERE case_id = CAST(:id AS uuid)")
        .param("id", caseId).query(Long.class).single()).isZero();
    assertThat(audit.trail("verification_case", caseId).stream().map(e -> e.record().action()))
        .contains("verification.trader_data_deleted");
    assertThat(api.get(market.key(), base + "/disclosure").status()).isEqualTo(409);
  }

  @Test
  void aTriggerFromAnotherFeatureOpensAReverificationAtOnce() {
    String caseId = steps.approved(seller.key(), base, VerificationSteps.Trader.random(), analyst);
    tx.executeWithoutResult(t -> events.publishEvent(new SellerEvents.ReverificationTriggered(seller.uuid(),
        "linked to a banned cluster")));
    var view = ok(api.get(seller.key(), base), 200);
    assertThat(view.str("status")).isEqualTo("REVERIFICATION_DUE");
    assertThat(view.str("round")).isEqualTo("2");
    assertThat(view.str("roundReason")).isEqualTo("linked to a banned cluster");
    assertThat(view.str("graceUntil")).isEqualTo("2026-03-12T09:00:00Z");
    assertThat(view.body()).contains("documents.CHALLENGE_PHOTO").contains("selfCertification");
    assertThat(eventTypes()).contains("seller.reverification_due");

    clock.advance(Duration.ofDays(10).plusMinutes(1));
    deadlines.checkNow();
    await().atMost(Duration.ofSeconds(20)).until(() -> "EXPIRED".equals(api.get(seller.key(), base).str("status")));
    assertThat(eventTypes()).contains("seller.verification_expired");
    assertThat(ok(api.get(seller.key(), base), 200).at("canAppeal")).isEqualTo(true);
    assertThat(audit.trail("verification_case", caseId).stream().map(e -> e.record().action()))
        .contains("verification.round_opened", "verification.expired");
  }

  @Test
  void anEstablishedSellerSuddenlySellingOtherThingsIsCheckedAgain() {
    steps.approved(seller.key(), base, VerificationSteps.Trader.random(), analyst);
    String listings = "/api/v1/marketplaces/" + market.code() + "/listings/";
    for (int i = 0; i < 10; i++) {
      ok(api.put(market.key(), listings + "shoe-" + i, Map.of("sellerId", seller.id(), "storeId", "st-" + seller.id(),
          "title", "Leather loafers, size " + (38 + i), "category", "shoes", "price", 60, "currency", "EUR")), 201);
    }
    clock.advance(Duration.ofDays(31));
    List<String> other = List.of("watches", "jewellery", "perfume", "handbags", "phones");
    for (int i = 0; i < 4; i++) {
      ok(api.put(market.key(), listings + "new-" + i, Map.of("sellerId", seller.id(), "storeId", "st-" + seller.id(),
          "title", "Luxury item " + i, "category", other.get(i), "price", 900, "currency", "EUR")), 201);
    }
    ok(api.put(market.key(), listings + "shoe-new", Map.of("sellerId", seller.id(), "storeId", "st-" + seller.id(),
        "title", "Suede loafers", "category", "shoes", "price", 70, "currency", "EUR")), 201);
    assertThat(api.get(seller.key(), base).str("status")).as("four new categories are not yet sudden")
        .isEqualTo("APPROVED");
    ok(api.put(market.key(), listings + "new-4", Map.of("sellerId", seller.id(), "storeId", "st-" + seller.id(),
        "title", "Luxury item 4", "category", other.get(4), "price", 900, "currency", "EUR")), 201);
    await().atMost(Duration.ofSeconds(20)).until(() -> "REVERIFICATION_DUE".equals(api.get(seller.key(), base)
        .str("status")));
    assertThat(api.get(seller.key(), base).str("roundReason")).startsWith("sudden category change");
  }

  @Test
  void aBurstOfUpheldNoticesIsCheckedAgain() {
    steps.approved(seller.key(), base, VerificationSteps.Trader.random(), analyst);
    var holder = fixtures.holder();
    for (int i = 0; i < 3; i++) {
      var filed = fixtures.notice(holder, market, fixtures.listing(market, seller, "ACME Air running shoes " + i));
      var reviewed = api.post(analyst, "/api/v1/notices/" + filed.str("id") + "/items/" + filed.str("items[0].id")
          + "/review", Map.of("decision", "ACCEPT", "reason", "Logo and price match known counterfeits"));
      assertThat(reviewed.str("status")).as(reviewed.toString()).isEqualTo("TAKEN_DOWN");
    }
    // the counter-notice windows close: three final takedowns within 30 days
    clock.advance(Duration.ofDays(14).plusMinutes(1));
    deadlines.checkNow();
    await().atMost(Duration.ofSeconds(20)).until(() -> "REVERIFICATION_DUE".equals(api.get(seller.key(), base)
        .str("status")));
    assertThat(api.get(seller.key(), base).str("roundReason")).isEqualTo("a burst of upheld notices: 3 within 30 days");
  }

  long documents(String caseId) {
    return jdbc.sql("SELECT count(*) FROM verification_document WHERE case_id = CAST(:id AS uuid)").param("id", caseId)
        .query(Long.class).single();
  }

  @SuppressWarnings("unchecked")
  List<Object> eventTypes() {
    var events = (List<Map<String, Object>>) api.get(market.key(), "/api/v1/marketplaces/" + market.code() + "/events")
        .json();
    return events.stream().map(e -> ((Map<String, Object>) e.get("event")).get("type")).toList();
  }
}
