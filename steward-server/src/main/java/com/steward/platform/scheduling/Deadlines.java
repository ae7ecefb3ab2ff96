package com.steward.platform.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.steward.platform.config.StewardProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Schedules and cancels durable one-time deadlines by task name and instance id. Call it inside
 * the transaction that makes the deadline true. (The scheduler is looked up lazily because its
 * tasks call back into the services that use this class.)
 */
@Component
public class Deadlines implements DisposableBean {

  /** How late after its time a deadline's own look comes, so that the scheduler finds it due. */
  private static final Duration MARGIN = Duration.ofMillis(10);

  private final org.springframework.util.function.SingletonSupplier<Scheduler> scheduler;
  private final JdbcDueTasks due;
  private final java.time.Clock clock;
  private final Duration poll;
  /** Looks for due work at deadlines that fall before the scheduler's next poll; not durable. */
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "deadline-timer");
    t.setDaemon(true);
    return t;
  });

  Deadlines(ObjectProvider<Scheduler> scheduler, JdbcDueTasks due, java.time.Clock clock, StewardProperties props) {
    this.scheduler = org.springframework.util.function.SingletonSupplier.of(scheduler::getObject);
    this.due = due;
    this.clock = clock;
    this.poll = props.schedulerPollInterval();
  }

  /**
   * Schedules {@code task} for {@code at}, and makes sure it runs then rather than at the
   * scheduler's next poll. One due already runs as soon as its transaction commits: the scheduler's
   * own look for due work when it is scheduled comes before the commit and finds nothing (a sweep
   * whose every chunk scheduled the next moved one chunk per poll). One due before the next poll
   * gets a look of its own at its time, after the commit (a paced sweep's next chunk, seconds
   * away); that look is not durable, but the deadline is, and after a restart the poll finds it.
   */
  public void schedule(String task, Object id, Instant at) {
    scheduler.obtain().schedule(new TaskInstance<Void>(task, String.valueOf(id)), at);
    Duration wait = Duration.between(clock.instant(), at);
    if (wait.compareTo(poll) >= 0) {
      return; // the poll comes in time
    }
    boolean now = wait.isNegative() || wait.isZero();
    if (now && !TransactionSynchronizationManager.isSynchronizationActive()) {
      return; // outside a transaction, one due now runs at once (the scheduler's immediate execution)
    }
    com.steward.platform.db.TransactionEnds.afterCommit(now ? this::checkNow : () -> lookAfter(wait));
  }

  private void lookAfter(Duration wait) {
    try {
      timer.schedule(this::checkNow, wait.plus(MARGIN).toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException stopping) {
      // the node is stopping: the deadline stays in the database for the next poll, here or elsewhere
    }
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
  }

  /** Schedules unless an instance with this id is already scheduled (whatever its time). */
  public void scheduleIfAbsent(String task, Object id, Instant at) {
    if (scheduler.obtain().getScheduledExecution(TaskInstanceId.of(task, String.valueOf(id))).isEmpty()) {
      schedule(task, id, at);
    }
  }

  public void cancel(String task, Object id) {
    var instance = TaskInstanceId.of(task, String.valueOf(id));
    if (scheduler.obtain().getScheduledExecution(instance).isPresent()) {
      scheduler.obtain().cancel(instance);
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
    scheduler.obtain().triggerCheckForDueExecutions();
  }
}
