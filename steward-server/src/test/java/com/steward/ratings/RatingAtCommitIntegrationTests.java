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

  /**
   * Blocked listings sent all at once, more of them than the node has connections: each is rated
   * on its own transaction's connection, so none waits for a second one that the others hold. (When
   * the rating took a connection of its own after the commit, two such requests at once on a pool
   * of two waited for each other until the pool's timeout, and the node answered none.)
   */
  @Test
  void blockedListingsAtOnceDoNotWaitForEachOthersConnections() throws Exception {
    try (var ctx = OwnServer.at(dataDir).set("steward.screening.sweep-on-approval", "false")
        .set("steward.simulated-clock", "true").set("steward.db-pool-size", "2").start()) {
      var fixtures = new Fixtures(OwnServer.api(ctx));
      var m = fixtures.marketplace();
      var sellers = new java.util.ArrayList<Fixtures.SellerAccount>();
      for (int i = 0; i < 8; i++) {
        sellers.add(fixtures.seller(m));
      }
      var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        var answers = new java.util.ArrayList<java.util.concurrent.Future<String>>();
        var start = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < sellers.size(); i++) {
          var s = sellers.get(i);
          String id = "at-once-" + i;
          answers.add(pool.submit(() -> {
            start.await();
            return fixtures.blockedListing(m, s, id).str("status");
          }));
        }
        start.countDown();
        for (var a : answers) {
          assertThat(a.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("BLOCKED");
        }
      } finally {
        pool.shutdownNow();
      }
      var jdbc = ctx.getBean(JdbcClient.class);
      for (var s : sellers) {
        assertThat(jdbc.sql("SELECT cause FROM seller_rating WHERE seller_id = :s ORDER BY rated_at DESC, id DESC LIMIT 1")
            .param("s", s.uuid()).query(String.class).optional()).as(s.id()).contains("penalty points changed");
      }
    }
  }
}
