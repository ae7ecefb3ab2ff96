package com.steward.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.StewardApplication;
import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import com.steward.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On the simulator's server (a simulated clock), a seller is rated before the answer to the
 * request that changed its penalties goes out, so that a simulation plays the same way every time.
 * A server of its own, as the simulator starts one (the shared test server has no simulated clock).
 */
class RatingAtCommitIntegrationTests {

  @TempDir
  Path dataDir;

  @Test
  void aBlockedSellerIsRatedBeforeTheAnswer() {
    try (var ctx = new SpringApplicationBuilder(StewardApplication.class).run(com.steward.support.TestSecrets.with(
        "--server.port=0", "--steward.db-url=" + TestDatabase.url(), "--steward.db-user=postgres",
        "--steward.db-password=postgres", "--steward.bootstrap-admin-key=" + IntegrationTest.ADMIN_KEY,
        "--steward.scheduler-poll-interval=1h", "--steward.data-dir=" + dataDir,
        "--steward.screening.sweep-on-approval=false", "--steward.simulated-clock=true"))) {
      var api = new Api("http://localhost:" + ((WebServerApplicationContext) ctx).getWebServer().getPort());
      var fixtures = new Fixtures(api);
      var jdbc = ctx.getBean(JdbcClient.class);
      var m = fixtures.marketplace();
      var s = fixtures.seller(m);

      fixtures.blockedListing(m, s, "at-commit-1");

      // read at once, without waiting for the queue's thread
      assertThat(jdbc.sql("SELECT count(*) FROM seller_rating_due WHERE seller_id = :s").param("s", s.uuid())
          .query(Integer.class).single()).as("nothing left due").isZero();
      assertThat(jdbc.sql("SELECT cause FROM seller_rating WHERE seller_id = :s ORDER BY rated_at DESC, id DESC LIMIT 1")
          .param("s", s.uuid()).query(String.class).optional()).contains("penalty points changed");
    }
  }
}
