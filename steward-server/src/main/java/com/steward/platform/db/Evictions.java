package com.steward.platform.db;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Evicting a cache entry from inside a transaction that changes what the entry holds: evict now,
 * and again when the transaction ends. Between the two, another thread reads the committed row,
 * the old one, and may cache it again; without the second eviction the old value would stay for
 * the cache's whole lifetime after the change committed.
 */
public final class Evictions {

  private Evictions() {}

  /** Runs {@code evict} now and, inside a transaction, again once it has committed or rolled back. */
  public static void nowAndAtTheEnd(Runnable evict) {
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
