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
 * An open-loop load: listing upserts and notices leave at the times their {@link RateSchedule}s
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

  /** What a run measured: one summary per kind, the warmup left out, and the scheduler's lateness in ms. */
  record Result(List<LatencyRecorder.Summary> kinds, long warmupListings, long warmupNotices, int replacements,
      Map<String, Long> newListings, double schedulerLagP99, double schedulerLagMax) {}

  private final LoadOptions o;
  private final LoadTraffic traffic;
  private final HttpClient http;
  private final LongSupplier clock;
  private final Map<LoadTraffic.Kind, LatencyRecorder> recorders = new EnumMap<>(LoadTraffic.Kind.class);
  private final Semaphore connections = new Semaphore(CONNECTIONS, true);
  private final AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);

  LoadRun(LoadOptions options, LoadTraffic traffic, HttpClient http, LongSupplier nanoClock) {
    this.o = options;
    this.traffic = traffic;
    this.http = http;
    this.clock = nanoClock;
  }

  Result run() throws InterruptedException {
    var listings = new RateSchedule(o.listingsPerSecond(), o.warmupSeconds(), o.durationSeconds());
    var notices = new RateSchedule(o.noticesPerSecond(), o.warmupSeconds(), o.durationSeconds());
    var lag = new Histogram(3);
    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    long start = clock.getAsLong() + 50_000_000L;
    long windowStart = start + o.warmupSeconds() * 1_000_000_000L;
    measureFrom.set(windowStart);
    recorders.put(LoadTraffic.Kind.LISTINGS, new LatencyRecorder("listings", o.listingsPerSecond(), windowStart));
    recorders.put(LoadTraffic.Kind.NOTICES, new LatencyRecorder("notices", o.noticesPerSecond(), windowStart));
    recorders.put(LoadTraffic.Kind.SELLERS, new LatencyRecorder("sellers", 0, windowStart));
    long i = 0;
    long j = 0;
    while (i < listings.total() || j < notices.total()) {
      long nextListing = i < listings.total() ? start + listings.offsetNanos(i) : Long.MAX_VALUE;
      long nextNotice = j < notices.total() ? start + notices.offsetNanos(j) : Long.MAX_VALUE;
      boolean listing = nextListing <= nextNotice;
      long due = listing ? nextListing : nextNotice;
      waitUntil(due);
      boolean measured = listing ? listings.isMeasured(i++) : notices.isMeasured(j++);
      LoadTraffic.Request r = listing ? traffic.nextListing() : traffic.nextNotice();
      if (measured) {
        lag.recordValue(Math.max(0, clock.getAsLong() - due) / 1_000);
      }
      if (r == null) {
        if (measured) {
          recorders.get(LoadTraffic.Kind.NOTICES).skipped("no live listing to name");
        }
        continue;
      }
      threads.execute(() -> send(r, due, measured));
    }
    threads.shutdown();
    if (!threads.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
      threads.shutdownNow();
      threads.awaitTermination(REQUEST_TIMEOUT_SECONDS + 5L, TimeUnit.SECONDS);
    }
    long window = o.durationSeconds() * 1_000_000_000L;
    List<LatencyRecorder.Summary> kinds = recorders.values().stream().map(rec -> rec.summary(window)).toList();
    return new Result(kinds, listings.warmup(), notices.warmup(), traffic.replacements(), traffic.newListingOutcomes(),
        lag.getValueAtPercentile(99) / 1_000.0, lag.getMaxValue() / 1_000.0);
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
      followUp = traffic.answered(r, answer.statusCode(), answer.body() == null ? "" : answer.body());
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
