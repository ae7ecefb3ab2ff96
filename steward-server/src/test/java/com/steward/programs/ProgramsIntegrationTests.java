package com.steward.programs;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.platform.scheduling.Deadlines;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A notifier's way through the programs, driven by the outcomes of its notices: enrolment on a
 * good record, the expedited path with its audit, demotion when audits reverse its takedowns, and
 * the staff-run programs (partner with a sponsor and a term, trusted flagger).
 */
class ProgramsIntegrationTests extends IntegrationTest {

  @Autowired
  Deadlines deadlines;

  /** Low bars, so that a handful of notices decide; every expedited takedown audited. */
  static Map<String, Object> quickSettings() {
    var gf = new LinkedHashMap<String, Object>();
    gf.put("windowMonths", 3);
    gf.put("minDecided", 5);
    gf.put("enrolAccuracyLower", 0.6);
    gf.put("enrolCounterNoticeSuccess", 0.2);
    gf.put("demoteMinDecided", 3);
    gf.put("demoteAccuracyLower", 0.5);
    gf.put("demoteCounterNoticeSuccess", 0.3);
    gf.put("coolOffDays", 30);
    gf.put("auditShare", 1.0);
    return Map.of("goodFaith", gf, "partnerTermMonths", 12, "partnerAuditShare", 0.0, "trustedFlaggerAuditShare", 0.0);
  }

