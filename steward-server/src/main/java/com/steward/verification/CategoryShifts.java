package com.steward.verification;

import com.steward.listings.Listings;
import com.steward.sellers.SellerEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A sudden change of what a seller sells calls for checking who it is again: an established seller
 * ({@value #ESTABLISHED} listings older than {@value #ESTABLISHED_DAYS} days) whose new listings of
 * the last {@value #RECENT_DAYS} days reach {@value #SHIFTED} in categories it never sold in (the
 * pattern of a taken-over or resold account) triggers a re-verification, once, when the count is
 * reached. Checked after the listing's commit, off the request path.
 */
@Component
class CategoryShifts {

  private static final Logger log = LoggerFactory.getLogger(CategoryShifts.class);
  static final int ESTABLISHED = 10;
  static final int ESTABLISHED_DAYS = 30;
  static final int RECENT_DAYS = 7;
  static final int SHIFTED = 5;

  private final JdbcVerificationRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(10_000), r -> {
        Thread t = new Thread(r, "category-shifts");
        t.setDaemon(true);
        return t;
      }, new ThreadPoolExecutor.DiscardPolicy());

  CategoryShifts(JdbcVerificationRepository repository, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.events = events;
    this.clock = clock;
  }

  @TransactionalEventListener
  void onCreated(Listings.ListingCreated e) {
    if (e.category() != null) {
      worker.execute(() -> check(e));
    }
  }

  void check(Listings.ListingCreated e) {
    try {
      Instant now = clock.instant();
      Instant establishedBefore = now.minus(Duration.ofDays(ESTABLISHED_DAYS));
      var established = repository.established(e.sellerId(), e.category(), establishedBefore, ESTABLISHED);
      if (established.known() || established.count() < ESTABLISHED) {
        return; // most new listings: a category the seller already sells in, one cheap read
      }
      // counted up to one past the trigger, so that equality means the count was just reached
      int shifted = repository.shifted(e.sellerId(), establishedBefore, now.minus(Duration.ofDays(RECENT_DAYS)),
          SHIFTED + 1);
      if (shifted == SHIFTED) {
        events.publishEvent(new SellerEvents.ReverificationTriggered(e.sellerId(), "sudden category change: "
            + SHIFTED + " new listings within " + RECENT_DAYS + " days in categories never sold in before"));
      }
    } catch (RuntimeException ex) {
      log.warn("could not check seller {} for a category change", e.sellerId(), ex);
    }
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
