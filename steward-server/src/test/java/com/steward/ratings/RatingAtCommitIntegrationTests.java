package com.steward.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Fixtures;
import com.steward.support.OwnServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    try (var ctx = OwnServer.start(dataDir, "--steward.screening.sweep-on-approval=false",
        "--steward.simulated-clock=true")) {
      var fixtures = new Fixtures(OwnServer.api(ctx));
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
