package com.steward.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The word matcher against hankcs (with the same word-boundary filter, and reporting every
 * substring hit) in rounds: each round times every engine once over the same titles, in an order
 * that turns from round to round, so that the machine's slow and fast spells fall on all engines
 * alike. On a shared machine whose speed moves by half between JMH forks, ratios measured this way
 * are steadier than ratios of separate JMH runs. The titles, engines and timed loops are those of {@link MatcherBenchmark},
 * also split into ASCII titles and the others (mostly Chinese); the setup fails unless the word
 * matcher and hankcs with the filter find the same hits. Prints a Markdown table of nanoseconds a
 * title (10th percentile and median of the rounds after the first half, which warm up).
 *
 * <p>{@code ./steward bench-rounds [terms] [rounds]} (10,000 terms and 200 rounds unless given).
 */
public final class MatcherRounds {

  /** An engine: runs over the titles and returns the number of hits. */
  interface Engine {
    int run(String[] titles);
  }

  /**
   * Per engine and set of titles, the ns a title of each round; and per engine, its hits in one
   * pass over the first set (which also keeps the work from being optimised away).
   */
  record Timings(List<String> engines, List<String> sets, double[][][] nanos, int[] hits) {}

  private MatcherRounds() {}

  public static void main(String[] args) {
    int terms = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    // the JMH benchmark's own data, engines and methods, so that both time the same code
    MatcherBenchmark.Data data = new MatcherBenchmark.Data();
    data.terms = terms;
    data.load();
    MatcherBenchmark.OursWords words = new MatcherBenchmark.OursWords();
    words.build(data);
    MatcherBenchmark.Hankcs hankcs = new MatcherBenchmark.Hankcs();
    hankcs.build(data); // fails unless hankcs with the word filter finds the word matcher's hits
    MatcherBenchmark bench = new MatcherBenchmark();

    List<String> names = List.of("steward `WordMatcher`", "hankcs + word filter", "hankcs, every substring hit");
    List<Engine> engines = List.of(
        ts -> bench.stewardWords(over(data, ts), words),
        ts -> bench.hankcsWords(over(data, ts), hankcs),
        ts -> bench.hankcs(over(data, ts), hankcs));
    String[] titles = data.titles;
    String[] ascii = Arrays.stream(titles).filter(MatcherRounds::isAscii).toArray(String[]::new);
    String[] others = Arrays.stream(titles).filter(t -> !isAscii(t)).toArray(String[]::new);
    List<String> sets = List.of("all " + titles.length, "ASCII only " + ascii.length, "the others " + others.length);
    Timings timings = measure(names, engines, sets, List.of(titles, ascii, others), rounds);
    System.out.printf(Locale.ROOT, "%n%,d terms, %d rounds; hits over all titles: %s%n%n", terms, rounds,
        Arrays.toString(timings.hits()));
    System.out.println(table(timings));
  }

  /** The benchmark's data with other titles (the same dictionary). */
  private static MatcherBenchmark.Data over(MatcherBenchmark.Data data, String[] titles) {
    MatcherBenchmark.Data d = new MatcherBenchmark.Data();
    d.terms = data.terms;
    d.dictionary = data.dictionary;
    d.titles = titles;
    return d;
  }

  static boolean isAscii(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Times every engine on every set, once per round, in an order that turns each round. */
  static Timings measure(List<String> names, List<Engine> engines, List<String> setNames, List<String[]> sets,
      int rounds) {
    double[][][] nanos = new double[engines.size()][sets.size()][rounds];
    int[] hits = new int[engines.size()];
    for (int r = 0; r < rounds; r++) {
      for (int s = 0; s < sets.size(); s++) {
        String[] titles = sets.get(s);
        for (int k = 0; k < engines.size(); k++) {
          int e = (k + r) % engines.size();
          long start = System.nanoTime();
          int found = engines.get(e).run(titles);
          if (s == 0) {
            hits[e] = found;
          }
          nanos[e][s][r] = (System.nanoTime() - start) / (double) Math.max(1, titles.length);
        }
      }
    }
    return new Timings(names, setNames, nanos, hits);
  }

  /** The {@code p}-th percentile (0 to 100) of the rounds after the first half. */
  static double percentile(double[] rounds, int p) {
    double[] measured = Arrays.copyOfRange(rounds, rounds.length / 2, rounds.length);
    Arrays.sort(measured);
    return measured[Math.min(measured.length - 1, measured.length * p / 100)];
  }

  /** One row per engine and set: p10 and median ns a title, and the first engine's ratio to it. */
  static String table(Timings t) {
    List<String> rows = new ArrayList<>();
    rows.add("| titles | engine | ns a title, p10 | median | ÷ " + t.engines().get(0) + " (p10) |");
    rows.add("|---|---|---|---|---|");
    for (int s = 0; s < t.sets().size(); s++) {
      double first = percentile(t.nanos()[0][s], 10);
      for (int e = 0; e < t.engines().size(); e++) {
        double p10 = percentile(t.nanos()[e][s], 10);
        rows.add(String.format(Locale.ROOT, "| %s | %s | %,.0f | %,.0f | %.2f |", t.sets().get(s), t.engines().get(e), p10,
            percentile(t.nanos()[e][s], 50), p10 / first));
      }
    }
    return String.join("\n", rows);
  }
}
