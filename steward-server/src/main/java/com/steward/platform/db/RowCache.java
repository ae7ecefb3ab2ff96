package com.steward.platform.db;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Rows read on nearly every request, kept for a few seconds; absent rows are not kept (so a
 * guessed key fills nothing). A transaction that changes the rows calls {@link #changing}: the
 * cache is emptied now and again when the transaction ends ({@link TransactionEnds#evictNowAndAtTheEnd}).
 *
 * <p>That alone leaves one race: a reader that read the old row before the commit, and puts it
 * after the second emptying, would keep it for the whole lifetime. So every change counts, and a
 * reader keeps what it read only if no change began or ended while it read: it looks at the count
 * before reading, puts, and looks again, removing its entry if the count moved. A change that
 * counts after that second look empties the cache after the put. Another node's change is seen
 * within the lifetime.
 */
public final class RowCache<K, V> {

  private final Cache<K, V> cache;
  private final AtomicLong changes = new AtomicLong();

  public RowCache(Duration lifetime, long maximumSize) {
    this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(lifetime).build();
  }

  /** The kept row, or the one {@code load} reads (kept unless a change raced the read). */
  public Optional<V> get(K key, Function<K, Optional<V>> load) {
    V kept = cache.getIfPresent(key);
    if (kept != null) {
      return Optional.of(kept);
    }
    long before = changes.get();
    Optional<V> read = load.apply(key);
    if (read.isPresent()) {
      cache.put(key, read.get());
      if (changes.get() != before) {
        cache.invalidate(key); // a change began or ended while it was read: it may be the old row
      }
    }
    return read;
  }

  /** The caller's transaction changes rows of this cache: forget them now and when it ends. */
  public void changing() {
    TransactionEnds.evictNowAndAtTheEnd(() -> {
      changes.incrementAndGet(); // first, so that a reader's second look sees it before the emptying
      cache.invalidateAll();
    });
  }
}
