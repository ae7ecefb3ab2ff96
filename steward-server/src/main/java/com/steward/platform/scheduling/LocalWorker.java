package com.steward.platform.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One daemon thread of this node that drains a durable queue in the database: it looks every so
 * often (for another node's work, or work left from before a restart), and soon after a signal
 * (a transaction of this node committed work), once for any number of signals in between. Not
 * durable itself: the queue is, and the next look finds what a stopped node left.
 */
public final class LocalWorker {

  private final ScheduledExecutorService thread;
  private final Runnable drain;
  private final AtomicBoolean signalled = new AtomicBoolean();

  /** A worker on a thread called {@code name} that runs {@code drain}, which must not throw. */
  public LocalWorker(String name, Runnable drain) {
    this.drain = drain;
    this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /** Looks every {@code interval}, the first time at once. */
  public void every(Duration interval) {
    thread.scheduleWithFixedDelay(drain, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Drains after {@code gather} (0 for at once), once for every signal until then; a signal while
   * the node stops is dropped, and the next node's look finds the work.
   */
  public void signal(Duration gather) {
    if (signalled.compareAndSet(false, true)) {
      try {
        thread.schedule(() -> {
          signalled.set(false);
          drain.run();
        }, gather.toNanos(), TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException stopping) {
        signalled.set(false);
      }
    }
  }

  /** Stops looking, and waits up to five seconds for a drain under way. */
  public void stop() {
    thread.shutdown();
    try {
      thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
