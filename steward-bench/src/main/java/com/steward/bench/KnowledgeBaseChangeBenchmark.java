package com.steward.bench;

import com.steward.core.screening.MentionClassifier;
import com.steward.core.screening.rules.BrandProfile;
import com.steward.core.screening.rules.RuleSet;
import com.steward.core.screening.rules.Screener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a change to the knowledge base costs before screening uses it: the whole screener built
 * again, against the screener changed for the brands that changed ({@link Screener#withChanges}).
 * Synthetic brands, five terms each (name, three aliases, one of them Chinese, a keyword), so that
 * {@code brands=200000} is a dictionary of a million terms.
 *
 * <p>{@code ./steward bench KnowledgeBaseChangeBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class KnowledgeBaseChangeBenchmark {

  @Param({"20000", "200000"})
  public int brands;

  @Param({"1", "1000"})
  public int changed;

  private List<BrandProfile> profiles;
  private Screener screener;
  private List<BrandProfile> changes;
  private int round;

  @Setup(Level.Trial)
  public void build() {
    profiles = new ArrayList<>(brands);
    for (int i = 0; i < brands; i++) {
      profiles.add(profile(i, ""));
    }
    screener = whole(profiles);
  }

  /** Different brands changed in each round, as new revisions of them would be. */
  @Setup(Level.Invocation)
  public void nextChanges() {
    Random random = new Random(round++);
    var byName = new java.util.LinkedHashMap<String, BrandProfile>();
    while (byName.size() < changed) {
      BrandProfile p = profile(random.nextInt(brands), "v" + round);
      byName.put(p.name(), p);
    }
    changes = List.copyOf(byName.values());
  }

  @Benchmark
  public Screener wholeBuild() {
    return whole(profiles);
  }

  @Benchmark
  public Screener withChanges() {
    return screener.withChanges(changes, Set.of());
  }

  private static Screener whole(List<BrandProfile> profiles) {
    return Screener.build(profiles, Screener.DEFAULT_SUSPICIOUS_TERMS, MentionClassifier.defaults(), RuleSet.standard());
  }

  /** Brand {@code i}: the same name every time, aliases that change with {@code version}. */
  static BrandProfile profile(int i, String version) {
    Random r = new Random(i);
    String name = word(r) + " " + word(r) + " " + i;
    return new BrandProfile(name, List.of(word(r) + i + version, word(r).toUpperCase() + i, "品牌" + i + version),
        List.of(word(r) + " " + word(r) + i), Set.of(), Map.of(), null);
  }

  private static String word(Random r) {
    int n = 4 + r.nextInt(6);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }
}
