package com.steward.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Every engine of {@link MatcherBenchmark} at 10,000 and 1,000,000 terms in one JMH run, the slow
 * peers (robert-bor, Lucene Monitor) included at both sizes, and the table printed from the
 * results: titles/s and MB/s of each engine, the word matcher's ratio to each peer and to the two
 * floors, and each engine's build time and heap. MB/s counts the UTF-8 bytes of the titles an
 * engine reads (10^6 bytes): the normalised titles for the matchers and the first floor, the titles
 * as written for the second floor and for normalising and matching together.
 *
 * <p>{@code ./steward bench-matchers [JMH options]}, e.g. {@code -p terms=10000} for one size, or
 * {@code -wi 1 -i 2} for a shorter run.
 */
public final class MatcherComparison {

  private MatcherComparison() {}

  /** The engines in the order of the table, with what each row is. */
  private static final Map<String, String> ENGINES = new LinkedHashMap<>();

  static {
    ENGINES.put("floorReadEveryChar", "floor: read every char (normalised titles)");
    ENGINES.put("floorLowerCaseEveryChar", "floor: lower-case every char (titles as written)");
    ENGINES.put("steward", "steward `TermMatcher`, every substring hit");
    ENGINES.put("hankcs", "hankcs `AhoCorasickDoubleArrayTrie`, every substring hit");
    ENGINES.put("robertBor", "robert-bor `ahocorasick`, every substring hit");
    ENGINES.put("stewardWords", "**steward `WordMatcher`**, word semantics");
    ENGINES.put("hankcsWords", "hankcs + the same word-boundary filter");
    ENGINES.put("luceneMonitorWords", "Lucene Monitor 10.3.0, word semantics");
    ENGINES.put("stewardWordsWithNormalisation", "steward `WordMatcher` with normalisation of the title as written");
  }

  /** The peers the goal compares with, as they come (every hit reported, or Lucene's words). */
  private static final List<String> PEERS = List.of("hankcs", "robertBor", "luceneMonitorWords");

  public static void main(String[] args) throws Exception {
    CommandLineOptions given = new CommandLineOptions(args);
    Path builds = Files.createTempFile("steward-matcher-builds", ".tsv");
    builds.toFile().deleteOnExit();
    var options = new OptionsBuilder().parent(given).include(MatcherBenchmark.class.getName() + "\\.");
    if (given.getParameter("terms").hasValue()) {
      options.param("terms", given.getParameter("terms").get().toArray(String[]::new));
    } else {
      options.param("terms", "10000", "1000000");
    }
    Options run = options.jvmArgsAppend("-Dsteward.bench.lucene.maxTerms=1000000",
        "-Dsteward.bench.robertBor.maxTerms=1000000", "-D" + Built.LOG + "=" + builds).build();
    Collection<RunResult> results = new Runner(run).run();
    // size -> engine -> {score, error}
    Map<Integer, Map<String, double[]>> scores = new TreeMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      String engine = label.substring(label.lastIndexOf('.') + 1);
      int terms = Integer.parseInt(r.getParams().getParam("terms"));
      scores.computeIfAbsent(terms, k -> new LinkedHashMap<>()).put(engine,
          new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
    }
    var titles = BenchData.rawTitles().subList(0, MatcherBenchmark.TITLES);
    System.out.println();
    System.out.printf(Locale.ROOT, "Titles: the first %,d of the benchmark's (English and Chinese).%n", titles.size());
    System.out.println(table(scores, meanUtf8(titles), meanUtf8(BenchData.normalised(titles)),
        Files.readAllLines(builds, StandardCharsets.UTF_8)));
    Files.deleteIfExists(builds);
  }

  /**
   * The Markdown tables of one run: {@code scores} by dictionary size and engine ({score, error}
   * in titles/s), the mean UTF-8 bytes of a title as written and normalised, and the builds' lines
   * ({@code name TAB ms TAB MB}).
   */
  static String table(Map<Integer, Map<String, double[]>> scores, double rawBytes, double normalisedBytes,
      List<String> builds) {
    var out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Titles: %.1f UTF-8 bytes on average as written, %.1f normalised.%n",
        rawBytes, normalisedBytes));
    for (var size : scores.entrySet()) {
      Map<String, double[]> s = size.getValue();
      double words = s.containsKey("stewardWords") ? s.get("stewardWords")[0] : Double.NaN;
      out.append(String.format(Locale.ROOT, "%n| engine (%,d terms) | titles/s | error (99.9%%) | MB/s | "
          + "`WordMatcher` ÷ engine |%n|---|---|---|---|---|%n", size.getKey()));
      for (var e : ENGINES.entrySet()) {
        double[] v = s.get(e.getKey());
        if (v == null) {
          continue;
        }
        boolean raw = e.getKey().equals("floorLowerCaseEveryChar") || e.getKey().equals("stewardWordsWithNormalisation");
        double mbs = v[0] * (raw ? rawBytes : normalisedBytes) / 1e6;
        out.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %,.1f | %.2f |%n", e.getValue(), v[0],
            Double.isNaN(v[1]) ? "–" : String.format(Locale.ROOT, "± %,.0f", v[1]), mbs, words / v[0]));
      }
      String fastest = PEERS.stream().filter(s::containsKey).max((a, b) -> Double.compare(s.get(a)[0], s.get(b)[0]))
          .orElse(null);
      if (fastest != null && !Double.isNaN(words)) {
        out.append(String.format(Locale.ROOT, "%nAt %,d terms: the word matcher is %.2f times the fastest peer "
            + "(%s)", size.getKey(), words / s.get(fastest)[0], ENGINES.get(fastest)));
        if (s.containsKey("hankcsWords")) {
          out.append(String.format(Locale.ROOT, ", %.2f times hankcs with the same word filter",
              words / s.get("hankcsWords")[0]));
        }
        if (s.containsKey("floorReadEveryChar") && s.containsKey("floorLowerCaseEveryChar")) {
          out.append(String.format(Locale.ROOT, "; its speed is %.3f of reading every char and %.3f of "
              + "lower-casing every char", words / s.get("floorReadEveryChar")[0],
              words / s.get("floorLowerCaseEveryChar")[0]));
        }
        out.append(".\n");
      }
    }
    if (!builds.isEmpty()) {
      out.append("\n| build | time | heap after build |\n|---|---|---|\n");
      for (String line : builds) {
        String[] f = line.split("\t");
        if (f.length == 3) {
          out.append(String.format(Locale.ROOT, "| %s | %,d ms | about %,d MB |%n", f[0], Long.parseLong(f[1]),
              Long.parseLong(f[2])));
        }
      }
    }
    return out.toString();
  }

  private static double meanUtf8(List<String> titles) {
    List<Integer> sizes = new ArrayList<>(titles.size());
    titles.forEach(t -> sizes.add(t.getBytes(StandardCharsets.UTF_8).length));
    return sizes.stream().mapToInt(Integer::intValue).average().orElse(0);
  }
}
