package com.steward.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * On the simulator's server (a simulated clock), a seller is rated before the answer to the
 * request that changed its penalties goes out, so that a simulation plays the same way every time.
 */
@TestPropertySource(properties = "steward.simulated-clock=true")
class RatingAtCommitIntegrationTests extends IntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Test
  void aBlockedSellerIsRatedBeforeTheAnswer() {
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
