package com.steward.bench;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import com.steward.core.screening.TermMatcher;
import com.steward.core.screening.TextNormalizer;
import com.steward.core.screening.WordMatcher;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.ahocorasick.trie.Trie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Titles per second through each matcher, on the same normalised dictionary and the same
 * normalised real titles (English product titles and Chinese Taobao titles, every hit reported),
 * side by side with two floors: reading every char, and lower-casing every char. One operation is
 * one title ({@link OperationsPerInvocation} spreads each pass over all titles). Each engine is
 * built only for its own benchmarks, and its build time and heap are printed once.
 *
 * <p>{@code ./steward bench MatcherBenchmark -p terms=10000}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class MatcherBenchmark {

  static final int TITLES = 20_000;

  /** The titles, raw and normalised, and the dictionary of the chosen size. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"10000", "1000000"})
    public int terms;

    String[] raw;
    String[] titles;
    List<String> dictionary;

    @Setup(Level.Trial)
    public void load() {
      List<String> r = BenchData.rawTitles().subList(0, TITLES);
      raw = r.toArray(String[]::new);
      titles = BenchData.normalised(r).toArray(String[]::new);
      dictionary = BenchData.terms(terms);
    }
  }

  @State(Scope.Benchmark)
  public static class Ours {
    TermMatcher matcher;

    @Setup(Level.Trial)
    public void build(Data data) {
      matcher = Built.report("steward", () -> TermMatcher.build(data.dictionary));
    }
  }

  @State(Scope.Benchmark)
  public static class OursWords {
    WordMatcher matcher;

    @Setup(Level.Trial)
    public void build(Data data) {
      matcher = Built.report("steward words", () -> WordMatcher.build(data.dictionary));
    }
  }

  @State(Scope.Benchmark)
  public static class Hankcs {
    AhoCorasickDoubleArrayTrie<String> trie;

    @Setup(Level.Trial)
    public void build(Data data) {
      trie = Built.report("hankcs", () -> {
        var map = new TreeMap<String, String>();
        data.dictionary.forEach(t -> map.put(t, t));
        var t = new AhoCorasickDoubleArrayTrie<String>();
        t.build(map);
        return t;
      });
    }
  }

  @State(Scope.Benchmark)
  public static class RobertBor {
    Trie trie;

    @Setup(Level.Trial)
    public void build(Data data) {
      trie = Built.report("robert-bor", () -> Trie.builder().addKeywords(data.dictionary).build());
    }
  }

  @Benchmark
  @OperationsPerInvocation(TITLES)
  public int steward(Data data, Ours ours) {
    int[] hits = {0};
    for (String t : data.titles) {
      ours.matcher.match(t, (id, s, e) -> hits[0]++);
    }
    return hits[0];
  }

  /** Word semantics (what screening needs): hits that start and end on word boundaries. */
  @Benchmark
  @OperationsPerInvocation(TITLES)
  public int stewardWords(Data data, OursWords ours) {
    int[] hits = {0};
    for (String t : data.titles) {
      ours.matcher.match(t, (id, s, e) -> hits[0]++);
    }
    return hits[0];
  }

  /** The same word semantics from hankcs: every substring hit, then the boundary filter. */
  @Benchmark
  @OperationsPerInvocation(TITLES)
  public int hankcsWords(Data data, Hankcs hankcs) {
    int[] hits = {0};
    for (String t : data.titles) {
      hankcs.trie.parseText(t, (AhoCorasickDoubleArrayTrie.IHit<String>) (begin, end, value) -> {
        if (onWordBoundaries(t, begin, end, value)) {
          hits[0]++;
        }
      });
    }
    return hits[0];
  }

  static boolean onWordBoundaries(String text, int s, int e, String term) {
    boolean startOk = !TextNormalizer.isSpacedWordChar(term.charAt(0)) || s == 0
        || !TextNormalizer.isSpacedWordChar(text.charAt(s - 1));
    boolean endOk = !TextNormalizer.isSpacedWordChar(term.charAt(term.length() - 1)) || e == text.length()
        || !TextNormalizer.isSpacedWordChar(text.charAt(e));
    return startOk && endOk;
  }

  @Benchmark
  @OperationsPerInvocation(TITLES)
  public int stewardWordsWithNormalisation(Data data, OursWords ours) {
    int[] hits = {0};
    TextNormalizer n = TextNormalizer.standard();
    for (String t : data.raw) {
      ours.matcher.match(n.normalize(t).text(), (id, s, e) -> hits[0]++);
    }
    return hits[0];
  }

  @Benchmark
  @OperationsPerInvocation(TITLES)
  public int hankcs(Data data, Hankcs hankcs) {
    int[] hits = {0};
    for (String t : data.titles) {
      hankcs.trie.parseText(t, (AhoCorasickDoubleArrayTrie.IHit<String>) (begin, end, value) -> hits[0]++);
    }
    return hits[0];
  }

  @Benchmark
  @OperationsPerInvocation(TITLES)
  public int robertBor(Data data, RobertBor robertBor) {
    int hits = 0;
    for (String t : data.titles) {
      hits += robertBor.trie.parseText(t).size();
    }
    return hits;
  }

  @Benchmark
  @OperationsPerInvocation(TITLES)
  public void floorReadEveryChar(Data data, Blackhole bh) {
    int sum = 0;
    for (String t : data.titles) {
      for (int i = 0; i < t.length(); i++) {
        sum += t.charAt(i);
      }
    }
    bh.consume(sum);
  }

  @Benchmark
  @OperationsPerInvocation(TITLES)
  public void floorLowerCaseEveryChar(Data data, Blackhole bh) {
    int sum = 0;
    for (String t : data.raw) {
      for (int i = 0; i < t.length(); i++) {
        sum += Character.toLowerCase(t.charAt(i));
      }
    }
    bh.consume(sum);
  }
}
