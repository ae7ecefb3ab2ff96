package com.steward.sim;

/**
 * When each request of one kind is due, fixed before the run whatever the answers: so a slow
 * server cannot slow the sender down and hide its own slowness (coordinated omission), and
 * latency is measured from these times, not from the moment a request actually left.
 *
 * <p>During the warmup the rate rises in a straight line from 0 to {@code perSecond} (the
 * cumulative count at {@code t} seconds is {@code perSecond * t^2 / (2 * warmup)}, so request
 * {@code i} is due at {@code sqrt(2 * warmup * i / perSecond)}); then it holds: the {@code k}-th
 * measured request is due at {@code warmup + k / perSecond}, {@code perSecond * duration} of them.
 * A full rate from the first second would pile a cold server's backlog (class loading, the JIT,
 * empty caches) into a queue that an open-loop sender never lets it work off, and the measured
 * window would show the warmup's queue instead of the rate asked for.
 */
record RateSchedule(double perSecond, int warmupSeconds, int durationSeconds) {

  private static final double NANOS = 1e9;

  RateSchedule {
    if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException("rate: must be above 0, not " + perSecond);
    }
    if (warmupSeconds < 0 || durationSeconds <= 0) {
      throw new IllegalArgumentException("warmup must be >= 0 and duration > 0 seconds, not " + warmupSeconds + " and "
          + durationSeconds);
    }
  }

  /** Requests due in the whole run, warmup included. */
  long total() {
    return warmup() + measured();
  }

  /** Requests due in the warmup (half the full rate's, as the rate ramps up), left out of the report. */
  long warmup() {
    return wholeRequests(perSecond * warmupSeconds / 2);
  }

  /** Requests due in the measured part of the run: {@code perSecond * duration}, rounded up. */
  long measured() {
    return wholeRequests(perSecond * durationSeconds);
  }

  /** Nanoseconds from the start of the run to the moment request {@code i} is due. */
  long offsetNanos(long i) {
    if (i < 0 || i >= total()) {
      throw new IndexOutOfBoundsException("request " + i + " of " + total());
    }
    long w = warmup();
    if (i < w) {
      return Math.round(Math.sqrt(2.0 * warmupSeconds * i / perSecond) * NANOS);
    }
    return warmupSeconds * 1_000_000_000L + Math.round((i - w) * NANOS / perSecond);
  }

  /** Whether request {@code i} falls in the measured part (after the warmup). */
  boolean isMeasured(long i) {
    return i >= warmup();
  }

  /** The number of whole requests {@code i >= 0} with {@code i < exact}, forgiving a double's last bit. */
  private static long wholeRequests(double exact) {
    // 100.0 * 60 is exactly 6000, but a rate like 0.1 gives 0.1 * 30 = 3.0000000000000004
    return Math.abs(exact - Math.rint(exact)) < 1e-9 ? (long) Math.rint(exact) : (long) Math.ceil(exact);
  }
}
