package com.steward.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RowCacheTests {

  private final RowCache<String, String> cache = new RowCache<>(Duration.ofMinutes(1), 100);
  private final AtomicInteger reads = new AtomicInteger();

  private Optional<String> read(String row) {
    reads.incrementAndGet();
    return Optional.ofNullable(row);
  }

  @Test
  void aRowReadOnceIsServedFromMemoryUntilAChange() {
    assertThat(cache.get("mp-1", k -> read("first"))).contains("first");
    assertThat(cache.get("mp-1", k -> read("second"))).contains("first");
    assertThat(reads).hasValue(1);

    cache.changing();

    assertThat(cache.get("mp-1", k -> read("second"))).contains("second");
    assertThat(reads).hasValue(2);
  }

  @Test
  void anAbsentRowIsNotKeptSoAGuessFillsNothing() {
    assertThat(cache.get("guess", k -> read(null))).isEmpty();
    assertThat(cache.get("guess", k -> read("created since"))).contains("created since");
    assertThat(reads).hasValue(2);
  }

  @Test
  void aReadThatAChangeOvertookIsAnsweredButNotKept() {
    // the reader reads the old row; before it puts it, the change commits and empties the cache
    Optional<String> answered = cache.get("mp-1", k -> {
      Optional<String> old = read("old");
      cache.changing();
      return old;
    });

    assertThat(answered).contains("old");
    assertThat(cache.get("mp-1", k -> read("new"))).contains("new");
  }
}
