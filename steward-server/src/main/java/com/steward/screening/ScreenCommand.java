package com.steward.screening;

import com.steward.core.screening.MentionClassifier;
import com.steward.core.screening.rules.BrandProfile;
import com.steward.core.screening.rules.ListingFacts;
import com.steward.core.screening.rules.RuleSet;
import com.steward.core.screening.rules.Screener;
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
import com.steward.brands.BrandProfileForm;
import com.steward.brands.Brands;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.errors.Problems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
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
        } catch (JacksonException | IllegalArgumentException | InvalidRequestException e) {
          errors++;
          result = new LinkedHashMap<>();
          result.put("line", lineNo);
          result.put("error", error(e));
        }
        writer.write(JSON.writeValueAsString(result));
        writer.newLine();
      }
    }
    return errors;
  }

  /** At most this many of a brands file's problems are listed. */
  private static final int PROBLEMS_SHOWN = 20;

  /**
   * The brands of {@code file}, each checked as the API checks a brand's profile
   * ({@link Brands#validate}); every problem of the file is named, with the brand's place in it.
   */
  static List<BrandProfile> brands(Path file) throws IOException {
    JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    if (!root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a JSON array of brands");
    }
    List<BrandProfile> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode b = root.get(i);
      String at = "brand [" + i + "]" + (b.path("name").isString() && !b.path("name").asString().isBlank() ? " (" + b.path("name").asString() + ")" : "");
      if (!b.isObject()) {
        problems.add(at + ": expected a JSON object");
        continue;
      }
      try {
        out.add(Brands.screeningProfile(Brands.validate(JSON.treeToValue(b, BrandProfileForm.class)), true));
      } catch (DatabindException e) {
        problems.add(at + ", " + Problems.field(e) + ": " + e.getOriginalMessage());
      } catch (InvalidRequestException e) {
        e.problems().forEach(p -> problems.add(at + ", " + p.field() + ": " + p.message()));
      }
    }
    if (!problems.isEmpty()) {
      String shown = String.join("\n  ", problems.subList(0, Math.min(problems.size(), PROBLEMS_SHOWN)));
      throw new IllegalArgumentException(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
          + (problems.size() > PROBLEMS_SHOWN ? ", the first " + PROBLEMS_SHOWN : "") + ":\n  " + shown);
    }
    return out;
  }

  /** What is wrong with a line: the field Jackson could not bind, or that it is not JSON at all. */
  private static String error(RuntimeException e) {
    if (e instanceof DatabindException d && !d.getPath().isEmpty()) {
      return Problems.field(d) + ": " + d.getOriginalMessage();
    }
    if (e instanceof InvalidRequestException i && !i.problems().isEmpty()) {
      return String.join("; ", i.problems().stream().map(p -> p.field() + ": " + p.message()).toList());
    }
    return e instanceof JacksonException je ? "not JSON: " + je.getOriginalMessage() : e.getMessage();
  }

  static ListingFacts listing(JsonNode l) {
    if (!l.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    return JSON.treeToValue(l, DecisionJson.ListingJson.class).facts();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      out.put(args[i], args[i + 1]);
    }
    return out;
  }
}
