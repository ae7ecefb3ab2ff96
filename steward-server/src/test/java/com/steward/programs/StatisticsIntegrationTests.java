package com.steward.programs;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A notifier's statistics beside the program averages, and the staff's comparison. */
class StatisticsIntegrationTests extends IntegrationTest {

  @Test
  void aNotifierSeesItsNumbersBesideTheAveragesAndStaffSeeTheComparison() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    String analyst = fixtures.analystKey();
    var member = fixtures.holder();
    assertThat(api.post(analyst, "/api/v1/rights-holders/" + member.id() + "/programs",
        Map.of("program", "GOOD_FAITH", "reason", "Long record with the marketplace")).status()).isEqualTo(201);
    var bulk = fixtures.notice(member, m, fixtures.listing(m, s, "Copy watch 0"), fixtures.listing(m, s, "Copy watch 1"),
        fixtures.listing(m, s, "Copy watch 2"), fixtures.listing(m, s, "Copy watch 3"));
    for (int i = 0; i < 4; i++) {
      assertThat(bulk.str("items[" + i + "].status")).as("every item of a member's notice acts at once")
          .isEqualTo("TAKEN_DOWN");
      assertThat(bulk.str("items[" + i + "].expeditedBy")).isEqualTo("GOOD_FAITH");
    }
    var regular = fixtures.holder();
    for (int i = 0; i < 2; i++) {
      var filed = fixtures.notice(regular, m, fixtures.listing(m, s, "Watch strap " + i));
      api.post(analyst, "/api/v1/notices/" + filed.str("id") + "/items/" + filed.str("items[0].id") + "/review",
          Map.of("decision", i == 0 ? "REJECT" : "ACCEPT", "reason", "Checked"));
    }

    var mine = api.get(member.key(), "/api/v1/statistics/notifiers/" + member.id());
    assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
    assertThat(mine.str("program")).isEqualTo("GOOD_FAITH");
    assertThat(mine.str("items")).isEqualTo("4");
    assertThat(mine.str("decidedWithin24Hours")).as("acted on at once").isEqualTo("1.0");
    assertThat(mine.str("averages.programMembers.accounts")).isNotEqualTo("0");
    var theirs = api.get(regular.key(), "/api/v1/statistics/notifiers/" + regular.id());
    assertThat(theirs.str("program")).isNull();
    assertThat(theirs.str("rejected")).isEqualTo("1");
    assertThat(theirs.str("invalidRate")).as("one rejected of one settled").isEqualTo("1.0");
    assertThat(theirs.str("medianHoursToDecision")).isEqualTo("0.0");

    assertThat(api.get(regular.key(), "/api/v1/statistics/notifiers/" + member.id()).status()).isEqualTo(404);
    assertThat(api.get(regular.key(), "/api/v1/statistics/programs").status()).isEqualTo(403);
    var comparison = api.get(analyst, "/api/v1/statistics/programs");
    assertThat(comparison.status()).isEqualTo(200);
    assertThat(Integer.parseInt(comparison.str("programMembers.accounts"))).isGreaterThanOrEqualTo(1);
    assertThat(Integer.parseInt(comparison.str("regular.accounts"))).isGreaterThanOrEqualTo(1);
    assertThat(comparison.body()).contains("itemsPerAccountRatio", "invalidRateRatio");
  }
}
