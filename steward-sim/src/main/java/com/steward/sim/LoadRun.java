package com.steward.sim;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load: listing upserts, notices and screening dry runs leave at the times their {@link RateSchedule}s
 * fix, whether or not earlier requests were answered, each on a virtual thread of its own. At most
 * {@value #CONNECTIONS} requests are in flight at once (as many HTTP connections); a request due
 * while all are busy waits its turn, and that wait is part of its latency, which always runs from
 * the time it was due. Requests due in the warmup (while the rate ramps up) are sent but not
 * recorded.
 *
 * <p>When the schedule ends, the run waits up to {@value #DRAIN_SECONDS} s for the answers still
 * out; a request not answered by then is recorded as unanswered with the time it had waited. The
 * scheduler's own lateness (how long after its due time a request was handed to its thread) is
 * recorded too: on a machine where the load generator and the server share the cores, a late
 * scheduler means the generator, not only the server, was short of CPU.
 */
final class LoadRun {

  static final int CONNECTIONS = 256;
  static final int DRAIN_SECONDS = 30;
  private static final long REQUEST_TIMEOUT_SECONDS = LoadTraffic.REQUEST_TIMEOUT.toSeconds();

  /**
   * What a run measured: one summary per kind, the warmup left out, the requests of each kind due in
   * the warmup, and the scheduler's lateness in ms.
   */
  record Result(List<LatencyRecorder.Summary> kinds, Map<LoadTraffic.Kind, Long> warmup, int replacements,
      Map<String, Long> newListings, Map<String, Long> dryRuns, List<LatencyRecorder.Summary> byAnswer,
      double schedulerLagP99, double schedulerLagMax) {

    long warmupOf(LoadTraffic.Kind kind) {
      return warmup.getOrDefault(kind, 0L);
    }
  }

  /** The kinds sent on a schedule, in the order the report shows them. */
  static final List<LoadTraffic.Kind> SCHEDULED =
      List.of(LoadTraffic.Kind.LISTINGS, LoadTraffic.Kind.NOTICES, LoadTraffic.Kind.DRY_RUNS);

  private final LoadOptions o;
  private final LoadTraffic traffic;
  private final HttpClient http;
  private final LongSupplier clock;
  private final Map<LoadTraffic.Kind, LatencyRecorder> recorders = new EnumMap<>(LoadTraffic.Kind.class);
  /** Measured successes by what was answered (a new listing's status, a dry run's action). */
  private final Map<String, LatencyRecorder> byAnswer = new java.util.concurrent.ConcurrentHashMap<>();
  private final Semaphore connections = new Semaphore(CONNECTIONS, true);
  private final AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);

  LoadRun(LoadOptions options, LoadTraffic traffic, HttpClient http, LongSupplier nanoClock) {
    this.o = options;
    this.traffic = traffic;
    this.http = http;
    this.clock = nanoClock;
  }

  /** A kind's name in the report. */
  static String label(LoadTraffic.Kind kind) {
    return switch (kind) {
      case LISTINGS -> "listings";
      case NOTICES -> "notices";
      case DRY_RUNS -> "dry-runs";
      case SELLERS -> "sellers";
    };
  }

  static double rateOf(LoadOptions o, LoadTraffic.Kind kind) {
    return switch (kind) {
      case LISTINGS -> o.listingsPerSecond();
      case NOTICES -> o.noticesPerSecond();
      case DRY_RUNS -> o.dryRunsPerSecond();
      case SELLERS -> 0;
    };
  }

  /**
   * Which schedule's next request is due first, given how many of each were sent ({@code null} for
   * a kind not sent); ties go to the first in order. -1 when every schedule is done.
   */
  static int nextDue(RateSchedule[] schedules, long[] sent) {
    int next = -1;
    long due = Long.MAX_VALUE;
    for (int k = 0; k < schedules.length; k++) {
      if (schedules[k] != null && sent[k] < schedules[k].total()) {
        long at = schedules[k].offsetNanos(sent[k]);
        if (at < due) {
          due = at;
          next = k;
        }
      }
    }
    return next;
  }

  Result run() throws InterruptedException {
    int n = SCHEDULED.size();
    var schedules = new RateSchedule[n];
    var sent = new long[n];
    for (int k = 0; k < n; k++) {
      double rate = rateOf(o, SCHEDULED.get(k));
      schedules[k] = rate > 0 ? new RateSchedule(rate, o.warmupSeconds(), o.durationSeconds()) : null;
    }
    var lag = new Histogram(3);
    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    long start = clock.getAsLong() + 50_000_000L;
    long windowStart = start + o.warmupSeconds() * 1_000_000_000L;
    measureFrom.set(windowStart);
    // a kind at rate 0 is not sent and not shown; sellers register when a refusal is read, whenever that is
    for (LoadTraffic.Kind kind : SCHEDULED) {
      if (rateOf(o, kind) > 0) {
        recorders.put(kind, new LatencyRecorder(label(kind), rateOf(o, kind), windowStart));
      }
    }
    recorders.put(LoadTraffic.Kind.SELLERS, new LatencyRecorder(label(LoadTraffic.Kind.SELLERS), 0, windowStart));
    int next;
    while ((next = nextDue(schedules, sent)) >= 0) {
      long due = start + schedules[next].offsetNanos(sent[next]);
      waitUntil(due);
      LoadTraffic.Kind kind = SCHEDULED.get(next);
      boolean measured = schedules[next].isMeasured(sent[next]++);
      LoadTraffic.Request r = switch (kind) {
        case LISTINGS -> traffic.nextListing();
        case NOTICES -> traffic.nextNotice();
        case DRY_RUNS -> traffic.nextDryRun();
        case SELLERS -> throw new IllegalStateException("sellers register when a refusal is read, not on a schedule");
      };
      if (measured) {
        lag.recordValue(Math.max(0, clock.getAsLong() - due) / 1_000);
      }
      if (r == null) {
        if (measured) {
          recorders.get(kind).skipped("no live listing to name");
        }
        continue;
      }
      long dueAt = due;
      threads.execute(() -> send(r, dueAt, measured));
    }
    threads.shutdown();
    if (!threads.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
      threads.shutdownNow();
      threads.awaitTermination(REQUEST_TIMEOUT_SECONDS + 5L, TimeUnit.SECONDS);
    }
    long window = o.durationSeconds() * 1_000_000_000L;
    List<LatencyRecorder.Summary> kinds = recorders.values().stream().map(rec -> rec.summary(window)).toList();
    Map<LoadTraffic.Kind, Long> warmup = new EnumMap<>(LoadTraffic.Kind.class);
    for (int k = 0; k < n; k++) {
      warmup.put(SCHEDULED.get(k), schedules[k] == null ? 0L : schedules[k].warmup());
    }
    List<LatencyRecorder.Summary> answers = byAnswer.values().stream().map(rec -> rec.summary(window))
        .sorted(java.util.Comparator.comparingInt((LatencyRecorder.Summary a) -> answerRank(a.kind()))
            .thenComparing(LatencyRecorder.Summary::kind)).toList();
    return new Result(kinds, warmup, traffic.replacements(), traffic.newListingOutcomes(), traffic.dryRunOutcomes(),
        answers, lag.getValueAtPercentile(99) / 1_000.0, lag.getMaxValue() / 1_000.0);
  }

  private void send(LoadTraffic.Request r, long due, boolean measured) {
    LatencyRecorder rec = recorders.get(r.kind());
    try {
      connections.acquire();
    } catch (InterruptedException e) {
      if (measured) {
        rec.failed(due, clock.getAsLong(), "unanswered at the end");
      }
      return;
    }
    LoadTraffic.Request followUp = null;
    try {
      HttpResponse<String> answer = http.send(r.http(), HttpResponse.BodyHandlers.ofString());
      long done = clock.getAsLong();
      if (measured) {
        rec.answered(due, done, answer.statusCode());
      }
      LoadTraffic.Answer read = traffic.answered(r, answer.statusCode(), answer.body() == null ? "" : answer.body());
      followUp = read.followUp();
      if (measured && read.outcome() != null) {
        byAnswer.computeIfAbsent(read.outcome(), k -> new LatencyRecorder(k, 0, measureFrom.get()))
            .answered(due, done, answer.statusCode());
      }
    } catch (HttpTimeoutException e) {
      failed(rec, due, measured, "timeout");
    } catch (IOException e) {
      failed(rec, due, measured, "no connection or broken answer");
    } catch (InterruptedException e) {
      failed(rec, due, measured, "unanswered at the end");
    } finally {
      connections.release();
    }
    if (followUp != null && !Thread.currentThread().isInterrupted()) {
      long now = clock.getAsLong();
      // a registration sent during the warmup stays out of the report, like the requests around it
      send(followUp, now, now >= measureFrom.get());
    }
  }

  /** New listings first, then price changes, then dry runs, as the kinds in the table. */
  private static int answerRank(String answer) {
    return answer.startsWith("new listing") ? 0 : answer.startsWith("price change") ? 1 : 2;
  }

  private void failed(LatencyRecorder rec, long due, boolean measured, String why) {
    if (measured) {
      rec.failed(due, clock.getAsLong(), why);
    }
  }

  private void waitUntil(long due) {
    long wait;
    while ((wait = due - clock.getAsLong()) > 0) {
      LockSupport.parkNanos(wait);
    }
  }
}
