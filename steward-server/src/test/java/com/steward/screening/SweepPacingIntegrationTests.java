package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import com.steward.support.OwnServer;
import com.steward.support.PageClient;
import com.steward.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * A node with a pace for sweeps screens at most that many listings a second, and still finishes.
 * On a database of its own, so that the catalogue is exactly this test's listings.
 */
class SweepPacingIntegrationTests {

  @TempDir
  Path dataDir;

  @Test
  void aPacedSweepTakesItsTimeAndFinishes() {
    try (var ctx = pacedNode(TestDatabase.fresh("sweep_pacing"), 100)) {
      int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
      var api = new Api("http://localhost:" + port);
      listings(api, Sweeps.CHUNK + 101); // two chunks: 200, then 101
      long start = System.nanoTime();
      String sweep = api.post(IntegrationTest.ADMIN_KEY, "/api/v1/sweeps", Map.of("reason", "paced")).str("id");
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
          .until(() -> "DONE".equals(api.get(IntegrationTest.ADMIN_KEY, "/api/v1/sweeps/" + sweep).str("status")));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      var done = api.get(IntegrationTest.ADMIN_KEY, "/api/v1/sweeps/" + sweep);
      assertThat(done.str("done")).isEqualTo(String.valueOf(Sweeps.CHUNK + 101));
      // at 100 a second the second chunk begins 2 s after the first (unpaced, the whole sweep takes a
      // fraction of a second here); the scheduler polls hourly, so the deadline's own look runs it
      assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
      assertThat(Double.parseDouble(done.str("ratePerSecond"))).isLessThanOrEqualTo(151.0);

      String analyst = "pace-" + Fixtures.suffix();
      assertThat(api.post(IntegrationTest.ADMIN_KEY, "/api/v1/admin/users", Map.of("username", analyst, "password",
          "long-enough-pw", "role", "ANALYST")).status()).isEqualTo(201);
      String page = new PageClient(port).signIn(analyst, "long-enough-pw").get("/console/sweeps").body();
      assertThat(page).contains("Sweeps on this node are paced at 100 listings a second at most");
    }
  }

  /**
   * A node stops at once while a paced sweep's next chunk is minutes away (no thread waits for it),
   * and the chunk stays scheduled in the database for the next node.
   */
  @Test
  void aNodeStopsAtOnceWhileAPacedSweepWaits() throws Exception {
    String db = TestDatabase.fresh("sweep_pacing_stop");
    var ctx = pacedNode(db, 1);
    var api = new Api("http://localhost:" + ((WebServerApplicationContext) ctx).getWebServer().getPort());
    listings(api, Sweeps.CHUNK + 1);
    String sweep = api.post(IntegrationTest.ADMIN_KEY, "/api/v1/sweeps", Map.of("reason", "slow")).str("id");
    await().atMost(Duration.ofSeconds(30)).until(() -> "200".equals(api.get(IntegrationTest.ADMIN_KEY,
        "/api/v1/sweeps/" + sweep).str("done")));
    long start = System.nanoTime();
    ctx.close();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    try (var c = java.sql.DriverManager.getConnection(db, "postgres", "postgres");
        var q = c.prepareStatement("SELECT status, done FROM sweep WHERE id = ?::uuid")) {
      q.setString(1, sweep);
      var r = q.executeQuery();
      assertThat(r.next()).isTrue();
      assertThat(r.getString("status")).isEqualTo("RUNNING");
      assertThat(r.getInt("done")).isEqualTo(Sweeps.CHUNK);
    }
    try (var c = java.sql.DriverManager.getConnection(db, "postgres", "postgres");
        var q = c.prepareStatement("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance LIKE ?")) {
      q.setString(1, Sweeps.TASK);
      q.setString(2, sweep + ":%");
      var r = q.executeQuery();
      r.next();
      assertThat(r.getInt(1)).as("the next chunk is still scheduled").isEqualTo(1);
    }
  }

  /** A node on the database {@code url}, its sweeps at {@code pace}, its scheduler polling hourly. */
  private ConfigurableApplicationContext pacedNode(String url, int pace) {
    return OwnServer.at(dataDir).set("steward.db-url", url).set("steward.screening.sweep-on-approval", "false")
        .set("steward.screening.sweep-listings-per-second", String.valueOf(pace)).start();
  }

  /** {@code count} plain listings of one seller in a new marketplace: the whole catalogue. */
  private static void listings(Api api, int count) {
    var fixtures = new Fixtures(api);
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var items = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < count; i++) {
      items.add(Map.of("id", "pace-" + i, "listing", Map.of("sellerId", s.id(), "storeId", "st-" + s.id(),
          "title", "Plain cotton tote bag no. " + i)));
    }
    assertThat(api.post(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings:batch", items).status())
        .isLessThan(300);
  }

  @Test
  void aPaceThatIsNotANumberOfListingsASecondStopsTheNode() {
    for (String pace : java.util.List.of("-5", "0.5", "NaN")) {
      assertThatThrownBy(() -> OwnServer.at(dataDir).without("steward.bootstrap-admin-key")
          .set("steward.screening.sweep-listings-per-second", pace).start().close())
          .as(pace).hasStackTraceContaining("steward.screening.sweep-listings-per-second must be 0 (no pace) or a");
    }
  }
}
