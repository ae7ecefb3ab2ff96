package com.steward.sellers;

import com.steward.core.linkage.Attribute;
import com.steward.core.linkage.Cluster;
import com.steward.core.linkage.EncodedRecord;
import com.steward.core.linkage.Linker;
import com.steward.core.linkage.PersonRecord;
import com.steward.core.linkage.RecordEncoder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code ./steward link --in accounts.csv --out clusters.csv [--explain explanations.txt]}: links
 * seller accounts with the core linker, with no server and no database. The input is CSV with a
 * header, an id column ({@code id}, {@code rec_id} or {@code unique_id}) and any of the attribute
 * columns {@link Attribute} knows (Febrl and Splink names included); other columns are never read.
 * Values are trimmed, so Febrl's {@code ", "} separators work. The output has {@code id,cluster}
 * for every input row, in order; a cluster is named by its first account's id. The HMAC key comes
 * from the environment variable {@code STEWARD_LINK_KEY} (at least 16 bytes), else a random key is
 * drawn for the run.
 */
public final class LinkCommand {

  static final List<String> ID_COLUMNS = List.of("id", "rec_id", "unique_id");

  private LinkCommand() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = options(args);
    if (!opts.containsKey("--in") || !opts.containsKey("--out")) {
      System.err.println("usage: ./steward link --in accounts.csv --out clusters.csv [--explain explanations.txt]");
      System.exit(2);
    }
    try {
      Summary s = run(Path.of(opts.get("--in")), Path.of(opts.get("--out")),
          opts.containsKey("--explain") ? Path.of(opts.get("--explain")) : null, key(System.getenv("STEWARD_LINK_KEY")));
      System.err.printf("link: %d accounts, %d clusters, %d linked pairs, %d pairs compared%n", s.accounts(),
          s.clusters(), s.links(), s.comparisons());
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("link: " + e.getMessage());
      System.exit(2);
    }
  }

  record Summary(int accounts, int clusters, int links, long comparisons) {}

  static byte[] key(String fromEnvironment) {
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment.getBytes(StandardCharsets.UTF_8);
    }
    System.err.println("link: STEWARD_LINK_KEY is not set; using a random key for this run"
        + " (encodings will not be comparable with other runs)");
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  static Summary run(Path in, Path out, Path explain, byte[] key) throws IOException {
    List<PersonRecord> records = read(in);
    int threads = Runtime.getRuntime().availableProcessors();
    List<EncodedRecord> encoded = new RecordEncoder(key).encodeAll(records, threads);
    Linker.Result result = new Linker().link(encoded, threads);
    Map<String, String> clusterOf = new HashMap<>();
    int links = 0;
    for (Cluster c : result.clusters()) {
      c.members().forEach(m -> clusterOf.put(m, c.id()));
      links += c.links().size();
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        var printer = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get().print(w)) {
      printer.printRecord("id", "cluster");
      for (PersonRecord r : records) {
        printer.printRecord(r.id(), clusterOf.get(r.id()));
      }
    }
    if (explain != null) {
      try (BufferedWriter w = Files.newBufferedWriter(explain, StandardCharsets.UTF_8)) {
        for (Cluster c : result.clusters()) {
          if (!c.links().isEmpty()) {
            w.write(c.explain());
            w.newLine();
          }
        }
      }
    }
    return new Summary(records.size(), result.clusters().size(), links, result.comparisons());
  }

  /** The id and the attribute columns of every row; nothing else of the file is kept. */
  static List<PersonRecord> read(Path in) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).setTrim(true).get();
    try (Reader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      String idColumn = null;
      Map<String, Attribute> columns = new LinkedHashMap<>();
      for (String header : parser.getHeaderNames()) {
        if (idColumn == null && ID_COLUMNS.contains(header.strip().toLowerCase(java.util.Locale.ROOT))) {
          idColumn = header;
        } else {
          Attribute.forColumn(header).ifPresent(a -> columns.putIfAbsent(header, a));
        }
      }
      if (idColumn == null) {
        throw new IllegalArgumentException(in + ": no id column (one of " + ID_COLUMNS + ")");
      }
      if (columns.isEmpty()) {
        throw new IllegalArgumentException(in + ": no attribute column (e.g. surname, date_of_birth, email)");
      }
      List<PersonRecord> out = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (CSVRecord row : parser) {
        String id = row.isSet(idColumn) ? row.get(idColumn) : "";
        if (id.isBlank()) {
          throw new IllegalArgumentException(in + ": line " + parser.getCurrentLineNumber() + ": empty id");
        }
        if (!ids.add(id)) {
          throw new IllegalArgumentException(in + ": line " + parser.getCurrentLineNumber() + ": duplicate id " + id);
        }
        Map<Attribute, String> values = new EnumMap<>(Attribute.class);
        columns.forEach((column, attribute) -> {
          if (row.isSet(column)) {
            values.putIfAbsent(attribute, row.get(column));
          }
        });
        out.add(new PersonRecord(id, values));
      }
      return out;
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      out.put(args[i], args[i + 1]);
    }
    return out;
  }
}
