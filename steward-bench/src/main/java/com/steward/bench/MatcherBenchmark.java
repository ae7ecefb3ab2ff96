package com.steward.bench;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import com.steward.core.screening.TermMatcher;
import com.steward.core.screening.TextNormalizer;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.ahocorasick.trie.Emit;
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
 * one title ({@link OperationsPerInvocation} spreads each pass over all titles).
 *
 * <p>{@code ./steward bench MatcherBenchmark -p terms=10000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class MatcherBenchmark {

  static final int TITLES = 20_000;

  @Param({"10000", "1000000"})
  public int terms;

  private String[] titles;
  private String[] rawTitles;
  private TermMatcher ours;
  private AhoCorasickDoubleArrayTrie<String> hankcs;
  private Trie robertBor;

  @Setup(Level.Trial)
  public void setUp() {
    List<String> raw = BenchData.rawTitles().subList(0, TITLES);
    rawTitles = raw.toArray(String[]::new);
    titles = BenchData.normalised(raw).toArray(String[]::new);
    List<String> dictionary = BenchData.terms(terms);
    ours = TermMatcher.build(dictionary);
    var map = new TreeMap<String, String>();
    dictionary.forEach(t -> map.put(t, t));
    hankcs = new AhoCorasickDoubleArrayTrie<>();
    hankcs.build(map);
    robertBor = Trie.builder().addKeywords(dictionary).build();
  }

  @Benchmark
  @OperationsPerInvocation(TITLES)
  public int steward() {
    int[] hits = {0};
    for (String t : titles) {
      ours.match(t, (id, s, e) -> hits[0]++);
    }
    return hits[0];
  }

  @Benchmark
  @OperationsPerInvocation(TITLES)
  public int stewardWithNormalisation() {
    int[] hits = {0};
    TextNormalizer n = TextNormalizer.standard();
    for (String t : rawTitles) {
      ours.match(n.normalize(t).text(), (id, s, e) -> hits[0]++);
    }
    return hits[0];
  }

  @Benchmark
  @OperationsPerInvocation(TITLES)
  public int hankcs() {
    int[] hits = {0};
    for (String t : titles) {
      hankcs.parseText(t, (AhoCorasickDoubleArrayTrie.IHit<String>) (begin, end, value) -> hits[0]++);
    }
    return hits[0];
  }

  @Benchmark
  @OperationsPerInvocation(TITLES)
  public int robertBor() {
    int hits = 0;
    for (String t : titles) {
      java.util.Collection<Emit> emits = robertBor.parseText(t);
      hits += emits.size();
    }
    return hits;
  }

  @Benchmark
  @OperationsPerInvocation(TITLES)
  public void floorReadEveryChar(Blackhole bh) {
    int sum = 0;
    for (String t : titles) {
      for (int i = 0; i < t.length(); i++) {
        sum += t.charAt(i);
      }
    }
    bh.consume(sum);
  }

  @Benchmark
  @OperationsPerInvocation(TITLES)
  public void floorLowerCaseEveryChar(Blackhole bh) {
    int sum = 0;
    for (String t : rawTitles) {
      for (int i = 0; i < t.length(); i++) {
        sum += Character.toLowerCase(t.charAt(i));
      }
    }
    bh.consume(sum);
  }
}
