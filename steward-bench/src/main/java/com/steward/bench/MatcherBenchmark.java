package com.steward.bench;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import com.steward.core.screening.TermMatcher;
import com.steward.core.screening.TextNormalizer;
import com.steward.core.screening.WordMatcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Titles per second through each matcher, on the same normalised dictionary and the same
 * normalised real titles (English product titles and Chinese Taobao titles, every hit reported),
 * side by side with two floors: reading every char, and lower-casing every char. One operation is
 * one title ({@link OperationsPerInvocation} spreads each pass over all titles). Each engine is
 * built only for its own benchmarks, and its build time and heap are printed once.
 *
 * <p>Peers that take too long or too much heap to build a very large dictionary (robert-bor,
 * Lucene Monitor) fail their setup, and so are skipped, above {@value #PEER_MAX_TERMS} terms
 * unless the limit is raised for them: {@code -jvmArgsAppend -Dsteward.bench.lucene.maxTerms=1000000}
 * (or {@code steward.bench.robertBor.maxTerms}).
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

  /** Default size limit of the dictionary for the peers that are slow to build. */
  static final int PEER_MAX_TERMS = 100_000;

  /** Titles on which Lucene Monitor's hits are checked against steward's word matcher. */
  static final int CHECKED_TITLES = 2_000;

  /** Stops a peer's setup (JMH then skips its benchmarks) above its dictionary size limit. */
  static void skipAbove(String engine, String property, int terms) {
    int limit = Integer.getInteger(property, PEER_MAX_TERMS);
    if (terms > limit) {
      throw new IllegalStateException(engine + " skipped: " + terms + " terms is above its limit of " + limit
          + "; to run it, raise the limit with -jvmArgsAppend -D" + property + "=" + terms);
    }
  }

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
      matcher = Built.report("steward, " + data.terms + " terms", () -> TermMatcher.build(data.dictionary));
    }
  }

  @State(Scope.Benchmark)
  public static class OursWords {
    WordMatcher matcher;

    @Setup(Level.Trial)
    public void build(Data data) {
      matcher = Built.report("steward words, " + data.terms + " terms", () -> WordMatcher.build(data.dictionary));
    }
  }

  @State(Scope.Benchmark)
  public static class Hankcs {
    AhoCorasickDoubleArrayTrie<String> trie;

    @Setup(Level.Trial)
    public void build(Data data) {
      trie = Built.report("hankcs, " + data.terms + " terms", () -> {
        var map = new TreeMap<String, String>();
        data.dictionary.forEach(t -> map.put(t, t));
        var t = new AhoCorasickDoubleArrayTrie<String>();
        t.build(map);
        return t;
      });
      checkWords(trie, data);
    }
  }

  /**
   * Fails unless hankcs with the word-boundary filter finds, title by title, exactly the hits of
   * steward's word matcher (term, start, end) on every title, so that the two word benchmarks do
   * the same work. (Terms that normalise alike are one entry for hankcs: the check compares
   * distinct hits.)
   */
  static void checkWords(AhoCorasickDoubleArrayTrie<String> hankcs, Data data) {
    WordMatcher words = WordMatcher.build(data.dictionary);
    int hits = 0;
    List<String> differences = new ArrayList<>();
    for (String t : data.titles) {
      Set<String> expected = new TreeSet<>();
      words.match(t, (id, s, e) -> expected.add(data.dictionary.get(id) + "@" + s + "-" + e));
      Set<String> actual = new TreeSet<>();
      hankcs.parseText(t, (AhoCorasickDoubleArrayTrie.IHit<String>) (s, e, term) -> {
        if (onWordBoundaries(t, s, e, term)) {
          actual.add(term + "@" + s + "-" + e);
        }
      });
      hits += expected.size();
      if (!expected.equals(actual)) {
        differences.add("\"" + t + "\": steward words " + expected + ", hankcs words " + actual);
      }
    }
    System.out.printf("%n[check] hankcs words: the same hits as steward words on %d of %d titles (%d hits)%n",
        data.titles.length - differences.size(), data.titles.length, hits);
    if (!differences.isEmpty()) {
      throw new IllegalStateException("hankcs words differs from steward words on " + differences.size()
          + " titles, e.g. " + String.join("; ", differences.subList(0, Math.min(5, differences.size()))));
    }
  }

  @State(Scope.Benchmark)
  public static class RobertBor {
    Trie trie;

    @Setup(Level.Trial)
    public void build(Data data) {
      skipAbove("robert-bor", "steward.bench.robertBor.maxTerms", data.terms);
      trie = Built.report("robert-bor, " + data.terms + " terms", () -> Trie.builder().addKeywords(data.dictionary).build());
    }
  }

  /** Lucene Monitor, with word semantics (see {@link LuceneWords} and {@link WordTokenizer}). */
  @State(Scope.Benchmark)
  public static class Lucene {
    LuceneWords monitor;

    @Setup(Level.Trial)
    public void build(Data data) {
      skipAbove("lucene monitor", "steward.bench.lucene.maxTerms", data.terms);
      monitor = Built.report("lucene monitor, " + data.terms + " terms", () -> LuceneWords.build(data.dictionary));
      check(monitor, data);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      monitor.close();
    }
  }

  /**
   * Fails unless Lucene Monitor finds, title by title, the same set of terms as steward's word
   * matcher on the first {@value #CHECKED_TITLES} titles (English and Chinese), so that both
   * benchmarks do the same work. (Monitor reports a term once per title, the word matcher once per
   * occurrence: the check compares sets.)
   */
  static void check(LuceneWords monitor, Data data) {
    WordMatcher words = WordMatcher.build(data.dictionary);
    int n = Math.min(CHECKED_TITLES, data.titles.length);
    int hits = 0;
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String t = data.titles[i];
      Set<Integer> expected = new TreeSet<>();
      words.match(t, (id, s, e) -> expected.add(id));
      Set<Integer> actual = new TreeSet<>();
      monitor.match(t, id -> actual.add(Integer.parseInt(id)));
      hits += expected.size();
      if (!expected.equals(actual)) {
        differences.add("\"" + t + "\": steward words " + terms(expected, data) + ", lucene " + terms(actual, data));
      }
    }
    System.out.printf("%n[check] lucene monitor: the same terms as steward words on %d of %d titles (%d distinct hits)%n",
        n - differences.size(), n, hits);
    if (!differences.isEmpty()) {
      throw new IllegalStateException("lucene monitor differs from steward words on " + differences.size()
          + " titles, e.g. " + String.join("; ", differences.subList(0, Math.min(5, differences.size()))));
    }
  }

  private static List<String> terms(Set<Integer> ids, Data data) {
    return ids.stream().map(data.dictionary::get).toList();
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

  /**
   * The word semantics of {@link WordMatcher}, for a substring hit of {@code term} at
   * {@code [s, e)}: a term that begins (ends) with a spaced word char must begin (end) where the
   * text changes word ({@link TextNormalizer#sameWord}: a letter next to a digit is a boundary).
   */
  static boolean onWordBoundaries(String text, int s, int e, String term) {
    boolean startOk = !TextNormalizer.isSpacedWordChar(term.charAt(0)) || s == 0
        || !TextNormalizer.sameWord(text.charAt(s - 1), text.charAt(s));
    boolean endOk = !TextNormalizer.isSpacedWordChar(term.charAt(term.length() - 1)) || e == text.length()
        || !TextNormalizer.sameWord(text.charAt(e - 1), text.charAt(e));
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

  /**
   * Lucene Monitor with the word semantics of {@link #stewardWords}; every matching query id goes
   * to the blackhole. Lucene's vector code wants the incubator module (without it, Lucene warns
   * and falls back to scalar code).
   */
  @Benchmark
  @OperationsPerInvocation(TITLES)
  @Fork(value = 1, jvmArgs = {"-Xmx6g", "--add-modules", "jdk.incubator.vector"})
  public void luceneMonitorWords(Data data, Lucene lucene, Blackhole bh) {
    for (String t : data.titles) {
      lucene.monitor.match(t, bh::consume);
    }
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
