package com.steward.core.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/** Runs one task per worker on that many threads, the calling thread being worker 0. */
final class Parallel {

  private Parallel() {}

  /**
   * Calls {@code worker} with 0 to {@code threads - 1}, each on its own thread (0 on the caller's),
   * and returns when all have returned; the first exception thrown by any is rethrown.
   */
  static void run(int threads, IntConsumer worker) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: at least 1, got " + threads);
    }
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> started = new ArrayList<>(threads - 1);
    for (int t = 1; t < threads; t++) {
      int n = t;
      started.add(Thread.ofPlatform().daemon(true).name("steward-linkage-" + n).start(() -> {
        try {
          worker.accept(n);
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      }));
    }
    try {
      worker.accept(0);
    } catch (Throwable e) {
      failure.compareAndSet(null, e);
    }
    boolean interrupted = false;
    for (Thread t : started) {
      while (true) {
        try {
          t.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable e = failure.get();
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error r) {
      throw r;
    }
    if (e != null) {
      throw new IllegalStateException(e);
    }
  }
}
