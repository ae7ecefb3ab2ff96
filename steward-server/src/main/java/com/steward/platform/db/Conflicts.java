package com.steward.platform.db;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Runs a whole transaction again when PostgreSQL aborted it for losing to a concurrent one (a
 * deadlock, a serialization failure, a lock it could not get, or a key the other wrote first; two
 * upserts of one listing no longer meet here, they take the listing's row one after another):
 * the loser is rolled back in full,
 * so running it again is safe for a request that is idempotent (a listing's upsert). Three more
 * tries, 20 ms apart and doubling, with jitter so that the two sides do not meet again; after
 * that the conflict goes to the caller, who answers 503 with Retry-After.
 *
 * <p>The call must start the transaction, not join one: call it outside {@code @Transactional}.
 */
public final class Conflicts {

  private static final RetryTemplate RETRY = new RetryTemplate(RetryPolicy.builder()
      .includes(ConcurrencyFailureException.class, org.springframework.dao.DuplicateKeyException.class).maxRetries(3).delay(Duration.ofMillis(20))
      .jitter(Duration.ofMillis(10)).multiplier(2).build());

  private Conflicts() {}

  /** {@code transaction} (a call to a {@code @Transactional} method), again while it loses to another. */
  public static <T> T retried(Supplier<T> transaction) {
    try {
      return RETRY.execute(transaction::get);
    } catch (RetryException e) {
      if (e.getLastException() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getLastException());
    }
  }
}
