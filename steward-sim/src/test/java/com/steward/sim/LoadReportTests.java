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
    var result = new LoadRun.Result(java.util.List.of(listings, notices), 0, 0, 0, Map.of(), 0, 0);
    var o = LoadOptions.parse(java.util.List.of("--load", "--listings-per-second", "100", "--notices-per-second", "5",
        "--duration", "60", "--server-pid", "4242", "--database-dir", "/data/postgres"));
    assertThat(LoadReport.serverCpu(o, result, new ServerCpu.Sample(31.5, 18.9))).isEqualTo(
        ("server: 31.5 s of CPU in the measured 60 s (0.53 cores on average, 5.00 ms a request)\n"
            + "its PostgreSQL: 18.9 s of CPU in the measured 60 s (0.32 cores on average, 3.00 ms a request)\n")
            .replace("\n", System.lineSeparator()));
    assertThat(LoadReport.serverCpu(o, result, new ServerCpu.Sample(31.5, -1))).doesNotContain("PostgreSQL");
  }
}
