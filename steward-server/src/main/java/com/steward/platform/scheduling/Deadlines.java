package com.steward.platform.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Schedules and cancels durable one-time deadlines by task name and instance id. Call it inside
 * the transaction that makes the deadline true. (The scheduler is looked up lazily because its
 * tasks call back into the services that use this class.)
 */
@Component
public class Deadlines {

  private final ObjectProvider<Scheduler> scheduler;
  private final JdbcDueTasks due;
  private final java.time.Clock clock;

  Deadlines(ObjectProvider<Scheduler> scheduler, JdbcDueTasks due, java.time.Clock clock) {
    this.scheduler = scheduler;
    this.due = due;
    this.clock = clock;
  }

  /**
   * Schedules {@code task} for {@code at}. One due already runs as soon as its transaction commits:
   * the scheduler's own look for due work when it is scheduled comes before the commit and finds
   * nothing, so without a second look it would wait for the next poll (a sweep whose every chunk
   * schedules the next moved one chunk per poll).
   */
  public void schedule(String task, Object id, Instant at) {
    scheduler.getObject().schedule(new TaskInstance<Void>(task, String.valueOf(id)), at);
    if (!at.isAfter(clock.instant())
        && org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
      org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
          new org.springframework.transaction.support.TransactionSynchronization() {
            @Override
            public void afterCommit() {
              checkNow();
            }
          });
    }
  }

  /** Schedules unless an instance with this id is already scheduled (whatever its time). */
  public void scheduleIfAbsent(String task, Object id, Instant at) {
    if (scheduler.getObject().getScheduledExecution(TaskInstanceId.of(task, String.valueOf(id))).isEmpty()) {
      schedule(task, id, at);
    }
  }

  public void cancel(String task, Object id) {
    var instance = TaskInstanceId.of(task, String.valueOf(id));
    if (scheduler.getObject().getScheduledExecution(instance).isPresent()) {
      scheduler.getObject().cancel(instance);
    }
  }

  /** How many deadlines are due at {@code now} and not yet run. */
  public int dueCount(Instant now) {
    return due.due(now);
  }

  /**
   * Runs what is due at {@code now}: asks the scheduler to look, and waits until nothing due is
   * left or {@code patience} has passed. Answers how many are still due (0 when all ran).
   */
  public int runDue(Instant now, java.time.Duration patience) throws InterruptedException {
    long end = System.nanoTime() + patience.toNanos();
    int left = dueCount(now);
    while (left > 0 && System.nanoTime() < end) {
      checkNow();
      Thread.sleep(20);
      left = dueCount(now);
    }
    return left;
  }

  /** Asks the scheduler to look for due work now rather than at its next poll. */
  public void checkNow() {
    scheduler.getObject().triggerCheckForDueExecutions();
  }
}
