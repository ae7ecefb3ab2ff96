package com.steward.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadReportTests {

  @Test
  void aRowShowsTheRatesPercentilesAndErrorsOfItsKind() {
    var s = new LatencyRecorder.Summary("listings", 100, 6_000, 5_990, 5_980, 99.83, new java.util.TreeMap<>(Map.of("409", 10L, "timeout", 10L)),
        12.34, 25.0, 80.0, 150.0, 210.5, java.util.List.of());
    assertThat(LoadReport.row(s)).isEqualTo(
        "listings      100.0    6000      5990         99.8     12.3     25.0     80.0     150.0     210.5  409: 10, timeout: 10\n"
            .replace("\n", System.lineSeparator()));
  }

  @Test
  void aKindThatSentNothingShowsDashes() {
    var s = new LatencyRecorder.Summary("sellers", 0, 0, 0, 0, 0, Map.of(), 0, 0, 0, 0, 0, java.util.List.of());
    assertThat(LoadReport.row(s)).startsWith("sellers           -       0         0            -        -");
  }

  @Test
  void theServersCpuIsShownPerRequestAnsweredAndAMissingFigureIsLeftOut() {
    var listings = new LatencyRecorder.Summary("listings", 100, 6_000, 6_000, 6_000, 100, Map.of(), 5, 9, 20, 30, 40,
        java.util.List.of());
    var notices = new LatencyRecorder.Summary("notices", 5, 300, 300, 300, 5, Map.of(), 9, 12, 30, 40, 50,
        java.util.List.of());
    var result = new LoadRun.Result(java.util.List.of(listings, notices), Map.of(), 0, Map.of(), Map.of(),
        java.util.List.of(), 0, 0);
    var o = LoadOptions.parse(java.util.List.of("--load", "--listings-per-second", "100", "--notices-per-second", "5",
        "--duration", "60", "--server-pid", "4242", "--database-dir", "/data/postgres"));
    assertThat(LoadReport.serverCpu(o, result, new ServerCpu.Sample(31.5, 18.9))).isEqualTo(
        ("server: 31.5 s of CPU in the measured 60 s (0.53 cores on average, 5.00 ms a request)\n"
            + "its PostgreSQL: 18.9 s of CPU in the measured 60 s (0.32 cores on average, 3.00 ms a request)\n")
            .replace("\n", System.lineSeparator()));
    assertThat(LoadReport.serverCpu(o, result, new ServerCpu.Sample(31.5, -1))).doesNotContain("PostgreSQL");
  }

  @Test
  void theSlicesShowEveryKindThatHasARateSideBySide() {
    var listings = new LatencyRecorder.Summary("listings", 100, 2_000, 2_000, 2_000, 100, Map.of(), 5, 9, 20, 30, 40,
        java.util.List.of(new LatencyRecorder.Slice(0, 1_000, 6.5, 30, 41), new LatencyRecorder.Slice(10, 1_000, 5, 20, 25)));
    var notices = new LatencyRecorder.Summary("notices", 5, 50, 50, 50, 5, Map.of(), 9, 12, 30, 40, 50,
        java.util.List.of(new LatencyRecorder.Slice(10, 50, 12, 31.5, 33)));
    var sellers = new LatencyRecorder.Summary("sellers", 0, 3, 3, 3, 0, Map.of(), 9, 9, 9, 9, 9,
        java.util.List.of(new LatencyRecorder.Slice(0, 3, 9, 9, 9)));
    String both = LoadReport.slices(new LoadRun.Result(java.util.List.of(listings, notices, sellers), Map.of(), 0, Map.of(),
        Map.of(), java.util.List.of(), 0, 0));
    assertThat(both.lines().toList()).containsExactly("",
        "due at s  listings   p50 ms   p99 ms    max ms   notices   p50 ms   p99 ms    max ms",
        "0-10         1000      6.5     30.0      41.0         0      0.0      0.0       0.0",
        "10-20        1000      5.0     20.0      25.0        50     12.0     31.5      33.0");
    var dryRuns = new LatencyRecorder.Summary("dry-runs", 500, 5_000, 5_000, 5_000, 500, Map.of(), 1, 2, 3, 4, 5,
        java.util.List.of(new LatencyRecorder.Slice(0, 5_000, 1.5, 4.5, 9)));
    var idle = new LatencyRecorder.Summary("listings", 0, 0, 0, 0, 0, Map.of(), 0, 0, 0, 0, 0, java.util.List.of());
    String alone = LoadReport.slices(new LoadRun.Result(java.util.List.of(idle, dryRuns), Map.of(), 0, Map.of(), Map.of(),
        java.util.List.of(), 0, 0));
    assertThat(alone.lines().toList()).containsExactly("",
        "due at s  dry-runs   p50 ms   p99 ms    max ms",
        "0-10         5000      1.5      4.5       9.0");
  }

  @Test
  void theLatencyByAnswerSetsBlockedListingsApartFromTheOthers() {
    var active = new LatencyRecorder.Summary("new listing ACTIVE", 0, 850, 850, 850, 0, Map.of(), 5, 9, 20, 30, 40,
        java.util.List.of());
    var blocked = new LatencyRecorder.Summary("new listing BLOCKED", 0, 150, 150, 150, 0, Map.of(), 14.5, 22, 41.25, 60, 61,
        java.util.List.of());
    var result = new LoadRun.Result(java.util.List.of(), Map.of(), 0, Map.of(), Map.of(), java.util.List.of(active, blocked),
        0, 0);
    assertThat(LoadReport.byAnswer(result).lines().toList()).containsExactly("",
        "answered as             sent   p50 ms   p90 ms   p99 ms  p99.9 ms    max ms",
        "new listing ACTIVE       850      5.0      9.0     20.0      30.0      40.0",
        "new listing BLOCKED      150     14.5     22.0     41.3      60.0      61.0");
    assertThat(LoadReport.byAnswer(new LoadRun.Result(java.util.List.of(), Map.of(), 0, Map.of(), Map.of(),
        java.util.List.of(), 0, 0))).isEmpty();
  }
}
