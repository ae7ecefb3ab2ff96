package com.steward.bench;

import com.steward.core.linkage.EncodedRecord;
import com.steward.core.linkage.Linker;
import com.steward.core.linkage.PersonRecord;
import com.steward.core.linkage.RecordEncoder;
import java.util.List;
import java.util.Random;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Seller account linkage end to end: {@code accounts} synthetic accounts ({@link SyntheticAccounts},
 * the same seed as {@code LinkageQuality --synthetic}) encoded under a key and linked into
 * clusters with the standard weights, on every processor. {@code encodeAndLink} is the whole job
 * (the goal: a million accounts in under 60 s); {@code encode} and {@code link} time the
 * two halves apart, {@code link} on encodings made in the setup. Each iteration is one run of the
 * whole batch (single-shot). The quality of the same run is printed by
 * {@code LinkageQuality --synthetic N}.
 *
 * <p>{@code ./steward bench LinkageBenchmark} (add {@code -p accounts=1000000} for one size only).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class LinkageBenchmark {

  static final long SEED = 20261128L;

  /** The clear accounts and the key. */
  @State(Scope.Benchmark)
  public static class Accounts {

    @Param({"100000", "1000000"})
    public int accounts;

    /** Threads to encode and link on; 0 for every processor. */
    @Param("0")
    public int threads;

    List<PersonRecord> people;
    byte[] key;
    int workers;

    @Setup(Level.Trial)
    public void setUp() {
      people = SyntheticAccounts.generate(accounts, SEED).stream().map(LinkageQuality.Truthful::record).toList();
      key = new byte[32];
      new Random(7).nextBytes(key);
      workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
  }

  /** The accounts encoded once, for {@code link}. */
  @State(Scope.Benchmark)
  public static class Encoded {

    List<EncodedRecord> records;
    Linker.Result last;

    @Setup(Level.Trial)
    public void setUp(Accounts a) {
      records = new RecordEncoder(a.key).encodeAll(a.people, a.workers);
    }

    @TearDown(Level.Trial)
    public void report() {
      if (last != null) {
        System.out.printf("%n%,d records, %,d comparisons, %,d clusters%n", records.size(), last.comparisons(),
            last.clusters().size());
      }
    }
  }

  @Benchmark
  public Linker.Result encodeAndLink(Accounts a) {
    List<EncodedRecord> encoded = new RecordEncoder(a.key).encodeAll(a.people, a.workers);
    return new Linker().link(encoded, a.workers);
  }

  @Benchmark
  public List<EncodedRecord> encode(Accounts a) {
    return new RecordEncoder(a.key).encodeAll(a.people, a.workers);
  }

  @Benchmark
  public Linker.Result link(Accounts a, Encoded e) {
    e.last = new Linker().link(e.records, a.workers);
    return e.last;
  }
}
