package com.steward.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Latencies and outcomes of one kind of request in a load run, from many threads. A latency runs
 * from the moment the request was due by its schedule to the moment its answer was read, in
 * microseconds in an HdrHistogram (three significant digits, so a percentile is within 0.1% of
 * the exact value); the maximum is also kept exactly. Requests of the warmup are not recorded.
 *
 * <p>Every measured request counts in the percentiles, an error answer as much as a success: a
 * server that answers 500 quickly looks fast there, which is why the errors are shown beside them.
 * A request that got no answer (timed out, failed to connect, or still waiting when the run gave
 * up on it) counts with the time it had waited, a lower bound of its latency.
 */
final class LatencyRecorder {

  /** What one kind achieved in the measured part of a run; times in milliseconds. */
  record Summary(String kind, double targetPerSecond, long sent, long answered, long ok, double completedPerSecond,
      Map<String, Long> errors, double p50, double p90, double p99, double p999, double max, List<Slice> slices) {}

  /**
   * The requests due in one slice of the measured window ({@code fromSecond} counted from its
   * start): a server that stalls now and then and one that is saturated throughout look alike in
   * the percentiles of the whole run, but not here.
   */
  record Slice(long fromSecond, long sent, double p50, double p99, double max) {}

  static final int SLICE_SECONDS = 10;

  private final String kind;
  private final double targetPerSecond;
  private final Histogram micros = new Histogram(3);
  private final Map<String, Long> errors = new TreeMap<>();
  private long sent;
  private long answered;
  private long ok;
  private long maxMicros;
  private long lastDoneNanos = Long.MIN_VALUE;
  private final Map<Long, Histogram> slices = new TreeMap<>();
  private final long windowStartNanos;

  /** A recorder for requests due from {@code windowStartNanos} on (the end of the warmup). */
  LatencyRecorder(String kind, double targetPerSecond, long windowStartNanos) {
    this.kind = kind;
    this.targetPerSecond = targetPerSecond;
    this.windowStartNanos = windowStartNanos;
  }

  /** An HTTP answer with {@code status} to a request due at {@code dueNanos} and read at {@code doneNanos}. */
  synchronized void answered(long dueNanos, long doneNanos, int status) {
    record(dueNanos, doneNanos);
    answered++;
    lastDoneNanos = Math.max(lastDoneNanos, doneNanos);
    if (status >= 200 && status < 300) {
      ok++;
    } else {
      errors.merge(Integer.toString(status), 1L, Long::sum);
    }
  }

  /** A request that got no answer, for {@code why} ("timeout", "connection", "unanswered at the end"). */
  synchronized void failed(long dueNanos, long gaveUpNanos, String why) {
    record(dueNanos, gaveUpNanos);
    errors.merge(why, 1L, Long::sum);
  }

  /** A request that was due but could not be made (nothing to name), without a latency. */
  synchronized void skipped(String why) {
    sent++;
    errors.merge(why, 1L, Long::sum);
  }

  private void record(long dueNanos, long doneNanos) {
    long us = Math.max(0, (doneNanos - dueNanos) / 1_000);
    micros.recordValue(us);
    long slice = Math.max(0, Math.floorDiv(dueNanos - windowStartNanos, SLICE_SECONDS * 1_000_000_000L)) * SLICE_SECONDS;
    slices.computeIfAbsent(slice, k -> new Histogram(3)).recordValue(us);
    maxMicros = Math.max(maxMicros, us);
    sent++;
  }

  /** The summary over the measured window, which is due to last {@code windowNanos}. */
  synchronized Summary summary(long windowNanos) {
    List<Slice> bySlice = new ArrayList<>();
    slices.forEach((from, h) -> bySlice.add(new Slice(from, h.getTotalCount(), percentile(h, 50), percentile(h, 99),
        ms(Math.min(h.getMaxValue(), maxMicros)))));
    return new Summary(kind, targetPerSecond, sent, answered, ok,
        perSecond(answered, windowStartNanos, windowNanos, lastDoneNanos), new TreeMap<>(errors),
        percentile(micros, 50), percentile(micros, 90), percentile(micros, 99), percentile(micros, 99.9), ms(maxMicros),
        List.copyOf(bySlice));
  }

  /** The histogram's value at {@code p}: the top of its bucket, so never above the exact maximum. */
  private double percentile(Histogram h, double p) {
    return ms(Math.min(h.getValueAtPercentile(p), maxMicros));
  }

  /**
   * Answers per second over the window: from its start to the last answer, and never less than its
   * planned length. A server that keeps up gives about the target rate; one that falls behind keeps
   * answering after the schedule ended, and the longer span gives the rate it could sustain.
   */
  static double perSecond(long count, long windowStartNanos, long windowNanos, long lastDoneNanos) {
    if (count == 0) {
      return 0;
    }
    long span = Math.max(windowNanos, lastDoneNanos - windowStartNanos);
    return count * 1e9 / span;
  }

  private static double ms(long micros) {
    return micros / 1_000.0;
  }
}
