package com.steward.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;

/** A transaction that lost to a concurrent one runs again; anything else does not. */
class ConflictsTests {

  @Test
  void aTransactionThatLostToADeadlockRunsAgain() {
    AtomicInteger attempts = new AtomicInteger();
    String result = Conflicts.retried(() -> {
      if (attempts.incrementAndGet() < 3) {
        throw new PessimisticLockingFailureException("deadlock detected");
      }
      return "stored";
    });
    assertThat(result).isEqualTo("stored");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void afterThreeMoreTriesTheConflictGoesToTheCaller() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(() -> Conflicts.retried(() -> {
      attempts.incrementAndGet();
      throw new CannotAcquireLockException("could not obtain lock");
    })).isInstanceOf(CannotAcquireLockException.class);
    assertThat(attempts).hasValue(4);
  }

  @Test
  void otherFailuresAreNotRetried() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(() -> Conflicts.retried(() -> {
      attempts.incrementAndGet();
      throw new IllegalArgumentException("title: must not be empty");
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("title: must not be empty");
    assertThat(attempts).hasValue(1);
  }
}
