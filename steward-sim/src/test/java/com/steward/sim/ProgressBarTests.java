package com.steward.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTests {

  @Test
  void theBarFillsWithTheDays() {
    assertThat(ProgressBar.line(0, 365, 0, 0)).startsWith("sim [>" + " ".repeat(29) + "]   0%  day 0/365");
    assertThat(ProgressBar.line(73, 365, 2048, 65)).isEqualTo("sim [======>" + " ".repeat(23) + "]  20%  day 73/365  2048 calls  1m05s");
    assertThat(ProgressBar.line(365, 365, 9000, 180)).isEqualTo("sim [" + "=".repeat(30) + "] 100%  day 365/365  9000 calls  3m00s");
  }

  @Test
  void withoutATerminalItPrintsALineEveryTenthOfTheRun() {
    var bytes = new ByteArrayOutputStream();
    var bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), System.nanoTime(), false);
    for (int day = 1; day <= 365; day++) {
      bar.day(day, 365, day * 10L);
    }
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(11);
    assertThat(lines[0]).contains("day 1/365");
    assertThat(lines[10]).contains("day 365/365").contains("100%");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
  }
}
