package com.steward.bench;

import java.util.function.Supplier;

/** Builds a matcher once and prints how long it took and roughly how much heap it holds. */
final class Built {

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
    return built;
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }
}
