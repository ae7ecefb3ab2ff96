package com.steward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MatcherComparisonTests {

  @Test
  void theTableGivesMegabytesAndRatiosAgainstTheFastestPeerAndTheFloors() {
    Map<String, double[]> small = new LinkedHashMap<>();
    small.put("stewardWords", new double[] {3_000_000, 100_000});
    small.put("hankcs", new double[] {1_000_000, Double.NaN});
    small.put("robertBor", new double[] {500_000, 10_000});
    small.put("hankcsWords", new double[] {750_000, 10_000});
    small.put("floorReadEveryChar", new double[] {12_000_000, 0});
    small.put("floorLowerCaseEveryChar", new double[] {6_000_000, 0});
    small.put("stewardWordsWithNormalisation", new double[] {200_000, 0});
    Map<Integer, Map<String, double[]>> scores = new TreeMap<>(Map.of(10_000, small));

    String table = MatcherComparison.table(scores, 80, 50, List.of("hankcs, 10000 terms\t412\t2", "bad line"));

    assertThat(table).contains("| **steward `WordMatcher`**, word semantics | 3,000,000 | ± 100,000 | 150.0 | 1.00 |")
        .as("a title as written is 80 bytes: normalising and matching reads those")
        .contains("| steward `WordMatcher` with normalisation of the title as written | 200,000 | ± 0 | 16.0 | 15.00 |")
        .as("one iteration has no error").contains("| hankcs `AhoCorasickDoubleArrayTrie`, every substring hit | 1,000,000 | – | 50.0 | 3.00 |")
        .contains("3.00 times the fastest peer (hankcs")
        .contains("4.00 times hankcs with the same word filter")
        .contains("0.250 of reading every char and 0.500 of lower-casing every char")
        .contains("| hankcs, 10000 terms | 412 ms | about 2 MB |")
        .doesNotContain("bad line")
        .doesNotContain("Lucene");
  }
}
