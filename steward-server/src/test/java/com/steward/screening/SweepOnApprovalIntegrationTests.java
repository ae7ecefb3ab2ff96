package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import com.steward.support.OwnServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With sweeps on approval, as in production, an approved brand's sweep starts at once and screens
 * with the new brand, not at the scheduler's next poll (an hour here).
 */
class SweepOnApprovalIntegrationTests {

  @TempDir
  Path dataDir;

  @Test
  void anApprovedBrandAndANewSuspiciousTermAreSweptWithoutWaitingForThePoll() {
    try (var ctx = OwnServer.start(dataDir, "--steward.screening.sweep-on-approval=true")) {
      var api = OwnServer.api(ctx);
      var fixtures = new Fixtures(api);
      var m = fixtures.marketplace();
      var s = fixtures.seller(m);
      String brand = Fixtures.brandName("Sa");
      String path = "/api/v1/marketplaces/" + m.code() + "/listings/sa-1";
      var put = api.put(m.key(), path, Map.of("sellerId", s.id(), "storeId", "st-" + s.id(),
          "title", brand + " sneakers 1:1 replica"));
      assertThat(put.str("status")).as("the brand is not known yet").isEqualTo("ACTIVE");
      fixtures.approvedBrand(fixtures.holder(), Map.of("name", brand));
      await().atMost(Duration.ofSeconds(30)).until(() -> "BLOCKED".equals(api.get(m.key(), path).str("status")));
      // the sweep, started in a transaction of its own after the approval's commit, is in the audit log
      var sweeps = api.get(IntegrationTest.ADMIN_KEY, "/api/v1/sweeps");
      String sweep = sweeps.str("[0].id");
      assertThat(sweeps.str("[0].reason")).as(sweeps.toString()).contains("approved");
      assertThat(api.get(IntegrationTest.ADMIN_KEY, "/api/v1/audit?subjectType=sweep&subjectId=" + sweep).body())
          .contains("sweep.started");

      // a suspicious term added later reaches the listings already there
      String term = "faux" + Fixtures.suffix().chars().mapToObj(c -> String.valueOf((char) ('a' + c % 26)))
          .collect(java.util.stream.Collectors.joining());
      String later = "/api/v1/marketplaces/" + m.code() + "/listings/sa-2";
      assertThat(api.put(m.key(), later, Map.of("sellerId", s.id(), "storeId", "st-" + s.id(),
          "title", brand + " sneakers " + term + " edition")).str("status")).isEqualTo("ACTIVE");
      var added = api.post(IntegrationTest.ADMIN_KEY, "/api/v1/suspicious-terms", Map.of("term", term,
          "language", "en"));
      try {
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> "BLOCKED".equals(api.get(m.key(), later).str("status")));
        assertThat(api.get(IntegrationTest.ADMIN_KEY, "/api/v1/sweeps").str("[0].reason"))
            .isEqualTo("suspicious term \"" + term + "\" added");
      } finally { // the database is shared with the other tests, which expect the seeded list
        api.send(IntegrationTest.ADMIN_KEY, "DELETE", "/api/v1/suspicious-terms?term=" + term, null, null, Map.of());
      }
    }
  }
}
