package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.screening.rules.Decision;
import com.steward.core.screening.rules.ListingFacts;
import com.steward.core.screening.rules.RuleSet;
import com.steward.core.screening.rules.Screener;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A brand revision approved on this node changes the screener in use for that brand alone, and
 * the screener then decides as one built whole from the same knowledge base.
 */
class BrandChangesIntegrationTests extends IntegrationTest {

  @Autowired
  Screening screening;
  @Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void anApprovedRevisionChangesThatBrandAloneAndAnAliasTakenAwayIsNotFound() {
    var h = fixtures.holder();
    String first = Fixtures.brandName("Inc");
    String alias = "雀" + first.substring(3);
    afterEveryApprovalSoFar(); // a screener built whole from everything so far, with no layer of changes
    assertThat(screening.current().changedTerms()).isZero();

    String id = fixtures.approvedBrand(h, Map.of("name", first, "aliases", List.of(alias)));

    assertThat(screening.current().changedTerms()).as("the new brand's two terms, not a whole build").isEqualTo(2);
    assertThat(brandOf("genuine " + first + " wallet")).isEqualTo(first);
    assertThat(brandOf(alias + " 钱包")).isEqualTo(first);

    var revised = api.put(h.key(), "/api/v1/brands/" + id, Map.of("name", first, "keywords", List.of("tern wallet")));
    assertThat(revised.status()).as(revised.toString()).isIn(200, 201, 202);
    assertThat(api.post(ADMIN_KEY, "/api/v1/brands/" + id + "/revisions/2/decision",
        Map.of("decision", "APPROVE", "reason", "the owner's new keyword")).status()).isEqualTo(200);

    assertThat(screening.current().changedTerms()).as("the brand's current terms only").isEqualTo(2);
    assertThat(brandOf(alias + " 钱包")).as("the alias taken away").isNull();
    assertThat(brandOf("plain tern wallet")).isEqualTo(first);
    decidesAsAWholeBuild(List.of(first + " wallet replica", first + " wallet 1:1", alias + " 钱包",
        "tern wallet, plain"));
  }

  @Test
  void anApprovalMadeElsewhereIsAppliedAsAChangeAndOneFoundTooLateBuildsWhole() {
    var h = fixtures.holder();
    afterEveryApprovalSoFar();
    // approved by another node: straight in the database, so this node hears no event and learns of it by the stamp
    String elsewhere = Fixtures.brandName("Inc");
    approveBehindTheNodesBack(pendingBrand(h, elsewhere), clock.instant());
    assertThat(brandOf(elsewhere + " tote")).as("not known before the look").isNull();

    screening.refresh();

    assertThat(screening.current().changedTerms()).as("applied as a change of its one term").isEqualTo(1);
    assertThat(brandOf(elsewhere + " tote")).isEqualTo(elsewhere);

    // an approval stamped long before the last one seen, as a transaction that commits very late would be
    String late = Fixtures.brandName("Inc");
    approveBehindTheNodesBack(pendingBrand(h, late), clock.instant().minus(java.time.Duration.ofHours(1)));

    screening.refresh();

    assertThat(screening.current().changedTerms()).as("the count of approvals disagreed: built whole").isZero();
    assertThat(brandOf(late + " tote")).isEqualTo(late);
    assertThat(brandOf(elsewhere + " tote")).isEqualTo(elsewhere);
  }

  @Test
  void theStampCountsTheApprovalsAndTellsOtherChanges() {
    String before = "4:2026-03-02 09:00:00+00/default-3:2026-03-01 10:00:00+00/10:2026-03-01:123";
    assertThat(Screening.approvalsSince(before,
        "6:2026-03-02 09:05:00+00/default-3:2026-03-01 10:00:00+00/10:2026-03-01:123")).isEqualTo(2);
    assertThat(Screening.approvalsSince(before,
        "5:2026-03-02 09:05:00+00/default-4:2026-03-02 09:01:00+00/10:2026-03-01:123"))
        .as("a rule set published meanwhile").isEqualTo(-1);
    assertThat(Screening.approvalsSince(before,
        "4:2026-03-02 09:00:00+00/default-3:2026-03-01 10:00:00+00/11:2026-03-02:456"))
        .as("a suspicious term added").isEqualTo(-1);
    assertThat(Screening.approvalsSince("", before)).as("nothing built yet").isEqualTo(-1);
  }

  /**
   * Moves the test clock past every approval so far (other tests move it about, and approvals are
   * stamped with it), then builds the screener whole: approvals from now on come in time order.
   */
  private void afterEveryApprovalSoFar() {
    java.time.Instant last = jdbc.sql("SELECT max(decided_at) FROM brand_revision WHERE status = 'APPROVED'")
        .query(java.time.OffsetDateTime.class).optional().map(java.time.OffsetDateTime::toInstant).orElse(START);
    clock.set(last.plus(java.time.Duration.ofDays(1)));
    screening.rebuild();
  }

  private String pendingBrand(com.steward.support.Fixtures.Holder h, String name) {
    var created = api.post(h.key(), "/api/v1/brands", Map.of("name", name));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.str("brandId");
  }

  private void approveBehindTheNodesBack(String brandId, java.time.Instant at) {
    assertThat(jdbc.sql("UPDATE brand_revision SET status = 'APPROVED', decided_by = 'staff:elsewhere', reason = 'ok',"
        + " decided_at = :at WHERE brand_id = CAST(:id AS uuid) AND revision = 1").param("id", brandId)
        .param("at", java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).update()).isEqualTo(1);
  }

  private String brandOf(String title) {
    return screening.screen(ListingFacts.of("bc", "1", "s-1", title, "", null, null, null)).brand();
  }

  private void decidesAsAWholeBuild(List<String> titles) {
    RuleSet rules = screening.current().rules();
    Screener whole = screening.draft(rules);
    for (String title : titles) {
      ListingFacts l = ListingFacts.of("bc", "1", "s-1", title, "", null, "bags", 5.0);
      Decision a = screening.screen(l);
      Decision b = whole.screen(l);
      assertThat(List.of(a.action(), a.rules(), String.valueOf(a.brand()))).as(title)
          .isEqualTo(List.of(b.action(), b.rules(), String.valueOf(b.brand())));
    }
  }
}
