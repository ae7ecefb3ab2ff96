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
 * <p>{@code java -cp steward-bench/target/benchmarks.jar com.steward.bench.LinkageQuality}
 */
public final class LinkageQuality {

  private LinkageQuality() {}

  /** A record to link and, apart, the entity it truly belongs to. */
  record Truthful(PersonRecord record, String entity) {}

  public static void main(String[] args) {
    if (args.length == 2 && args[0].equals("--synthetic")) {
      header();
      run("synthetic " + args[1], synthetic(Integer.parseInt(args[1]), 20261128L));
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

  /**
   * {@code size} records for timing: people put together from the attribute values of Febrl 4a
   * (random combinations, birth dates and identifiers), a fifth of them followed by a copy with one
   * letter of a name changed and, half the time, no identifier.
   */
  static List<Truthful> synthetic(int size, long seed) {
    List<PersonRecord> base = febrl("febrl/dataset4a.csv").stream().map(Truthful::record).toList();
    Random random = new Random(seed);
    List<Truthful> out = new ArrayList<>(size);
    int entity = 0;
    while (out.size() < size) {
      Map<Attribute, String> v = new EnumMap<>(Attribute.class);
      for (Attribute a : List.of(Attribute.GIVEN_NAME, Attribute.SURNAME, Attribute.STREET_NUMBER,
          Attribute.ADDRESS_1, Attribute.ADDRESS_2, Attribute.SUBURB, Attribute.POSTCODE, Attribute.STATE)) {
        v.put(a, base.get(random.nextInt(base.size())).get(a));
      }
      v.put(Attribute.DATE_OF_BIRTH, String.format(Locale.ROOT, "%04d%02d%02d", 1920 + random.nextInt(86),
          1 + random.nextInt(12), 1 + random.nextInt(28)));
      v.put(Attribute.SOC_SEC_ID, Integer.toString(1_000_000 + random.nextInt(9_000_000)));
      String e = "e" + entity++;
      out.add(new Truthful(new PersonRecord(e + "-0", v), e));
      if (random.nextInt(5) == 0 && out.size() < size) {
        Map<Attribute, String> dup = new EnumMap<>(v);
        Attribute name = random.nextBoolean() ? Attribute.GIVEN_NAME : Attribute.SURNAME;
        String n = dup.getOrDefault(name, "");
        if (n.length() > 2) {
          int at = 1 + random.nextInt(n.length() - 1);
          dup.put(name, n.substring(0, at) + (char) ('a' + random.nextInt(26)) + n.substring(at + 1));
        }
        if (random.nextBoolean()) {
          dup.remove(Attribute.SOC_SEC_ID);
        }
        out.add(new Truthful(new PersonRecord(e + "-1", dup), e));
      }
    }
    return out;
  }

  static void run(String name, List<Truthful> data) {
    byte[] key = new byte[32];
    new Random(7).nextBytes(key);
    long start = System.nanoTime();
    RecordEncoder encoder = new RecordEncoder(key);
    List<EncodedRecord> encoded = data.stream().map(t -> encoder.encode(t.record())).toList();
    long encodedAt = System.nanoTime();
    LinkageWeights standard = LinkageWeights.standard();
    double threshold = Double.parseDouble(System.getProperty("steward.link.threshold", "" + standard.threshold()));
    Linker.Result result = new Linker(new LinkageWeights(standard.weights(), standard.diceFloor(), threshold), 500)
        .link(encoded);
    long end = System.nanoTime();
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
