package com.steward.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a listing uses a brand it names. A nominative use names the brand only to say what the
 * product fits ({@code case for iPhone}, {@code compatible with}, {@code 适用于}) and is allowed;
 * an imitation names it to say what the product copies ({@code Nike style}, {@code replica of},
 * {@code 仿}, {@code 同款}) and is what Haze Clearing removes; anything else is a direct use. Cues are
 * data: a marketplace adds its own; they are normalised like the text, so {@code REPLICA OF} and
 * {@code ｒｅｐｌｉｃａ ｏｆ} are the same cue.
 */
public final class MentionClassifier {

  /** What a brand mention is doing in a title. */
  public enum Use {
    DIRECT,
    NOMINATIVE,
    IMITATION,
    /**
     * The name of a brand marked as an ordinary word, read as that word: the listing gave nothing
     * more that points to the brand ({@code BrandProfile#ordinaryWord}). Screening sets it, the
     * classifier never does.
     */
    ORDINARY_WORD
  }

  /** Words that introduce a brand the product is made for. */
  public static final List<String> DEFAULT_NOMINATIVE_BEFORE = List.of("for", "compatible with", "compatible",
      "fits", "fit for", "fits for", "suitable for", "works with", "made for", "designed for", "replacement for",
      "适用于", "适用", "适配", "兼容", "用于");
  /** Words that introduce a brand the product copies. */
  public static final List<String> DEFAULT_IMITATION_BEFORE = List.of("style", "type", "similar to", "like",
      "replica of", "replica", "copy of", "inspired by", "dupe of", "dupe", "alternative to", "仿", "类似", "高仿");
  /** Words that follow a brand the product copies. */
  public static final List<String> DEFAULT_IMITATION_AFTER = List.of("style", "type", "inspired", "look",
      "lookalike", "dupe", "同款", "风格", "款式", "仿款", "仿品");

  private static final int WINDOW = 32;
  /** "New style Nike": a new model of the brand, in the wording of many titles, not a copy of it. */
  private static final Pattern ORDINARY_BEFORE =
      Pattern.compile("(?:^|[^\\p{L}\\p{N}])(?:new|newest|latest|2\\d{3})[\\s\\p{P}]*style[\\s\\p{P}]*$");
  /** "Samsung Type-C", "Apple type A": a connector, not a copy. */
  private static final Pattern ORDINARY_AFTER =
      Pattern.compile("^[\\s\\p{P}]*type[\\s\\p{P}]*[ac](?:$|[^\\p{L}\\p{N}])");

  private final Pattern before;
  private final Pattern imitationBefore;
  private final Pattern imitationAfter;

  private MentionClassifier(List<String> nominativeBefore, List<String> imitationBefore, List<String> imitationAfter) {
    this.before = suffixPattern(nominativeBefore);
    this.imitationBefore = suffixPattern(imitationBefore);
    this.imitationAfter = prefixPattern(imitationAfter);
  }

  public static MentionClassifier of(List<String> nominativeBefore, List<String> imitationBefore,
      List<String> imitationAfter) {
    return new MentionClassifier(nominativeBefore, imitationBefore, imitationAfter);
  }

  public static MentionClassifier defaults() {
    return of(DEFAULT_NOMINATIVE_BEFORE, DEFAULT_IMITATION_BEFORE, DEFAULT_IMITATION_AFTER);
  }

  /**
   * The use of the mention at {@code [start, end)} of normalised {@code text}. Imitation wins
   * over nominative: "replica case for iPhone" still calls the case a replica only if the cue
   * stands against the brand itself.
   */
  public Use classify(String text, int start, int end) {
    String left = text.substring(Math.max(0, start - WINDOW), start);
    String right = text.substring(end, Math.min(text.length(), end + WINDOW));
    if (imitationBefore.matcher(left).find() && !ORDINARY_BEFORE.matcher(left).find()
        || imitationAfter.matcher(right).find() && !ORDINARY_AFTER.matcher(right).find()) {
      return Use.IMITATION;
    }
    if (before.matcher(left).find()) {
      return Use.NOMINATIVE;
    }
    return Use.DIRECT;
  }

  /** The use of every hit of a {@link BrandMatcher.Found}, in the same order. */
  public List<Use> classify(BrandMatcher.Found found) {
    List<Use> out = new ArrayList<>(found.hits().size());
    for (BrandMatcher.Hit h : found.hits()) {
      out.add(classify(found.text().text(), h.normalizedStart(), h.normalizedEnd()));
    }
    return out;
  }

  /** Cues that end right before the mention, separated from it by nothing but spaces or punctuation. */
  private static Pattern suffixPattern(List<String> cues) {
    return Pattern.compile("(?:^|[^\\p{L}\\p{N}]|(?<=\\p{IsHan}))(?:" + alternatives(cues) + ")[\\s\\p{P}]*$");
  }

  /** Cues that start right after the mention. */
  private static Pattern prefixPattern(List<String> cues) {
    return Pattern.compile("^[\\s\\p{P}]*(?:" + alternatives(cues) + ")(?:$|[^\\p{L}\\p{N}]|(?=\\p{IsHan}))");
  }

  private static String alternatives(List<String> cues) {
    TextNormalizer n = TextNormalizer.standard();
    List<String> quoted = new ArrayList<>();
    cues.stream()
        .map(c -> n.normalize(c).text().strip())
        .filter(c -> !c.isEmpty())
        .sorted((a, b) -> Integer.compare(b.length(), a.length()))
        .forEach(c -> quoted.add(Pattern.quote(c)));
    if (quoted.isEmpty()) {
      return "(?!)";
    }
    return String.join("|", quoted);
  }
}
