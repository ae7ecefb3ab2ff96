package com.steward.platform.db;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
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

  /**
   * The caller's transaction's list of rows to write under {@code owner}: each call in one
   * transaction gets the same list, and {@code write} gets it once, just before the commit, so a
   * transaction's rows go in one statement however many were added (the audit log's entries, the
   * outbox's events). Nothing is written if the transaction rolls back. {@code afterCommit} (or
   * null) runs once the rows are committed. The caller must be in a transaction.
   */
  @SuppressWarnings("unchecked")
  public static <T> List<T> writtenAtCommit(Object owner, Consumer<List<T>> write, @Nullable Runnable afterCommit) {
    Object bound = TransactionSynchronizationManager.getResource(owner);
    if (bound != null) {
      return (List<T>) bound;
    }
    List<T> rows = new ArrayList<>();
    TransactionSynchronizationManager.bindResource(owner, rows);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        if (!rows.isEmpty()) {
          write.accept(rows);
        }
      }

      @Override
      public void afterCommit() {
        if (afterCommit != null) {
          afterCommit.run();
        }
      }

      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(owner);
      }
    });
    return rows;
  }
}
