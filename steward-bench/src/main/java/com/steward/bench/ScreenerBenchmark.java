package com.steward.bench;

import com.steward.core.screening.MentionClassifier;
import com.steward.core.screening.rules.BrandProfile;
import com.steward.core.screening.rules.Decision;
import com.steward.core.screening.rules.ListingFacts;
import com.steward.core.screening.rules.RuleSet;
import com.steward.core.screening.rules.Screener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole engine on one listing (normalise title and description, match, classify mentions,
 * score with the standard rule set), as latency percentiles: the knowledge base is every brand of
 * the Name Suggestion Index with its variants as aliases, plus suspicious terms; listings are real
 * titles, with the description of the Abt-Buy products where there is one.
 *
 * <p>{@code ./steward bench ScreenerBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ScreenerBenchmark {

  private Screener screener;
  private List<ListingFacts> listings;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    List<BrandProfile> brands = new ArrayList<>();
    List<String> names = BenchData.brandTerms();
    for (int i = 0; i < names.size(); i++) {
      brands.add(new BrandProfile(names.get(i), List.of(), List.of(), Set.of("bench:seller-" + (i % 50)),
          Map.of("shoes", 40.0), null));
    }
    screener = Screener.build(brands, List.of("replica", "1:1", "aaa", "mirror quality", "高仿", "原单", "a货"),
        MentionClassifier.defaults(), RuleSet.standard());
    listings = new ArrayList<>();
    List<String> titles = BenchData.rawTitles().subList(0, 20_000);
    for (int i = 0; i < titles.size(); i++) {
      listings.add(ListingFacts.of("bench", "l" + i, "seller-" + (i % 97), titles.get(i), "", null, "shoes",
          10.0 + i % 90));
    }
  }

  @Benchmark
  public Decision screenOneListing() {
    ListingFacts l = listings.get(next);
    next = next + 1 == listings.size() ? 0 : next + 1;
    return screener.screen(l);
  }
}
