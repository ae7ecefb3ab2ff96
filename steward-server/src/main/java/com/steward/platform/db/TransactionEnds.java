package com.steward.platform.db;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that belongs to the end of the caller's transaction, not to the moment it is asked for. */
public final class TransactionEnds {

  private TransactionEnds() {}

  /**
   * Runs {@code work} once the caller's transaction has committed (work that others must find in
   * the database, such as a look for due rows); at once outside a transaction; never if it rolls
   * back.
   */
  public static void afterCommit(Runnable work) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      work.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        work.run();
      }
    });
  }

  /**
   * Evicts a cache entry that a transaction is changing: now, and again when the transaction ends.
   * Between the two, another thread reads the committed row, the old one, and may cache it again;
   * without the second eviction the old value would stay for the cache's whole lifetime after the
   * change committed.
   */
  public static void evictNowAndAtTheEnd(Runnable evict) {
    evict.run();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          evict.run();
        }
      });
    }
  }
}
