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
  JdbcRuleSetRepository ruleSets;

  @Test
  void anApprovedRevisionChangesThatBrandAloneAndAnAliasTakenAwayIsNotFound() {
    var h = fixtures.holder();
    String first = Fixtures.brandName("Inc");
    String alias = "雀" + first.substring(3);
    screening.rebuild(); // a screener built whole from everything so far, with no layer of changes
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
  void theStampTellsAChangeThatCameAloneFromOneThatDidNot() {
    String before = "4:2026-03-02 09:00:00+00/default-3:2026-03-01 10:00:00+00/10:2026-03-01:123";
    String one = "5:2026-03-02 09:05:00+00/default-3:2026-03-01 10:00:00+00/10:2026-03-01:123";
    assertThat(Screening.onlyChange(before, one, "2026-03-02 09:05:00+00")).isTrue();
    assertThat(Screening.onlyChange(before, one, "2026-03-02 09:04:00+00")).as("another approval came last").isFalse();
    assertThat(Screening.onlyChange(before, "6:2026-03-02 09:05:00+00/default-3:2026-03-01 10:00:00+00/10:2026-03-01:123",
        "2026-03-02 09:05:00+00")).as("two approvals").isFalse();
    assertThat(Screening.onlyChange(before, "5:2026-03-02 09:05:00+00/default-4:2026-03-02 09:01:00+00/10:2026-03-01:123",
        "2026-03-02 09:05:00+00")).as("a rule set published meanwhile").isFalse();
    assertThat(Screening.onlyChange("", one, "2026-03-02 09:05:00+00")).as("nothing built yet").isFalse();
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
