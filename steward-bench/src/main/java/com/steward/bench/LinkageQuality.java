package com.steward.bench;

import com.steward.core.linkage.Attribute;
import com.steward.core.linkage.Cluster;
import com.steward.core.linkage.EncodedRecord;
import com.steward.core.linkage.LinkageWeights;
import com.steward.core.linkage.Linker;
import com.steward.core.linkage.PersonRecord;
import com.steward.core.linkage.RecordEncoder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Pair precision, recall and F1 and B-cubed cluster precision and recall of the account linker
 * ({@link Linker} with the standard weights) on the Febrl datasets and Splink's fake_1000. The
 * truth (the {@code rec-N-} part of Febrl ids, Splink's {@code cluster} column) is read here
 * only, after linking; the linker gets the attribute columns. Prints Markdown.
 *
 * <p>With {@code --synthetic N}, the same for N synthetic accounts ({@link SyntheticAccounts}, the
 * accounts of {@link LinkageBenchmark}), plus the recall on people's own accounts and on
 * dummy-storefront rings apart, and wall-clock and CPU time of encoding and linking. Encoding and
 * linking run on every processor ({@code -Dsteward.link.threads=N} for fewer).
 *
 * <p>{@code ./steward quality linkage [--synthetic N]}, or after a build
 * {@code java -cp steward-bench/target/benchmarks.jar com.steward.bench.LinkageQuality [--synthetic N]}
 */
public final class LinkageQuality {

  /** Threads for encoding and linking: {@code -Dsteward.link.threads}, else every processor. */
  static final int THREADS = Integer.getInteger("steward.link.threads", Runtime.getRuntime().availableProcessors());

  private LinkageQuality() {}

  /** A record to link and, apart, the entity it truly belongs to. */
  record Truthful(PersonRecord record, String entity) {}

  public static void main(String[] args) {
    if (args.length == 2 && args[0].equals("--synthetic")) {
      header();
      int size = Integer.parseInt(args[1]);
      long generating = System.nanoTime();
      List<Truthful> accounts = SyntheticAccounts.generate(size, 20261128L);
      System.err.printf(Locale.ROOT, "generated %,d accounts in %.1f s%n", size, (System.nanoTime() - generating) / 1e9);
      run(String.format(Locale.ROOT, "synthetic %,d", size), accounts);
      return;
    }
    header();
    List<Truthful> four = new ArrayList<>(febrl("febrl/dataset4a.csv"));
    four.addAll(febrl("febrl/dataset4b.csv"));
    run("Febrl 4a + 4b", four);
    run("Febrl 1", febrl("febrl/dataset1.csv"));
    run("Febrl 2", febrl("febrl/dataset2.csv"));
    run("Splink fake_1000", splink());
  }

  private static void header() {
    System.out.println("| data set | records | true pairs | comparisons | pair precision | pair recall | pair F1"
        + " | B-cubed precision | B-cubed recall | time |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  }

  static void run(String name, List<Truthful> data) {
    byte[] key = new byte[32];
    new Random(7).nextBytes(key);
    List<PersonRecord> people = data.stream().map(Truthful::record).toList();
    long start = System.nanoTime();
    long startCpu = cpu();
    List<EncodedRecord> encoded = new RecordEncoder(key).encodeAll(people, THREADS);
    long encodedAt = System.nanoTime();
    long encodedCpu = cpu();
    LinkageWeights standard = LinkageWeights.standard();
    double threshold = Double.parseDouble(System.getProperty("steward.link.threshold", "" + standard.threshold()));
    Linker.Result result = new Linker(new LinkageWeights(standard.weights(), standard.diceFloor(), threshold), 500)
        .link(encoded, THREADS);
    long end = System.nanoTime();
    long endCpu = cpu();
    double seconds = (end - start) / 1e9;
    double encodeSeconds = (encodedAt - start) / 1e9;
    Map<String, String> truth = new HashMap<>();
    data.forEach(t -> truth.put(t.record().id(), t.entity()));
    Map<String, String> predicted = new HashMap<>();
    for (Cluster c : result.clusters()) {
      c.members().forEach(m -> predicted.put(m, c.id()));
    }
    Map<String, Long> truthSizes = counts(truth);
    Map<String, Long> predictedSizes = counts(predicted);
    Map<String, Long> both = new HashMap<>();
    truth.forEach((id, e) -> both.merge(e + "\u0000" + predicted.get(id), 1L, Long::sum));
    long truePairs = pairs(truthSizes);
    long predictedPairs = pairs(predictedSizes);
    long correct = pairs(both);
    double p = predictedPairs == 0 ? 1 : (double) correct / predictedPairs;
    double r = truePairs == 0 ? 1 : (double) correct / truePairs;
    double bp = 0;
    double br = 0;
    for (String id : truth.keySet()) {
      long common = both.get(truth.get(id) + "\u0000" + predicted.get(id));
      bp += (double) common / predictedSizes.get(predicted.get(id));
      br += (double) common / truthSizes.get(truth.get(id));
    }
    bp /= truth.size();
    br /= truth.size();
    System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %.4f | %.4f | %.4f | %.4f | %.4f | %.2f s (encoding %.2f s) |%n", name,
        data.size(), truePairs, result.comparisons(), p, r, 2 * p * r / (p + r), bp, br, seconds,
        encodeSeconds);
    if (!data.isEmpty() && SyntheticAccounts.synthetic(data.getFirst().entity())) {
      // recall of the two kinds of truth apart: one person's accounts, and dummy-storefront rings
      long[] kindTrue = new long[2];
      long[] kindFound = new long[2];
      truthSizes.forEach((e, n) -> kindTrue[SyntheticAccounts.ring(e) ? 1 : 0] += n * (n - 1) / 2);
      both.forEach((k, n) -> kindFound[SyntheticAccounts.ring(k.substring(0, k.indexOf('\u0000'))) ? 1 : 0] += n * (n - 1) / 2);
      System.out.printf(Locale.ROOT, "%n%s: pair recall %.4f on people's own accounts (%,d true pairs), %.4f on rings"
          + " (%,d true pairs); %,d linked pairs, %,d of them wrong. Encoding %.1f s wall, %.1f s CPU; linking %.1f s"
          + " wall, %.1f s CPU (%d threads; CPU of the whole process, garbage collection included).%n", name,
          (double) kindFound[0] / kindTrue[0], kindTrue[0], (double) kindFound[1] / kindTrue[1], kindTrue[1],
          predictedPairs, predictedPairs - correct, encodeSeconds, (encodedCpu - startCpu) / 1e9,
          (end - encodedAt) / 1e9, (endCpu - encodedCpu) / 1e9, THREADS);
    }
  }

  /** CPU time of the whole process so far, in nanoseconds (-1 where the JVM does not tell). */
  private static long cpu() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }

  private static Map<String, Long> counts(Map<String, String> labels) {
    Map<String, Long> out = new HashMap<>();
    labels.values().forEach(v -> out.merge(v, 1L, Long::sum));
    return out;
  }

  private static long pairs(Map<String, Long> sizes) {
    return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
  }

  static List<Truthful> febrl(String file) {
    List<Truthful> out = new ArrayList<>();
    for (CSVRecord r : read(BenchData.root().resolve(file))) {
      String id = r.get("rec_id");
      out.add(new Truthful(person(r, id), id.substring(0, id.indexOf('-', 4))));
    }
    return out;
  }

  static List<Truthful> splink() {
    List<Truthful> out = new ArrayList<>();
    for (CSVRecord r : read(BenchData.root().resolve("people_splink_fake_1000/fake_1000.csv"))) {
      out.add(new Truthful(person(r, r.get("unique_id")), r.get("cluster")));
    }
    return out;
  }

  /** The attribute columns only; the truth columns are left out. */
  private static PersonRecord person(CSVRecord r, String id) {
    Map<Attribute, String> values = new EnumMap<>(Attribute.class);
    r.toMap().forEach((column, value) -> Attribute.forColumn(column).ifPresent(a -> values.put(a, value)));
    return new PersonRecord(id, values);
  }

  private static List<CSVRecord> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
          .setTrim(true).get().parse(reader).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
