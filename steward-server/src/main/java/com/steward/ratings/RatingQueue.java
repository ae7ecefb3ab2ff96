package com.steward.ratings;

import com.steward.platform.db.TransactionEnds;
import com.steward.platform.scheduling.LocalWorker;
import com.steward.sellers.SellerEvents;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rates sellers again after their penalties changed, off the request path. A blocked listing's
 * transaction only marks its cluster's sellers due (one statement, in {@code seller_rating_due},
 * so a restart loses nothing); once it commits, this node rates them, a batch a transaction,
 * which removes each seller's row at the version it rated: a seller marked again meanwhile keeps
 * its row and is rated again. One rating of a seller at a time, anywhere ({@link Ratings#rate}
 * holds the seller's lock): the queue skips a seller that is being rated and takes no row lock it
 * would have to wait for, so it never waits for a request, and a request never waits for it but
 * for the seller it rates. Every second ({@code steward.ratings.look-every}) it also looks for
 * sellers left due (another node's, or from before a restart). Reading a seller's rating history
 * rates it first if it is due ({@link Ratings#recorded}), so the delay is never visible there;
 * screening reads the last stored rating, as before, from a cache of half a minute. An approved
 * brand revision that changes whom the brand authorises makes those sellers due too.
 */
@Component
class RatingQueue {

  private static final Logger log = LoggerFactory.getLogger(RatingQueue.class);
  private static final int BATCH = 20;

  private final JdbcRatingRepository repository;
  private final Ratings ratings;
  private final TransactionTemplate tx;
  private final LocalWorker worker = new LocalWorker("rating-queue", this::drainQuietly);
  /** Set when the node stops, so that a long backlog is left to the next look, not drained into a closed pool. */
  private volatile boolean stopping;

  /**
   * On a simulated clock (the simulator's server), sellers are rated in the transaction that
   * changed them, just before it commits, so before its answer goes out: a simulation then plays
   * the same way every time, where a rating that lands a moment later would or would not be read by
   * the next request. The rating uses that transaction's connection: rating after the commit in a
   * transaction of its own would take a second connection while the first is still held, and with
   * as many requests doing so as the pool has connections, none would ever get its second.
   */
  private final boolean rateInTransaction;

  /** How often a node looks for sellers left due (another node's, or from before a restart). */
  private final Duration lookEvery;

  RatingQueue(JdbcRatingRepository repository, Ratings ratings, PlatformTransactionManager transactions,
      @org.springframework.beans.factory.annotation.Value("${steward.simulated-clock:false}") boolean rateInTransaction,
      @org.springframework.beans.factory.annotation.Value("${steward.ratings.look-every:1s}") Duration lookEvery) {
    if (lookEvery.isNegative() || lookEvery.isZero() || lookEvery.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("steward.ratings.look-every must be more than 0 and at most 1h, not "
          + lookEvery);
    }
    this.lookEvery = lookEvery;
    this.rateInTransaction = rateInTransaction;
    this.repository = repository;
    this.ratings = ratings;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    worker.every(lookEvery);
  }

  /** Heard in the transaction that changed the penalties: the sellers are due, and rated once it commits. */
  @EventListener
  void onPenaltiesChanged(SellerEvents.PenaltiesChanged e) {
    due(e.sellerIds(), "penalty points changed");
  }

  /**
   * Heard in the transaction that approved a brand's revision: the sellers it now authorises (by
   * name or through a store) and those it no longer does are due, so that their stored rating,
   * which screening reads, counts the brand from the approval on.
   */
  @EventListener
  void onBrandApproved(com.steward.brands.Brands.BrandsChanged e) {
    List<java.util.UUID> changed = repository.authorisationsChanged(e.brandId(), e.revision());
    if (!changed.isEmpty()) {
      due(changed, "brand authorisations changed");
    }
  }

  /**
   * Makes the sellers due in the caller's transaction and rates them on this node's thread once it
   * commits; on a simulated clock, rates them in the caller's transaction just before it commits
   * ({@link #rateInTransaction}). Both events come from transactions (a penalty reconciliation holds
   * its cluster's lock; an approval writes the revision).
   */
  private void due(java.util.Collection<java.util.UUID> sellers, String cause) {
    if (rateInTransaction) {
      List<Map.Entry<java.util.UUID, String>> toRate = TransactionEnds.writtenAtCommit(this, ratings::rateInOrder, null);
      sellers.forEach(s -> toRate.add(Map.entry(s, cause)));
    } else {
      repository.markDue(sellers, cause);
      TransactionEnds.afterCommit(this::signal);
    }
  }

  /** Sellers were marked due: rate them now, once for any number of signals in between. */
  void signal() {
    worker.signal(Duration.ZERO);
  }

  /**
   * Rates every seller due now, batch by batch, each batch one transaction. A seller another
   * transaction is rating is left due, for the next look. A batch that fails is rated again seller
   * by seller, and a seller whose rating fails is put off for a minute, so that it does not hold up
   * the others.
   */
  void drain() {
    boolean full;
    do {
      List<JdbcRatingRepository.Due> batch = repository.due(BATCH);
      int rated;
      try {
        rated = Objects.requireNonNull(tx.execute(s -> rate(batch)));
      } catch (RuntimeException e) {
        rated = 0;
        for (var d : batch) {
          try {
            rated += Objects.requireNonNull(tx.execute(s -> rate(List.of(d))));
          } catch (RuntimeException one) {
            log.warn("rating seller {} failed; it is tried again in a minute", d.seller(), one);
            tx.executeWithoutResult(s -> repository.postpone(d.seller()));
          }
        }
      }
      // a batch with a seller left (being rated elsewhere, or failed) would come back first: wait for the next look
      full = batch.size() == BATCH && rated == BATCH;
    } while (full && !stopping);
  }

  /** Rates the sellers no one else is rating, and removes their markings; how many it rated. */
  private int rate(List<JdbcRatingRepository.Due> due) {
    return ratings.rateDue(due, false);
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
    stopping = true;
    worker.stop();
  }
}
