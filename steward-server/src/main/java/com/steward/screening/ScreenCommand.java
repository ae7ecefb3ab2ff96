package com.steward.screening;

import com.steward.core.screening.MentionClassifier;
import com.steward.core.screening.rules.BrandProfile;
import com.steward.core.screening.rules.ListingFacts;
import com.steward.core.screening.rules.RuleSet;
import com.steward.core.screening.rules.Screener;
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

  /** Numbers are read as written (a price of 12.500 has 3 decimals, which saving refuses). */
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(tools.jackson.databind.cfg.JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

  private ScreenCommand() {}

  private static final java.util.Set<String> OPTIONS = java.util.Set.of("--brands", "--in", "--out", "--rules",
      "--terms");

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = options(args);
    if (!opts.containsKey("--brands") || !opts.containsKey("--in") || !opts.containsKey("--out")
        || !OPTIONS.containsAll(opts.keySet()) || args.length % 2 != 0) {
      System.err.println("usage: ./steward screen --brands brands.json --in listings.jsonl --out decisions.jsonl"
          + " [--rules rule-set.json] [--terms suspicious-terms.json]");
      System.exit(2);
    }
    try {
      int errors = run(Path.of(opts.get("--brands")), opts.containsKey("--rules") ? Path.of(opts.get("--rules")) : null,
          opts.containsKey("--terms") ? Path.of(opts.get("--terms")) : null, Path.of(opts.get("--in")),
          Path.of(opts.get("--out")));
      System.exit(errors == 0 ? 0 : 1);
    } catch (JsonFileException e) {
      System.err.println("screen: " + e.file + " is not valid JSON: " + e.getCause().getOriginalMessage());
      System.exit(2);
    } catch (java.nio.file.NoSuchFileException e) {
      System.err.println("screen: no such file: " + e.getFile());
      System.exit(2);
    } catch (java.nio.file.AccessDeniedException e) {
      System.err.println("screen: not allowed to read or write: " + e.getFile());
      System.exit(2);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("screen: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Screens every line with the standard rules and suspicious terms; returns how many lines could not be read. */
  public static int run(Path brandsFile, Path in, Path out) throws IOException {
    return run(brandsFile, null, null, in, out);
  }

  /**
   * Screens every line; returns how many lines could not be read. {@code rulesFile} is a rule set
   * as {@code GET /api/v1/rule-sets/{version}} answers it (or its {@code ruleSet} alone), and
   * {@code termsFile} the suspicious terms as {@code GET /api/v1/suspicious-terms} answers them (or
   * an array of strings), so that the command decides as a server with those rules and terms; each
   * is the standard one when null.
   */
  public static int run(Path brandsFile, @org.jspecify.annotations.Nullable Path rulesFile,
      @org.jspecify.annotations.Nullable Path termsFile, Path in, Path out) throws IOException {
    Screener screener = Screener.build(brands(brandsFile),
        termsFile == null ? Screener.DEFAULT_SUSPICIOUS_TERMS : terms(termsFile), MentionClassifier.defaults(),
        rulesFile == null ? RuleSet.standard() : rules(rulesFile));
    int errors = 0;
    int lineNo = 0;
    try (var reader = new Utf8Lines(Files.newInputStream(in));
        BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      byte[] line;
      while ((line = reader.next()) != null) {
        lineNo++;
        Map<String, Object> result;
        try {
          result = DecisionJson.of(screener.screen(listing(JSON.readTree(Utf8Lines.text(line)))));
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

  /**
   * The lines of a file, as bytes, for each to be decoded on its own ({@link #text}), so that a line
   * with a byte that is not UTF-8 is reported as that line and the lines after it are still read. A
   * line ends at a line feed (JSON Lines; a carriage return is white space to JSON); a byte-order
   * mark at the start of the file is not part of the text.
   */
  static final class Utf8Lines implements AutoCloseable {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final java.io.InputStream in;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);
    private boolean first = true;
    private boolean ended;

    Utf8Lines(java.io.InputStream in) {
      this.in = new java.io.BufferedInputStream(in, 1 << 16);
    }

    /** The next line's bytes, or null at the end of the file. */
    byte @org.jspecify.annotations.Nullable [] next() throws IOException {
      if (ended) {
        return null;
      }
      line.reset();
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        line.write(b);
      }
      ended = b < 0;
      if (ended && line.size() == 0) {
        return null;
      }
      byte[] bytes = line.toByteArray();
      boolean bom = first && java.util.Arrays.equals(bytes, 0, Math.min(3, bytes.length), BOM, 0, 3);
      first = false;
      return bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    /** A line's text; a line that is not UTF-8 is an {@link IllegalArgumentException}. */
    static String text(byte[] line) {
      try {
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(line)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new IllegalArgumentException("not valid UTF-8 text");
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** At most this many of a brands file's problems are listed. */
  private static final int PROBLEMS_SHOWN = 20;

  /**
   * The brands of {@code file}, each checked as the API checks a brand's profile
   * ({@link Brands#validate}); every problem of the file is named, with the brand's place in it.
   */
  static List<BrandProfile> brands(Path file) throws IOException {
    JsonNode root = read(file);
    if (!root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a JSON array of brands");
    }
    List<BrandProfile> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Integer> names = new java.util.HashMap<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode b = root.get(i);
      String at = "brand [" + i + "]" + (b.path("name").isString() && !b.path("name").asString().isBlank() ? " (" + b.path("name").asString() + ")" : "");
      if (!b.isObject()) {
        problems.add(at + ": expected a JSON object");
        continue;
      }
      try {
        BrandProfileForm form = Brands.validate(JSON.treeToValue(b, BrandProfileForm.class));
        // as the API refuses a second brand whose name folds to one already registered (Nike, ＮＩＫＥ)
        Integer before = names.putIfAbsent(Brands.nameKey(form.name()), i);
        if (before != null) {
          problems.add(at + ", name: the same name as brand [" + before + "] once normalised");
          continue;
        }
        out.add(Brands.screeningProfile(form, true));
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

  /** A rule set file, checked as the API checks a draft: every problem named with its path. */
  static RuleSet rules(Path file) throws IOException {
    JsonNode root = read(file);
    JsonNode body = root.isObject() && root.path("ruleSet").isObject() ? root.path("ruleSet") : root;
    if (!body.isObject()) {
      throw new IllegalArgumentException(file + ": expected a rule set, a JSON object");
    }
    try {
      return RuleSetJson.parse(body);
    } catch (InvalidRequestException e) {
      throw new IllegalArgumentException(file + ": " + String.join("; ", e.problems().stream()
          .map(p -> p.field() + ": " + p.message()).toList()));
    }
  }

  /** A suspicious-term file: strings, or objects with a {@code term}, each checked as the API checks a new term. */
  static List<String> terms(Path file) throws IOException {
    JsonNode root = read(file);
    if (!root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a JSON array of terms");
    }
    List<String> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode t = root.get(i).isObject() ? root.get(i).path("term") : root.get(i);
      var c = new com.steward.platform.errors.Check(); // as POST /api/v1/suspicious-terms checks it
      String term = SuspiciousTerms.term(c, t.isString() ? t.asString() : null);
      if (c.problems().isEmpty()) {
        out.add(term);
      }
      for (var p : c.problems()) {
        problems.add("[" + i + "]: " + p.message());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(file + ": " + String.join("; ", problems.subList(0,
          Math.min(problems.size(), PROBLEMS_SHOWN))));
    }
    return out;
  }

  /** A file's JSON; a file that is not JSON names itself. */
  private static JsonNode read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not UTF-8 text");
    }
    try {
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (JacksonException e) {
      throw new JsonFileException(file, e);
    }
  }

  /** A file of the command that is not JSON. */
  static final class JsonFileException extends RuntimeException {
    final transient Path file;

    JsonFileException(Path file, JacksonException cause) {
      super(file + " is not valid JSON: " + cause.getOriginalMessage(), cause);
      this.file = file;
    }

    @Override
    public synchronized JacksonException getCause() {
      return (JacksonException) super.getCause();
    }
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
