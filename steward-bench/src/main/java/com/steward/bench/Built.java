package com.steward.bench;

import java.util.function.Supplier;

/** Builds a matcher once and prints how long it took and roughly how much heap it holds. */
final class Built {

  /** A system property naming a file that each build's name, time (ms) and heap (MB) is appended to. */
  static final String LOG = "steward.bench.builds";

  private Built() {}

  static <T> T report(String name, Supplier<T> build) {
    Runtime rt = Runtime.getRuntime();
    gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    T built = build.get();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    gc();
    long after = rt.totalMemory() - rt.freeMemory();
    System.out.printf("%n[build] %s: %d ms, about %d MB of heap%n", name, ms, (after - before) >> 20);
    String log = System.getProperty(LOG);
    if (log != null) {
      // for MatcherComparison, which runs the benchmarks in forks and prints their builds after
      try {
        java.nio.file.Files.writeString(java.nio.file.Path.of(log), name + "\t" + ms + "\t" + ((after - before) >> 20)
            + "\n", java.nio.file.StandardOpenOption.APPEND, java.nio.file.StandardOpenOption.CREATE);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return built;
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }
}
