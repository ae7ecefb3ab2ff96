package com.steward.screening;

import com.steward.core.screening.MentionClassifier;
import com.steward.core.screening.rules.BrandProfile;
import com.steward.core.screening.rules.ListingFacts;
import com.steward.core.screening.rules.RuleSet;
import com.steward.core.screening.rules.Screener;
import com.steward.core.screening.rules.Thresholds;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./steward screen --brands brands.json --in listings.jsonl --out decisions.jsonl}: the
 * core engine over files, with no server and no database. One output line per input line, in
 * order; a line that cannot be read gets {@code {"line": n, "error": "..."}} and the command ends
 * with status 1. Formats: {@code docs/screening.md}.
 */
public final class ScreenCommand {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ScreenCommand() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = options(args);
    if (!opts.containsKey("--brands") || !opts.containsKey("--in") || !opts.containsKey("--out")) {
      System.err.println("usage: ./steward screen --brands brands.json --in listings.jsonl --out decisions.jsonl");
      System.exit(2);
    }
    try {
      int errors = run(Path.of(opts.get("--brands")), Path.of(opts.get("--in")), Path.of(opts.get("--out")));
      System.exit(errors == 0 ? 0 : 1);
    } catch (JacksonException e) {
      System.err.println("screen: " + opts.get("--brands") + " is not valid JSON: " + e.getOriginalMessage());
      System.exit(2);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("screen: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Screens every line; returns how many lines could not be read. */
  public static int run(Path brandsFile, Path in, Path out) throws IOException {
    Screener screener = Screener.build(brands(brandsFile), Screener.DEFAULT_SUSPICIOUS_TERMS,
        MentionClassifier.defaults(), RuleSet.standard());
    int errors = 0;
    int lineNo = 0;
    try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        Map<String, Object> result;
        try {
          result = DecisionJson.of(screener.screen(listing(JSON.readTree(line))));
        } catch (JacksonException | IllegalArgumentException e) {
          errors++;
          result = new LinkedHashMap<>();
          result.put("line", lineNo);
          result.put("error", e instanceof JacksonException je ? "not JSON: " + je.getOriginalMessage() : e.getMessage());
        }
        writer.write(JSON.writeValueAsString(result));
        writer.newLine();
      }
    }
    return errors;
  }

  static List<BrandProfile> brands(Path file) throws IOException {
    JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    if (!root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a JSON array of brands");
    }
    List<BrandProfile> out = new ArrayList<>();
    for (JsonNode b : root) {
      Map<String, Double> floors = new LinkedHashMap<>();
      JsonNode f = b.path("priceFloors");
      for (String category : f.propertyNames()) {
        floors.put(category, f.get(category).asDouble());
      }
      JsonNode t = b.path("thresholds");
      Thresholds thresholds = t.isObject() ? new Thresholds(t.path("refer").asDouble(), t.path("block").asDouble()) : null;
      out.add(new BrandProfile(text(b, "name"), strings(b.path("aliases")), strings(b.path("keywords")),
          Set.copyOf(strings(b.path("authorizedSellers"))), floors, thresholds, true,
          Set.copyOf(strings(b.path("authorizedStores")))));
    }
    return out;
  }

  static ListingFacts listing(JsonNode l) {
    if (!l.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    return JSON.treeToValue(l, DecisionJson.ListingJson.class).facts();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (!v.isString() || v.asString().isBlank()) {
      throw new IllegalArgumentException(field + ": required text");
    }
    return v.asString();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(x -> out.add(x.asString()));
    }
    return out;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      out.put(args[i], args[i + 1]);
    }
    return out;
  }
}
