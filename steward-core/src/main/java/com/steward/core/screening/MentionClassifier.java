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
    IMITATION
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
  /** "Apple original", "苹果原装": a claim to be the brand's own product, which no list of what it fits makes. */
  private static final Pattern AUTHENTIC = Pattern.compile(
      "(?:^|[^\\p{L}\\p{N}]|(?<=\\p{IsHan}))(?:original|genuine|official|authentic|oem)(?:$|[^\\p{L}\\p{N}])"
          + "|原装|正品|正 品|官方|正版|原厂|真品|专柜");
  /** What may stand between two spellings of one brand named in a list ("Samsung/三星", "小米,小米note"). */
  private static final String LIST_SEPARATORS = " /,、()[]（）【】";
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

  /**
   * The use of every hit of a {@link BrandMatcher.Found}, in the same order. A mention of a brand
   * right after a nominative mention of the same brand, with nothing between them but a space, a
   * slash, a comma or a bracket, names what the product fits as well: "compatible with
   * Samsung/三星", "适用于xiaomi/小米,小米note", "适用于adidas阿迪达斯". Only a name or an alias carries
   * over, to a spelling not yet in the list: not a product keyword ("for iPhone Apple" names Apple
   * directly), not a spelling again ("for Nike Nike Air Max", "for Nike/耐克 耐克"), not another brand
   * ("case for iPhone Gucci pattern"), not across a full stop ("for Samsung. Samsung"), and nothing
   * in a title that claims to be the brand's own product anywhere ("兼容samsung/三星原装", "... 100%
   * original") or a listing with a suspicious term ("for Nike/耐克 1:1").
   */
  public List<Use> classify(BrandMatcher.Found found) {
    return classify(found, found.hits().stream().noneMatch(h -> h.term().kind() == BrandMatcher.Kind.SUSPICIOUS));
  }

  /**
   * {@link #classify(BrandMatcher.Found)}, with lists carried over only if {@code generous}: the
   * caller says no when any part of the listing (its description too) calls it a fake.
   */
  public List<Use> classify(BrandMatcher.Found found, boolean generous) {
    String text = found.text().text();
    List<BrandMatcher.Hit> hits = found.hits();
    List<Use> out = new ArrayList<>(hits.size());
    for (BrandMatcher.Hit h : hits) {
      out.add(classify(text, h.normalizedStart(), h.normalizedEnd()));
    }
    if (!out.contains(Use.NOMINATIVE)) {
      return out; // most titles: nothing to carry over
    }
    if (!generous || AUTHENTIC.matcher(text).find()) {
      return out; // a listing that calls itself a fake, or the brand's own product, gets no generous reading
    }
    Integer[] byStart = new Integer[hits.size()];
    for (int i = 0; i < byStart.length; i++) {
      byStart[i] = i;
    }
    java.util.Arrays.sort(byStart, java.util.Comparator.comparingInt(i -> hits.get(i).normalizedStart()));
    // per brand: the spellings of its list so far, and where the list ends
    java.util.Map<String, java.util.Set<String>> spelled = new java.util.HashMap<>();
    java.util.Map<String, Integer> listEnd = new java.util.HashMap<>();
    for (int i : byStart) {
      BrandMatcher.Hit h = hits.get(i);
      if (!isName(h)) {
        continue; // a product's keyword ("iPhone") is not another spelling of its brand
      }
      String owner = h.term().owner();
      Integer end = listEnd.get(owner);
      if (out.get(i) == Use.NOMINATIVE) {
        if (end == null || !onlyListSeparators(text, end, h.normalizedStart())) {
          spelled.put(owner, new java.util.HashSet<>()); // a cue of its own starts a new list
        }
        spelled.get(owner).add(h.term().text());
        listEnd.merge(owner, h.normalizedEnd(), Math::max);
      } else if (out.get(i) == Use.DIRECT && end != null && end <= h.normalizedStart()
          && !spelled.get(owner).contains(h.term().text())
          && onlyListSeparators(text, end, h.normalizedStart())) {
        out.set(i, Use.NOMINATIVE);
        spelled.get(owner).add(h.term().text());
        listEnd.put(owner, h.normalizedEnd());
      }
    }
    return out;
  }

  private static boolean isName(BrandMatcher.Hit h) {
    return h.term().kind() == BrandMatcher.Kind.BRAND_NAME || h.term().kind() == BrandMatcher.Kind.ALIAS;
  }

  /** At most three chars between two mentions, each a space, a slash, a comma or a bracket. */
  private static boolean onlyListSeparators(String text, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (LIST_SEPARATORS.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
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
