package com.steward.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import com.steward.support.OwnServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A change of penalties rates the seller again after the blocking transaction commits, not in it:
 * durably (a seller left due is rated later), and never visibly late to a reader of its history.
 */
class RatingQueueIntegrationTests extends IntegrationTest {

  @Autowired
  JdbcClient jdbc;
  @Autowired
  Ratings ratings;
  @Autowired
  com.steward.sellers.Sellers sellers;
  @Autowired
  com.steward.marketplaces.Marketplaces marketplaces;
  @Autowired
  org.springframework.transaction.support.TransactionTemplate tx;

  private List<String> causes(UUID seller) {
    return jdbc.sql("SELECT cause FROM seller_rating WHERE seller_id = :s ORDER BY rated_at, id").param("s", seller)
        .query(String.class).list();
  }

  private boolean due(UUID seller) {
    return jdbc.sql("SELECT count(*) FROM seller_rating_due WHERE seller_id = :s").param("s", seller)
        .query(Integer.class).single() > 0;
  }

  private com.steward.sellers.Seller seller(Fixtures.Market m, String id) {
    return sellers.get(marketplaces.byCode(m.code()).orElseThrow(), id);
  }

  private com.steward.sellers.Seller newSeller() {
    var m = fixtures.marketplace();
    return seller(m, fixtures.seller(m).id());
  }

  /** The row a blocking transaction leaves, committed, when the node stops before rating the seller. */
  private void leaveDue(com.steward.sellers.Seller seller, String cause) {
    jdbc.sql("INSERT INTO seller_rating_due (seller_id, cause, due_since) VALUES (:s, :c, now())")
        .param("s", seller.id()).param("c", cause).update();
  }

  @Test
  void aBlockRatesTheSellerSoonAfterItsCommitWithoutAnyoneAsking() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var seller = seller(m, s.id());
    fixtures.blockedListing(m, s, "q1");
    // nothing reads the rating here: the queue rates the seller on its own
    await().atMost(Duration.ofSeconds(10)).until(() -> causes(seller.id()).contains("penalty points changed"));
    assertThat(due(seller.id())).isFalse();
  }

  @Test
  void aSellerLeftDueIsRatedByTheNextLookAsAfterARestart() {
    var seller = newSeller();
    assertThat(causes(seller.id())).isEmpty();
    leaveDue(seller, "left due");
    await().atMost(Duration.ofSeconds(10)).until(() -> causes(seller.id()).contains("left due"));
    assertThat(due(seller.id())).isFalse();
  }

  @Test
  void aReaderOfTheHistoryNeverSeesItBeforeTheRatingItsSellerIsDueFor() {
    var seller = newSeller();
    leaveDue(seller, "due when read");
    assertThat(ratings.recorded(seller, 5)).extracting(Ratings.Rated::cause).containsExactly("due when read");
    assertThat(due(seller.id())).isFalse();
  }

  @Autowired
  JdbcRatingRepository repository;

  @Test
  void aSellerMarkedDueManyTimesBeforeItIsRatedIsRatedOnceForTheLastCause() {
    var seller = newSeller();
    var other = newSeller();
    tx.executeWithoutResult(status -> {
      repository.markDue(List.of(seller.id(), other.id(), seller.id()), "first");
      repository.markDue(List.of(seller.id()), "last");
      assertThat(jdbc.sql("SELECT seller_id, cause FROM seller_rating_due WHERE seller_id IN (:a, :b) ORDER BY cause")
          .param("a", seller.id()).param("b", other.id())
          .query((rs, n) -> rs.getString("cause")).list()).containsExactly("first", "last");
    });
    await().atMost(Duration.ofSeconds(10)).until(() -> !due(seller.id()) && !due(other.id()));
    assertThat(causes(seller.id())).containsExactly("last");
    assertThat(causes(other.id())).containsExactly("first");
  }

  @Test
  void aSellerMarkedAgainWhileItWasBeingRatedStaysDueForTheNewMarking() {
    var seller = newSeller();
    tx.executeWithoutResult(status -> {
      repository.markDue(List.of(seller.id()), "first block");
      var taken = repository.due(seller.id()).orElseThrow();
      // another block of the seller commits while the queue rates it for the first
      repository.markDue(List.of(seller.id()), "second block");
      repository.rated(List.of(taken));
      assertThat(repository.due(seller.id())).map(JdbcRatingRepository.Due::cause).contains("second block");
      repository.rated(List.of(repository.due(seller.id()).orElseThrow()));
      assertThat(repository.due(seller.id())).isEmpty();
      status.setRollbackOnly();
    });
  }

  @Autowired
  RatingQueue queue;

  @Test
  void theQueueSkipsASellerAnotherTransactionIsRatingAndRatesItOnceThatOneEnds() throws Exception {
    var seller = newSeller();
    var holding = new java.util.concurrent.CountDownLatch(1);
    var release = new java.util.concurrent.CountDownLatch(1);
    try (var other = java.util.concurrent.Executors.newSingleThreadExecutor()) {
      var rating = other.submit(() -> tx.executeWithoutResult(status -> {
        repository.lockSeller(seller.id()); // as a rating of the seller in another transaction does
        holding.countDown();
        try {
          release.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          throw new AssertionError(e);
        }
      }));
      try {
        assertThat(holding.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        leaveDue(seller, "while held");
        queue.drain();
        assertThat(due(seller.id())).as("skipped while another transaction rates the seller").isTrue();
        assertThat(causes(seller.id())).isEmpty();
      } finally {
        release.countDown(); // a failed assertion must not leave the other transaction holding the seller
      }
      rating.get(10, java.util.concurrent.TimeUnit.SECONDS);
    }
    queue.drain();
    assertThat(due(seller.id())).isFalse();
    assertThat(causes(seller.id())).containsExactly("while held");
  }

  @Test
  void aLookIntervalOutsideItsRangeStopsTheNode(@TempDir Path dataDir) {
    for (String every : List.of("0s", "-1s", "2h")) {
      assertThatThrownBy(() -> OwnServer.at(dataDir).set("steward.ratings.look-every", every).start().close())
          .as(every).hasStackTraceContaining("steward.ratings.look-every must be more than 0 and at most 1h");
    }
  }
}
