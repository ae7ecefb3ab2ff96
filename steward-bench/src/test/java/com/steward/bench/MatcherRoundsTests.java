package com.steward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.screening.WordMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rounds harness times every engine every round, and its table reads the measured half. */
class MatcherRoundsTests {

  @Test
  void percentilesReadOnlyTheSecondHalfOfTheRounds() {
    double[] rounds = {1000, 1000, 1000, 1000, 5, 1, 3, 2, 4, 6};
    assertThat(MatcherRounds.percentile(rounds, 10)).isEqualTo(1);
    assertThat(MatcherRounds.percentile(rounds, 50)).isEqualTo(3);
    assertThat(MatcherRounds.percentile(rounds, 100)).isEqualTo(6);
  }

  @Test
  void theTableGivesEachEngineItsRatioToTheFirst() {
    double[][][] nanos = {{{9, 9, 100, 100}}, {{9, 9, 250, 300}}};
    String table = MatcherRounds.table(new MatcherRounds.Timings(List.of("ours", "peer"), List.of("all 4"), nanos,
        new int[] {3, 3}));
    assertThat(table.lines()).containsExactly(
        "| titles | engine | ns a title, p10 | median | ÷ ours (p10) |",
        "|---|---|---|---|---|",
        "| all 4 | ours | 100 | 100 | 1.00 |",
        "| all 4 | peer | 250 | 300 | 2.50 |");
  }

  @Test
  void everyEngineRunsOnEverySetEveryRoundAndItsHitsAreKept() {
    WordMatcher matcher = WordMatcher.build(List.of("nike", "耐克"));
    int[] runs = {0, 0};
    MatcherRounds.Engine words = ts -> {
      runs[0]++;
      int[] hits = {0};
      for (String t : ts) {
        matcher.match(t, (id, s, e) -> hits[0]++);
      }
      return hits[0];
    };
    MatcherRounds.Engine none = ts -> {
      runs[1]++;
      return 0;
    };
    String[] all = {"nike air", "正品耐克", "nikelodeon"};
    String[] ascii = {"nike air", "nikelodeon"};
    MatcherRounds.Timings t = MatcherRounds.measure(List.of("words", "none"), List.of(words, none),
        List.of("all", "ascii"), List.of(all, ascii), 5);
    assertThat(runs).containsExactly(10, 10);
    assertThat(t.hits()).containsExactly(2, 0);
    assertThat(java.util.Arrays.stream(t.nanos()[0][1]).filter(ns -> ns > 0).count()).isEqualTo(5);
    assertThat(MatcherRounds.isAscii("nike air")).isTrue();
    assertThat(MatcherRounds.isAscii("正品耐克")).isFalse();
    assertThat(MatcherRounds.isAscii("café")).isFalse();
  }
}
