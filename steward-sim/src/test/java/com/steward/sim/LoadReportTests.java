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
}
