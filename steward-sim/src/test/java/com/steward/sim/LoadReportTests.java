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
        "answered as               sent   p50 ms   p90 ms   p99 ms  p99.9 ms    max ms",
        "new listing ACTIVE         850      5.0      9.0     20.0      30.0      40.0",
        "new listing BLOCKED        150     14.5     22.0     41.3      60.0      61.0");
    assertThat(LoadReport.byAnswer(new LoadRun.Result(java.util.List.of(), Map.of(), 0, Map.of(), Map.of(),
        java.util.List.of(), 0, 0))).isEmpty();
  }

  @Test
  void theUsualRunOfUpsertsAndNoticesReadsAsBeforeAndARunOfDryRunsNamesOnlyThem() {
    var listings = new LatencyRecorder.Summary("listings", 100, 6_000, 6_000, 6_000, 100, Map.of(), 5, 9, 20, 30, 40,
        java.util.List.of(new LatencyRecorder.Slice(0, 1_000, 5, 20, 40)));
    var notices = new LatencyRecorder.Summary("notices", 5, 300, 300, 300, 5, Map.of(), 9, 12, 30, 40, 50,
        java.util.List.of(new LatencyRecorder.Slice(0, 50, 9, 30, 50)));
    var usual = LoadOptions.parse(java.util.List.of("--load", "--listings-per-second", "100", "--notices-per-second", "5",
        "--duration", "60"));
    String table = LoadReport.table(usual, new LoadRun.Result(java.util.List.of(listings, notices),
        Map.of(LoadTraffic.Kind.LISTINGS, 500L, LoadTraffic.Kind.NOTICES, 25L, LoadTraffic.Kind.DRY_RUNS, 0L), 2,
        new java.util.TreeMap<>(Map.of("ACTIVE", 5L, "BLOCKED", 1L)), Map.of(), java.util.List.of(), 1.5, 3));
    assertThat(table.lines().toList()).startsWith(
        "Steward under load: 100 listing upserts/s and 5 notices/s, 60 s measured after a 10 s warmup (seed 1)", "",
        "kind       target/s    sent  answered  completed/s   p50 ms   p90 ms   p99 ms  p99.9 ms    max ms  errors");
    assertThat(table).contains("warmup left out: 10 s ramping up to the rates (500 listing upserts, 25 notices); at most "
        + "256 requests in flight; 2 sellers registered in place of refused ones")
        .contains("new listings by answer, warmup included: ACTIVE: 5, BLOCKED: 1")
        .doesNotContain("dry run").doesNotContain("answered as");

    var dryRuns = new LatencyRecorder.Summary("dry-runs", 500, 30_000, 30_000, 30_000, 500, Map.of(), 1, 1.2, 3.4, 18,
        36, java.util.List.of());
    var alone = LoadOptions.parse(java.util.List.of("--load", "--listings-per-second", "0", "--notices-per-second", "0",
        "--dry-runs-per-second", "500", "--duration", "60"));
    String dry = LoadReport.table(alone, new LoadRun.Result(java.util.List.of(dryRuns),
        Map.of(LoadTraffic.Kind.DRY_RUNS, 2_500L), 0, Map.of(),
        new java.util.TreeMap<>(Map.of("ALLOW", 2_000L, "BLOCK", 500L)), java.util.List.of(), 0.2, 1));
    assertThat(dry.lines().toList()).startsWith(
        "Steward under load: 500 screening dry runs/s, 60 s measured after a 10 s warmup (seed 1)");
    assertThat(dry).contains("screening dry runs by decision, warmup included: ALLOW: 2000, BLOCK: 500")
        .contains("2500 dry runs").doesNotContain("new listings by answer");
  }
}
