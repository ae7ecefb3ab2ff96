package com.steward.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The printed table and the JSON of a load run; no arithmetic of its own beyond formatting. */
final class LoadReport {

  private LoadReport() {}

  static String table(LoadOptions o, LoadRun.Result r) {
    var b = new StringBuilder();
    List<String> rates = new java.util.ArrayList<>();
    if (o.listingsPerSecond() > 0) {
      rates.add(num(o.listingsPerSecond()) + " listing upserts/s");
    }
    if (o.noticesPerSecond() > 0) {
      rates.add(num(o.noticesPerSecond()) + " notices/s");
    }
    if (o.dryRunsPerSecond() > 0) {
      rates.add(num(o.dryRunsPerSecond()) + " screening dry runs/s");
    }
    String sent = rates.size() == 1 ? rates.get(0)
        : String.join(", ", rates.subList(0, rates.size() - 1)) + " and " + rates.get(rates.size() - 1);
    b.append(String.format(Locale.ROOT, "Steward under load: %s, %d s measured after a %d s warmup (seed %d)%n%n", sent,
        o.durationSeconds(), o.warmupSeconds(), o.seed()));
    b.append(String.format(Locale.ROOT, "%-9s %9s %7s %9s %12s %8s %8s %8s %9s %9s  %s%n", "kind", "target/s", "sent",
        "answered", "completed/s", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms", "errors"));
    for (LatencyRecorder.Summary k : r.kinds()) {
      b.append(row(k));
    }
    b.append(byAnswer(r));
    b.append(slices(r));
    b.append(String.format(Locale.ROOT, "%nwarmup left out: %d s ramping up to the rates (%d listing upserts, %d notices%s); "
        + "at most %d requests in flight; %d sellers registered in place of refused ones%n", o.warmupSeconds(),
        r.warmupOf(LoadTraffic.Kind.LISTINGS), r.warmupOf(LoadTraffic.Kind.NOTICES),
        o.dryRunsPerSecond() > 0 ? ", " + r.warmupOf(LoadTraffic.Kind.DRY_RUNS) + " dry runs" : "", LoadRun.CONNECTIONS,
        r.replacements()));
    if (o.listingsPerSecond() > 0) {
      b.append(String.format(Locale.ROOT, "new listings by answer, warmup included: %s%n", counts(r.newListings())));
    }
    if (o.dryRunsPerSecond() > 0) {
      b.append(String.format(Locale.ROOT, "screening dry runs by decision, warmup included: %s%n", counts(r.dryRuns())));
    }
    b.append(String.format(Locale.ROOT, "scheduler lateness (due to handed over): p99 %.1f ms, max %.1f ms%n",
        r.schedulerLagP99(), r.schedulerLagMax()));
    return b.toString();
  }

  /**
   * The server's and its database's CPU over the measured window, in all and per request answered
   * in it (every kind); a figure the system did not give is left out.
   */
  static String serverCpu(LoadOptions o, LoadRun.Result r, ServerCpu.Sample used) {
    long answered = r.kinds().stream().mapToLong(LatencyRecorder.Summary::answered).sum();
    var b = new StringBuilder();
    if (used.server() >= 0) {
      b.append(cpuLine("server", used.server(), o.durationSeconds(), answered));
    }
    if (used.database() >= 0) {
      b.append(cpuLine("its PostgreSQL", used.database(), o.durationSeconds(), answered));
    }
    return b.toString();
  }

  private static String cpuLine(String who, double seconds, int window, long answered) {
    return String.format(Locale.ROOT, "%s: %.1f s of CPU in the measured %d s (%.2f cores on average, %s a request)%n",
        who, seconds, window, seconds / window, answered == 0 ? "-"
            : String.format(Locale.ROOT, "%.2f ms", seconds * 1000 / answered));
  }

  /**
   * The measured successes by what was answered (a new listing's status, a dry run's action): a
   * blocked listing, which sets off a statement of reasons and the penalty ladder, is
   * slower than one let through, and the whole kind's percentiles mix the two.
   */
  static String byAnswer(LoadRun.Result r) {
    if (r.byAnswer().isEmpty()) {
      return "";
    }
    var b = new StringBuilder(String.format(Locale.ROOT, "%n%-22s %7s %8s %8s %8s %9s %9s%n", "answered as", "sent",
        "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms"));
    for (LatencyRecorder.Summary k : r.byAnswer()) {
      b.append(String.format(Locale.ROOT, "%-22s %7d %8.1f %8.1f %8.1f %9.1f %9.1f%n", k.kind(), k.sent(), k.p50(), k.p90(),
          k.p99(), k.p999(), k.max()));
    }
    return b.toString();
  }

  /**
   * Each scheduled kind with a rate (listings, notices, dry runs) by {@value LatencyRecorder#SLICE_SECONDS}
   * s of due time, side by side.
   */
  static String slices(LoadRun.Result r) {
    List<LatencyRecorder.Summary> shown = r.kinds().stream().filter(k -> k.targetPerSecond() > 0).toList();
    var b = new StringBuilder(String.format(Locale.ROOT, "%n%-9s", "due at s"));
    for (int i = 0; i < shown.size(); i++) {
      b.append(String.format(Locale.ROOT, "%s %7s %8s %8s %9s", i == 0 ? "" : "  ", shown.get(i).kind(), "p50 ms",
          "p99 ms", "max ms"));
    }
    b.append(System.lineSeparator());
    var seconds = new java.util.TreeSet<Long>();
    shown.forEach(k -> k.slices().forEach(x -> seconds.add(x.fromSecond())));
    for (long from : seconds) {
      b.append(String.format(Locale.ROOT, "%-9s", from + "-" + (from + LatencyRecorder.SLICE_SECONDS)));
      for (int i = 0; i < shown.size(); i++) {
        var x = shown.get(i).slices().stream().filter(y -> y.fromSecond() == from).findFirst()
            .orElse(new LatencyRecorder.Slice(from, 0, 0, 0, 0));
        b.append(String.format(Locale.ROOT, "%s %7d %8.1f %8.1f %9.1f", i == 0 ? "" : "  ", x.sent(), x.p50(), x.p99(),
            x.max()));
      }
      b.append(System.lineSeparator());
    }
    return b.toString();
  }

  /** One kind's line of the table; a kind that sent nothing shows dashes, not zero latencies. */
  static String row(LatencyRecorder.Summary k) {
    String target = k.targetPerSecond() > 0 ? String.format(Locale.ROOT, "%.1f", k.targetPerSecond()) : "-";
    if (k.sent() == 0) {
      return String.format(Locale.ROOT, "%-9s %9s %7d %9d %12s %8s %8s %8s %9s %9s  %s%n", k.kind(), target, 0, 0, "-",
          "-", "-", "-", "-", "-", "-");
    }
    return String.format(Locale.ROOT, "%-9s %9s %7d %9d %12.1f %8.1f %8.1f %8.1f %9.1f %9.1f  %s%n", k.kind(), target,
        k.sent(), k.answered(), k.completedPerSecond(), k.p50(), k.p90(), k.p99(), k.p999(), k.max(), counts(k.errors()));
  }

  static Map<String, Object> json(LoadOptions o, LoadRun.Result r, String startedAt) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("startedAt", startedAt);
    out.put("options", o.asMap());
    out.put("connections", LoadRun.CONNECTIONS);
    Map<String, Object> kinds = new LinkedHashMap<>();
    for (LatencyRecorder.Summary k : r.kinds()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("targetPerSecond", k.targetPerSecond());
      m.put("sent", k.sent());
      m.put("answered", k.answered());
      m.put("ok", k.ok());
      m.put("completedPerSecond", round(k.completedPerSecond()));
      m.put("errors", k.errors());
      m.put("bySlice", k.slices().stream().map(x -> ordered("fromSecond", x.fromSecond(), "sent", x.sent(), "p50", x.p50(),
          "p99", x.p99(), "max", x.max())).toList());
      m.put("latencyMs", ordered("p50", k.p50(), "p90", k.p90(), "p99", k.p99(), "p99.9", k.p999(), "max", k.max()));
      kinds.put(k.kind(), m);
    }
    out.put("kinds", kinds);
    Map<String, Object> answers = new LinkedHashMap<>();
    for (LatencyRecorder.Summary k : r.byAnswer()) {
      answers.put(k.kind(), ordered("sent", k.sent(), "latencyMs", ordered("p50", k.p50(), "p90", k.p90(), "p99", k.p99(),
          "p99.9", k.p999(), "max", k.max())));
    }
    out.put("byAnswer", answers);
    out.put("warmup", ordered("seconds", o.warmupSeconds(), "listings", r.warmupOf(LoadTraffic.Kind.LISTINGS),
        "notices", r.warmupOf(LoadTraffic.Kind.NOTICES), "dryRuns", r.warmupOf(LoadTraffic.Kind.DRY_RUNS)));
    out.put("replacementSellers", r.replacements());
    out.put("newListingsByAnswer", r.newListings());
    out.put("dryRunsByDecision", r.dryRuns());
    out.put("schedulerLatenessMs", ordered("p99", r.schedulerLagP99(), "max", r.schedulerLagMax()));
    return out;
  }

  /** A JSON object with its keys in the order given (key, value, key, value, ...). */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static String counts(Map<String, Long> counts) {
    return counts.isEmpty() ? "-" : counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