  @Test
  void aGoodRecordEnrolsExpeditesWithAuditAndReversedAuditsDemote() throws InterruptedException {
    var before = api.get(ADMIN_KEY, "/api/v1/programs/settings");
    String analyst = fixtures.analystKey();
    assertThat(api.put(analyst, "/api/v1/programs/settings", quickSettings()).status())
        .as("administrators configure").isEqualTo(403);
    var bad = new LinkedHashMap<String, Object>(quickSettings());
    bad.put("partnerTermMonths", 0);
    assertThat(api.put(ADMIN_KEY, "/api/v1/programs/settings", bad).body()).contains("partnerTermMonths");
    assertThat(api.put(ADMIN_KEY, "/api/v1/programs/settings", quickSettings()).status()).isEqualTo(200);
    try {
      var m = fixtures.marketplace();
      fixtures.warningsOnlyLadder(m);
      var s = fixtures.seller(m);
      var h = fixtures.holder();
      for (int i = 0; i < 6; i++) {
        var filed = fixtures.notice(h, m, fixtures.listing(m, s, "ACME trail shoes batch " + i));
        assertThat(filed.str("items[0].status")).as("no program yet: reviewed first").isEqualTo("PENDING_REVIEW");
        var reviewed = api.post(analyst, "/api/v1/notices/" + filed.str("id") + "/items/" + filed.str("items[0].id")
            + "/review", Map.of("decision", "ACCEPT", "reason", "Counterfeit logo"));
        assertThat(reviewed.status()).isEqualTo(200);
      }
      clock.advance(Duration.ofDays(15));
      deadlines.checkNow();
      awaitUpheld(h, 6);
      var review = api.post(analyst, "/api/v1/programs/review", Map.of());
      assertThat(review.status()).as(review.toString()).isEqualTo(200);
      var programs = api.get(h.key(), "/api/v1/rights-holders/" + h.id() + "/programs");
      assertThat(programs.str("[0].program")).as(programs.toString()).isEqualTo("GOOD_FAITH");
      assertThat(programs.str("[0].source")).isEqualTo("AUTOMATIC");
      assertThat(programs.str("[0].reason")).contains("settled items", "lower bound");

      // Two reversed audits bring the lower bound of accuracy under 0.5 (Beta(7, 3)).
      String[] reversed = new String[2];
      for (int i = 0; i < 2; i++) {
        String listing = fixtures.listing(m, s, "ACME trail shoes, second lot " + i);
        var fast = fixtures.notice(h, m, listing);
        assertThat(fast.str("items[0].status")).as("acted on at once").isEqualTo("TAKEN_DOWN");
        assertThat(fast.str("items[0].expeditedBy")).isEqualTo("GOOD_FAITH");
        assertThat(fast.str("items[0].auditStatus")).isEqualTo("PENDING");
        assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + listing).str("status"))
            .isEqualTo("REMOVED");
        assertThat(api.get(analyst, "/api/v1/review-queue?marketplace=" + m.code()).body())
            .as("the audit waits in the review queue").contains(fast.str("items[0].id"));
        var audited = api.post(analyst, "/api/v1/notices/" + fast.str("id") + "/items/" + fast.str("items[0].id")
            + "/audit", Map.of("decision", "REVERSE", "reason", "The seller is an authorised reseller"));
        assertThat(audited.status()).as(audited.toString()).isEqualTo(200);
        assertThat(audited.str("status")).isEqualTo("RESTORED");
        assertThat(audited.str("auditStatus")).isEqualTo("REVERSED");
        assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + listing).str("status"))
            .isEqualTo("ACTIVE");
        reversed[i] = fast.str("items[0].id");
        assertThat(api.post(analyst, "/api/v1/notices/" + fast.str("id") + "/items/" + reversed[i] + "/audit",
            Map.of("decision", "CONFIRM", "reason", "again")).status()).as("one audit per takedown").isEqualTo(409);
      }
      api.post(analyst, "/api/v1/programs/review", Map.of());
      var after = api.get(analyst, "/api/v1/rights-holders/" + h.id() + "/programs");
      assertThat(after.str("[0].endKind")).as(after.toString()).isEqualTo("DEMOTED");
      assertThat(after.str("[0].endReason")).contains("cool-off of 30 days");
      var slow = fixtures.notice(h, m, fixtures.listing(m, s, "ACME trail shoes, third lot"));
      assertThat(slow.str("items[0].status")).as("back to review first").isEqualTo("PENDING_REVIEW");
      assertThat(api.get(ADMIN_KEY, "/api/v1/audit?subjectType=rights_holder&subjectId=" + h.id()).body())
          .contains("program.enrolled", "program.demoted");
      assertThat(api.get(h.key(), "/api/v1/rights-holders/" + h.id() + "/reputation").str("reversed")).isEqualTo("2");
    } finally {
      assertThat(api.put(ADMIN_KEY, "/api/v1/programs/settings", before.json()).status()).isEqualTo(200);
    }
  }

  @Test
  void staffRunPartnerAndTrustedFlaggerProgramsWithinTheirPowers() {
    var h = fixtures.holder();
    String analyst = fixtures.analystKey();
    String path = "/api/v1/rights-holders/" + h.id() + "/programs";
    var noSponsor = api.post(analyst, path, Map.of("program", "PARTNER", "reason", "Trade association pilot"));
    assertThat(noSponsor.status()).isEqualTo(400);
    assertThat(noSponsor.body()).contains("sponsor");
    var partner = api.post(analyst, path, Map.of("program", "PARTNER", "sponsor", "Sporting Goods Federation",
        "reason", "Trade association pilot"));
    assertThat(partner.status()).as(partner.toString()).isEqualTo(201);
    assertThat(partner.str("expiresAt")).startsWith("2027-03-02");
    assertThat(api.post(analyst, path, Map.of("program", "PARTNER", "sponsor", "Again", "reason", "twice")).status())
        .isEqualTo(409);
    assertThat(api.post(analyst, path, Map.of("program", "TRUSTED_FLAGGER", "reason", "DSC award")).status())
        .as("administrators record trusted-flagger status").isEqualTo(403);
    assertThat(api.post(ADMIN_KEY, path, Map.of("program", "TRUSTED_FLAGGER", "reason", "Awarded by the DSC"))
        .status()).isEqualTo(201);
    assertThat(api.post(h.key(), path, Map.of("program", "GOOD_FAITH", "reason", "me")).status()).isEqualTo(403);

    assertThat(api.get(h.key(), path).status()).isEqualTo(200);
    assertThat(api.get(fixtures.holder().key(), path).status()).as("another notifier's programs").isEqualTo(404);
    assertThat(api.get(fixtures.marketplace().key(), path).status()).isEqualTo(404);

    clock.advance(Duration.ofDays(400));
    api.post(analyst, "/api/v1/programs/review", Map.of());
    var list = api.get(analyst, path).body();
    assertThat(list).as("the partner term ended without a record").contains("\"endKind\":\"EXPIRED\"");
    var ended = api.post(analyst, path + "/TRUSTED_FLAGGER/end", Map.of("reason", "Status revoked by the DSC"));
    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    assertThat(ended.str("endKind")).isEqualTo("ENDED");
    assertThat(api.post(analyst, path + "/TRUSTED_FLAGGER/end", Map.of("reason", "again")).status()).isEqualTo(404);
  }

  @Test
  void aPartnerWithAGoodRecordGraduatesIntoGoodFaithAtTheEndOfItsTerm() throws InterruptedException {
    var before = api.get(ADMIN_KEY, "/api/v1/programs/settings");
    assertThat(api.put(ADMIN_KEY, "/api/v1/programs/settings", quickSettings()).status()).isEqualTo(200);
    try {
      var m = fixtures.marketplace();
      var s = fixtures.seller(m);
      var h = fixtures.holder();
      String analyst = fixtures.analystKey();
      String path = "/api/v1/rights-holders/" + h.id() + "/programs";
      assertThat(api.post(analyst, path, Map.of("program", "PARTNER", "sponsor", "Federation of Watchmakers",
          "expiresAt", "2026-03-25T00:00:00Z", "reason", "Association pilot")).status()).isEqualTo(201);
      for (int i = 0; i < 6; i++) {
        assertThat(fixtures.notice(h, m, fixtures.listing(m, s, "Replica watch " + i)).str("items[0].expeditedBy"))
            .isEqualTo("PARTNER");
      }
      clock.advance(Duration.ofDays(24));
      deadlines.checkNow();
      awaitUpheld(h, 6);
      api.post(analyst, "/api/v1/programs/review", Map.of());
      var list = api.get(h.key(), path);
      assertThat(list.body()).as(list.toString()).contains("\"endKind\":\"GRADUATED\"");
      assertThat(list.str("[0].program")).isEqualTo("GOOD_FAITH");
      assertThat(list.str("[0].sponsor")).isEqualTo("Federation of Watchmakers");
      assertThat(list.body()).contains("\"source\":\"GRADUATED\"");
    } finally {
      assertThat(api.put(ADMIN_KEY, "/api/v1/programs/settings", before.json()).status()).isEqualTo(200);
    }
  }

  /** Waits until the counter-notice windows closed on the scheduler's threads have settled {@code n} items. */
  private void awaitUpheld(com.steward.support.Fixtures.Holder h, int n) throws InterruptedException {
    String path = "/api/v1/rights-holders/" + h.id() + "/reputation";
    for (int i = 0; i < 100 && !String.valueOf(n).equals(api.get(h.key(), path).str("upheld")); i++) {
      Thread.sleep(100);
    }
    assertThat(api.get(h.key(), path).str("upheld")).isEqualTo(String.valueOf(n));
  }
}
