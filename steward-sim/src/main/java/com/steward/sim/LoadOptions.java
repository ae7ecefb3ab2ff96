package com.steward.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@code steward sim --load}. The listing and notice rates and the duration are
 * required: a load run with a made-up default rate would measure something nobody asked for, so a
 * missing or bad value stops the run with a message naming the option. A rate may be 0, to leave
 * that kind out; screening dry runs are left out unless asked for. Notices name live listings, so
 * they need listings.
 */
record LoadOptions(double listingsPerSecond, double noticesPerSecond, double dryRunsPerSecond, int durationSeconds,
    int warmupSeconds, long seed, @Nullable String target, @Nullable String out, long serverPid,
    @Nullable String databaseDir) {

  static final int DEFAULT_WARMUP_SECONDS = 10;

  LoadOptions {
    rate("--listings-per-second", listingsPerSecond);
    rate("--notices-per-second", noticesPerSecond);
    rate("--dry-runs-per-second", dryRunsPerSecond);
    if (listingsPerSecond + noticesPerSecond + dryRunsPerSecond == 0) {
      throw new IllegalArgumentException(
          "nothing to send: --listings-per-second, --notices-per-second or --dry-runs-per-second must be above 0");
    }
    sendsSome("--listings-per-second", listingsPerSecond, durationSeconds);
    sendsSome("--notices-per-second", noticesPerSecond, durationSeconds);
    sendsSome("--dry-runs-per-second", dryRunsPerSecond, durationSeconds);
    if (noticesPerSecond > 0 && listingsPerSecond == 0) {
      throw new IllegalArgumentException(
          "--notices-per-second: notices name live listings, so --listings-per-second must be above 0 too");
    }
    if (durationSeconds <= 0) {
      throw new IllegalArgumentException("--duration: must be a whole number of seconds above 0, not " + durationSeconds);
    }
    if (warmupSeconds < 0) {
      throw new IllegalArgumentException("--warmup: must be a whole number of seconds, 0 or more, not " + warmupSeconds);
    }
    if (serverPid < 0) {
      throw new IllegalArgumentException("--server-pid: must be a process id above 0, not " + serverPid);
    }
  }

  /** Reads {@code --load} and its options; anything else (or a bad value) is an error naming the option. */
  static LoadOptions parse(List<String> args) {
    Map<String, String> v = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--load" -> { }
        case "--listings-per-second", "--notices-per-second", "--dry-runs-per-second", "--duration", "--warmup", "--seed", "--target", "--out",
            "--server-pid", "--database-dir" -> {
          if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new IllegalArgumentException(a + " needs a value");
          }
          if (v.put(a, args.get(++i)) != null) {
            throw new IllegalArgumentException(a + " is given twice");
          }
        }
        default -> throw new IllegalArgumentException("unknown argument '" + a + "' for --load");
      }
    }
    return new LoadOptions(
        number(v, "--listings-per-second"),
        number(v, "--notices-per-second"),
        v.containsKey("--dry-runs-per-second") ? number(v, "--dry-runs-per-second") : 0,
        (int) whole(v, "--duration", null),
        (int) whole(v, "--warmup", (long) DEFAULT_WARMUP_SECONDS),
        whole(v, "--seed", 1L),
        v.get("--target"),
        v.get("--out"),
        whole(v, "--server-pid", 0L),
        v.get("--database-dir"));
  }

  private static double number(Map<String, String> v, String name) {
    String s = v.get(name);
    if (s == null) {
      throw new IllegalArgumentException(name + " is required (requests per second, 0 or more)");
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": '" + s + "' is not a number");
    }
  }

  private static long whole(Map<String, String> v, String name, @Nullable Long fallback) {
    String s = v.get(name);
    if (s == null) {
      if (fallback == null) {
        throw new IllegalArgumentException(name + " is required (seconds, above 0)");
      }
      return fallback;
    }
    try {
      long n = Long.parseLong(s);
      if (!"--seed".equals(name) && !"--server-pid".equals(name) && (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE)) {
        throw new IllegalArgumentException(name + ": " + s + " is out of range");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": '" + s + "' is not a whole number");
    }
  }

  private static void rate(String name, double perSecond) {
    if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException(name + ": must be a rate of 0 or more (requests per second), not " + perSecond);
    }
  }

  /** A rate above 0 so low that the measured part would hold no request of its kind is a mistake. */
  private static void sendsSome(String name, double perSecond, int durationSeconds) {
    if (perSecond > 0 && durationSeconds > 0 && perSecond * durationSeconds < 1e-6) {
      throw new IllegalArgumentException(name + ": " + perSecond + " requests per second send none in " + durationSeconds
          + " s");
    }
  }

  /** The options as they were understood, for the JSON report. */
  Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("listingsPerSecond", listingsPerSecond);
    m.put("noticesPerSecond", noticesPerSecond);
    m.put("dryRunsPerSecond", dryRunsPerSecond);
    m.put("durationSeconds", durationSeconds);
    m.put("warmupSeconds", warmupSeconds);
    m.put("seed", seed);
    m.put("target", target);
    return m;
  }
}
