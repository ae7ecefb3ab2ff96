package com.steward.ratings;

import com.steward.sellers.SellerEvents;
import com.steward.sellers.Sellers;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rates sellers again after their penalties changed, off the request path. A blocked listing's
 * transaction only marks its cluster's sellers due (one statement, in {@code seller_rating_due},
 * so a restart loses nothing); once it commits, this node rates them, a batch a transaction,
 * which removes each seller's row at the version it rated: a seller marked again meanwhile keeps
 * its row and is rated again, and no request ever waits for the queue's locks. Every second it
 * also looks for sellers left due (another node's, or from before a restart); two nodes that rate
 * one seller at once only store the same rating twice. Reading a seller's rating history rates it first if it is due
 * ({@link Ratings#recorded}), so the delay is never visible there; screening reads the last stored
 * rating, as before, from a cache of half a minute.
 */
@Component
class RatingQueue {

  private static final Logger log = LoggerFactory.getLogger(RatingQueue.class);
  private static final int BATCH = 50;

  private final JdbcRatingRepository repository;
  private final Ratings ratings;
  private final Sellers sellers;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "rating-queue");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean signalled = new AtomicBoolean();

  RatingQueue(JdbcRatingRepository repository, Ratings ratings, Sellers sellers, Clock clock,
      PlatformTransactionManager transactions) {
    this.repository = repository;
    this.ratings = ratings;
    this.sellers = sellers;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    worker.scheduleWithFixedDelay(this::drainQuietly, 1, 1, TimeUnit.SECONDS);
  }

  /** Heard in the transaction that changed the penalties: the sellers are due, and rated once it commits. */
  @EventListener
  void onPenaltiesChanged(SellerEvents.PenaltiesChanged e) {
    repository.markDue(e.sellerIds(), "penalty points changed", clock.instant());
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          signal();
        }
      });
    } else {
      signal();
    }
  }

  /** Sellers were marked due: rate them soon, once for any number of signals in between. */
  void signal() {
    if (signalled.compareAndSet(false, true)) {
      try {
        worker.execute(() -> {
          signalled.set(false);
          drainQuietly();
        });
      } catch (RejectedExecutionException stopping) {
        signalled.set(false); // the node is stopping: the rows wait for the next node's look
      }
    }
  }

  /**
   * Rates every seller due now, batch by batch, each batch one transaction. A batch that fails is
   * rated again seller by seller, so that one seller whose rating fails does not hold up the others.
   */
  void drain() {
    List<JdbcRatingRepository.Due> due;
    while (!(due = repository.due(BATCH)).isEmpty()) {
      List<JdbcRatingRepository.Due> batch = due;
      try {
        tx.executeWithoutResult(s -> rate(batch));
      } catch (RuntimeException e) {
        int failed = 0;
        for (var d : batch) {
          try {
            tx.executeWithoutResult(s -> rate(List.of(d)));
          } catch (RuntimeException one) {
            failed++;
            log.warn("rating seller {} failed; it stays due", d.seller(), one);
          }
        }
        if (failed > 0) {
          return; // the next look tries again
        }
      }
      if (due.size() < BATCH) {
        return;
      }
    }
  }

  private void rate(List<JdbcRatingRepository.Due> due) {
    for (var d : due) {
      sellers.byId(d.seller()).ifPresent(seller -> ratings.rate(seller, d.cause()));
    }
    repository.rated(due);
  }

  private void drainQuietly() {
    try {
      drain();
    } catch (RuntimeException e) {
      log.warn("rating sellers failed; they stay due and are retried", e);
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdown();
    try {
      worker.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
