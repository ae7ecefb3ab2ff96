package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Haze Clearing: an imitation is blocked and costs the merchant; misuse complaints are counted by month. */
class HazeClearingIntegrationTests extends IntegrationTest {

  @org.springframework.beans.factory.annotation.Autowired
  com.steward.platform.scheduling.Deadlines deadlines;

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void anImitationIsBlockedAndTheMerchantLosesCreditAndMarketingAndTheMonthsAreCounted() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String brand = Fixtures.brandName("Hz");
    String brandId = fixtures.approvedBrand(h, Map.of("name", brand));

    var blocked = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/imit-1", Map.of("sellerId", s.id(),
        "storeId", "st-" + s.id(), "title", brand + " style parka"));
    assertThat(blocked.str("status")).isEqualTo("BLOCKED");
    assertThat(blocked.str("screening.effects")).contains("LOWER_CREDIT", "SUSPEND_MARKETING");
    // the block's events, written together at its commit, in the order they happened
    @SuppressWarnings("unchecked")
    var events = (List<Map<String, Object>>) api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/events").json();
    List<String> types = events.stream().map(e -> String.valueOf(((Map<?, ?>) e.get("event")).get("type"))).toList();
    assertThat(types).containsSubsequence("listing.blocked", "seller.credit_lowered");
    assertThat(types).containsSubsequence("listing.blocked", "seller.marketing_suspended");
    assertThat(events).extracting(e -> ((Number) e.get("position")).longValue()).isSorted();

    String l1 = fixtures.listing(m, s, brand + " logo on a plain cap");
    String l2 = fixtures.listing(m, s, brand + " logo on a plain scarf");
    assertThat(fixtures.noticeFor(h, m, "TRADEMARK_MISUSE", l1, l2).status()).isEqualTo(201);
    clock.advance(Duration.ofDays(31));
    String l3 = fixtures.listing(m, s, brand + " logo on a plain mug");
    assertThat(fixtures.noticeFor(h, m, "TRADEMARK_MISUSE", l3).status()).isEqualTo(201);
    // a sweep in April decides BLOCK again on the parka, blocked since March: no new block
    fixtures.sweep(deadlines, "monthly re-screen");
    assertThat(jdbc.sql("""
        SELECT count(*) FROM screening_decision d JOIN listing l ON l.id = d.listing_id
         WHERE l.external_id = 'imit-1' AND l.marketplace_id = (SELECT id FROM marketplace WHERE code = :m)
           AND d.action = 'BLOCK'
        """).param("m", m.code()).query(Integer.class).single()).as("decided at the upsert and by the sweep")
        .isEqualTo(2);

    var report = api.get(ADMIN_KEY, "/api/v1/reports/trademark-misuse?months=3&marketplace=" + m.code());
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.str("[0].month")).isEqualTo("2026-02");
    assertThat(report.str("[0].trademarkMisuseNotices")).isEqualTo("0");
    assertThat(report.str("[1].month")).isEqualTo("2026-03");
    assertThat(report.str("[1].trademarkMisuseNotices")).isEqualTo("1");
    assertThat(report.str("[1].trademarkMisuseItems")).isEqualTo("2");
    assertThat(report.str("[1].screeningBlocks")).isEqualTo("1");
    assertThat(report.str("[2].month")).isEqualTo("2026-04");
    assertThat(report.str("[2].trademarkMisuseItems")).isEqualTo("1");
    assertThat(report.str("[2].screeningBlocks")).as("the sweep's decision restricted nothing new").isEqualTo("0");
    var brandReport = api.get(h.key(), "/api/v1/brands/" + brandId + "/screening?months=2");
    assertThat(brandReport.str("byMonth[0].blocked")).as(brandReport.toString()).isEqualTo("1");
    assertThat(brandReport.str("byMonth[1].month")).isEqualTo("2026-04");
    assertThat(brandReport.str("byMonth[1].blocked")).isEqualTo("0");
    assertThat(api.get(h.key(), "/api/v1/reports/trademark-misuse").status()).isEqualTo(403);
    for (String months : List.of("0", "-3", "121")) {
      var bad = api.get(ADMIN_KEY, "/api/v1/reports/trademark-misuse?months=" + months);
      assertThat(bad.status()).as(months + ": " + bad).isEqualTo(400);
      assertThat(bad.str("field")).isEqualTo("months");
    }
  }

  @Test
  void anImitationInAChineseTitleIsBlockedThoughTheNameIsSpacedOut() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    String chinese = Fixtures.chineseBrandName();
    String chineseBrand = Fixtures.brandName("Hc");
    fixtures.approvedBrand(fixtures.holder(), Map.of("name", chineseBrand, "aliases", List.of(chinese)));
    String spaced = String.join(" ", chinese.split(""));
    var imitation = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/imit-zh", Map.of("sellerId", s.id(),
        "storeId", "st-" + s.id(), "title", "新款 仿 " + spaced + " 羽绒服"));
    assertThat(imitation.str("status")).as(imitation.toString()).isEqualTo("BLOCKED");
    assertThat(imitation.str("screening.brand")).isEqualTo(chineseBrand);
    assertThat(imitation.str("screening.rules")).contains("imitation");
    assertThat(imitation.str("screening.effects")).contains("LOWER_CREDIT", "SUSPEND_MARKETING");
    assertThat(imitation.str("screening.matches[0].start")).as("the name as the seller spaced it").isEqualTo("5");
    assertThat(imitation.str("screening.matches[0].end")).isEqualTo(String.valueOf(5 + spaced.length()));
  }
}
