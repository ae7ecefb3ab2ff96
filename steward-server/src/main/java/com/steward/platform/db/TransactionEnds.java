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
   *
   * <p>The list belongs to the transaction's synchronizations, not to a resource of the thread: a
   * transaction that starts while another is suspended or committing (a listener after a commit
   * that opens its own, as a sweep does after a brand's approval) has synchronizations of its own,
   * and so its own list, written at its own commit. Rows added to a list already written (after
   * its transaction began to commit, outside a transaction of their own) would be lost: that fails.
   */
  @SuppressWarnings("unchecked")
  public static <T> List<T> writtenAtCommit(Object owner, Consumer<List<T>> write, @Nullable Runnable afterCommit) {
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof WrittenAtCommit<?> w && w.owner == owner) {
        if (w.written) {
          throw new IllegalStateException("rows for " + owner.getClass().getSimpleName()
              + " added after their transaction was written; open a transaction of their own");
        }
        return (List<T>) w.rows;
      }
    }
    var w = new WrittenAtCommit<>(owner, write, afterCommit);
    TransactionSynchronizationManager.registerSynchronization(w);
    return w.rows;
  }

  /** One transaction's rows of one owner, written before it commits. */
  private static final class WrittenAtCommit<T> implements TransactionSynchronization {
    final Object owner;
    final List<T> rows = new ArrayList<>();
    private final Consumer<List<T>> write;
    private final @Nullable Runnable afterCommit;
    boolean written;

    WrittenAtCommit(Object owner, Consumer<List<T>> write, @Nullable Runnable afterCommit) {
      this.owner = owner;
      this.write = write;
      this.afterCommit = afterCommit;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      written = true;
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
  }
}
