package com.steward.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyRecorderTests {

  private static final long MS = 1_000_000L;
  private static final long S = 1_000 * MS;

  @Test
  void percentilesOfOneToAThousandMillisecondsAreTheNearestRanksWithinTheHistogramsPrecision() {
    var r = new LatencyRecorder("listings", 100, 0);
    // shuffled on purpose: order must not matter
    for (int k = 0; k < 1_000; k++) {
      long ms = (k * 7L) % 1_000 + 1;
      long due = k * 10 * MS;
      r.answered(due, due + ms * MS, 200);
    }
    var s = r.summary(10 * S);
    assertThat(s.p50()).isCloseTo(500, within(0.5));
    assertThat(s.p90()).isCloseTo(900, within(0.9));
    assertThat(s.p99()).isCloseTo(990, within(1.0));
    assertThat(s.p999()).isCloseTo(999, within(1.0));
    assertThat(s.max()).isEqualTo(1_000.0);
    assertThat(s.sent()).isEqualTo(1_000);
    assertThat(s.answered()).isEqualTo(1_000);
    assertThat(s.ok()).isEqualTo(1_000);
    assertThat(s.errors()).isEmpty();
  }

  @Test
  void aSlowTailShowsInTheHighPercentilesOnly() {
    var r = new LatencyRecorder("notices", 5, 0);
    for (int k = 0; k < 990; k++) {
      r.answered(0, 2 * MS, 201);
    }
    for (int k = 0; k < 10; k++) {
      r.answered(0, 3 * S, 201);
    }
    var s = r.summary(10 * S);
    assertThat(s.p50()).isCloseTo(2, within(0.01));
    assertThat(s.p90()).isCloseTo(2, within(0.01));
    assertThat(s.p99()).isCloseTo(2, within(0.01));
    assertThat(s.p999()).isCloseTo(3_000, within(3.0));
    assertThat(s.max()).isEqualTo(3_000.0);
    assertThat(s.p999()).isLessThanOrEqualTo(s.max());
  }

  @Test
  void errorsAreCountedByStatusAndUnansweredRequestsCountWithTheTimeTheyWaited() {
    var r = new LatencyRecorder("listings", 10, 0);
    r.answered(0, 10 * MS, 200);
    r.answered(0, 20 * MS, 409);
    r.answered(0, 30 * MS, 409);
    r.answered(0, 40 * MS, 500);
    r.failed(0, 5 * S, "timeout");
    r.skipped("no live listing to name");
    var s = r.summary(S);
    assertThat(s.sent()).isEqualTo(6);
    assertThat(s.answered()).isEqualTo(4);
    assertThat(s.ok()).isEqualTo(1);
    assertThat(s.errors()).isEqualTo(Map.of("409", 2L, "500", 1L, "timeout", 1L, "no live listing to name", 1L));
    assertThat(s.max()).isEqualTo(5_000.0);
  }

  @Test
  void latencyRunsFromTheDueTimeNotFromWhenTheRequestLeft() {
    var r = new LatencyRecorder("listings", 1, 0);
    long due = 5 * S;
    r.answered(due, due + 250 * MS, 200);
    assertThat(r.summary(10 * S).max()).isEqualTo(250.0);
  }

  @Test
  void throughputIsAnswersOverTheWindowOrOverTheLongerSpanToTheLastAnswer() {
    // kept up: 6000 answers in a 60 s window, the last 20 ms after its end: still 100/s over the 60 s
    assertThat(LatencyRecorder.perSecond(6_000, 10 * S, 60 * S, 70 * S - 1)).isEqualTo(100.0);
    assertThat(LatencyRecorder.perSecond(6_000, 10 * S, 60 * S, 70 * S + 20 * MS)).isCloseTo(99.97, within(0.01));
    // fell behind: 24,000 due over 60 s, the last answered 100 s after the window opened: 240/s sustained
    assertThat(LatencyRecorder.perSecond(24_000, 10 * S, 60 * S, 110 * S)).isEqualTo(240.0);
    assertThat(LatencyRecorder.perSecond(0, 0, 60 * S, Long.MIN_VALUE)).isZero();
  }

  @Test
  void theSummaryUsesThatThroughput() {
    var r = new LatencyRecorder("listings", 50, 2 * S);
    for (int k = 0; k < 100; k++) {
      long due = 2 * S + k * 20 * MS;
      r.answered(due, due + 5 * MS, 200);
    }
    var s = r.summary(2 * S);
    assertThat(s.completedPerSecond()).isCloseTo(50.0, within(1e-9));
  }

  @Test
  void slicesOfTenSecondsOfDueTimeShowWhenTheSlowRequestsWereDue() {
    var r = new LatencyRecorder("listings", 10, 5 * S);
    for (int k = 0; k < 300; k++) {
      long due = 5 * S + k * 100 * MS;
      long latency = due >= 15 * S && due < 25 * S ? 900 * MS : 4 * MS;
      r.answered(due, due + latency, 200);
    }
    var slices = r.summary(30 * S).slices();
    assertThat(slices).extracting(LatencyRecorder.Slice::fromSecond).containsExactly(0L, 10L, 20L);
    assertThat(slices).extracting(LatencyRecorder.Slice::sent).containsExactly(100L, 100L, 100L);
    assertThat(slices.get(0).p99()).isCloseTo(4, within(0.01));
    assertThat(slices.get(1).p50()).isCloseTo(900, within(1.0));
    assertThat(slices.get(2).p50()).isCloseTo(4, within(0.01));
  }
}
