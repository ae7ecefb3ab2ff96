package com.steward.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * For any text, every normalised char maps back inside the original, in order, and never into the
 * middle of a surrogate pair.
 */
class TextNormalizerProperties {

  /** Traditional Chinese chars, which read as their simplified forms. */
  static final Arbitrary<Character> TRADITIONAL = Arbitraries.of(IntStream.rangeClosed('\u4E00', '\u9FFF')
      .filter(c -> TraditionalChinese.simplified((char) c) != c).mapToObj(c -> (char) c).toList());

  @Property(tries = 2000)
  void offsetsStayInsideTheOriginalAndNeverGoBack(@ForAll("listingText") String s) {
    NormalizedText t = TextNormalizer.standard().normalize(s);
    int lastStart = 0;
    for (int i = 0; i < t.length(); i++) {
      int start = t.originalStart(i);
      int end = t.originalEnd(i);
      assertThat(start).isBetween(0, s.length() - 1);
      assertThat(end).isBetween(start + 1, s.length());
      assertThat(start).isGreaterThanOrEqualTo(lastStart);
      assertThat(Character.isLowSurrogate(s.charAt(start))).as("never starts inside a surrogate pair").isFalse();
      assertThat(splitsAPair(s, end)).as("never ends inside a surrogate pair").isFalse();
      lastStart = start;
    }
    // a hit is a normalised range, and the original text it covers is cut at the ends of the range
    // it maps back to: neither may fall inside a surrogate pair
    List<String> wrong = new ArrayList<>();
    for (int from = 0; from < t.length(); from++) {
      for (int to = from + 1; to <= t.length(); to++) {
        int[] range = t.originalRange(from, to);
        if (range[0] >= range[1] || splitsAPair(s, range[0]) || splitsAPair(s, range[1])) {
          wrong.add("[" + from + ", " + to + ") to [" + range[0] + ", " + range[1] + ")");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Property(tries = 1000)
  void normalisingTwiceChangesNothingMore(@ForAll("listingText") String s) {
    String once = TextNormalizer.standard().normalize(s).text();
    assertThat(TextNormalizer.standard().normalize(once).text()).isEqualTo(once);
  }

  @net.jqwik.api.Example
  void aFractionFoldsAsItsDigitsWouldStandingAlone() {
    for (String s : new String[] {"!＊¼", "¾／ύ严"}) {
      String once = TextNormalizer.standard().normalize(s).text();
      assertThat(TextNormalizer.standard().normalize(once).text()).as(s).isEqualTo(once);
    }
  }

  /** Whether {@code at} falls between the high and the low surrogate of a valid pair of {@code s}. */
  static boolean splitsAPair(String s, int at) {
    return at > 0 && at < s.length() && Character.isHighSurrogate(s.charAt(at - 1))
        && Character.isLowSurrogate(s.charAt(at));
  }

  @Provide
  Arbitrary<String> listingText() {
    Arbitrary<String> latin = withSupplementary(
        Arbitraries.strings().withChars("NikeAdsPumaGuci .-_*0134578@$!|").ofMaxLength(8), 6);
    // Latin with accents, Greek and Cyrillic look-alikes, every Chinese char of the basic block,
    // traditional ones, kana, Hangul syllables, full-width forms, marks, a zero-width space and the
    // ideographic space
    Arbitrary<String> mixed = withSupplementary(Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.chars().range('\u0020', '\u024F')),
        Tuple.of(2, Arbitraries.chars().range('\u0370', '\u04FF')),
        Tuple.of(4, Arbitraries.chars().range('\u4E00', '\u9FFF')), Tuple.of(2, TRADITIONAL),
        Tuple.of(2, Arbitraries.chars().range('\u3040', '\u30FF')),
        Tuple.of(2, Arbitraries.chars().range('\uAC00', '\uD7A3')),
        Tuple.of(2, Arbitraries.chars().range('\uFF01', '\uFF5E')),
        Tuple.of(2, Arbitraries.of('\u0301', '\u0308', '\uFE0F', '\u200B', '\u3000')))
        .map(String::valueOf), 40);
    Arbitrary<String> any = withSupplementary(Arbitraries.strings().all().ofMaxLength(5), 5);
    // the pieces of names joined, glued and drawn as symbols: marks and & between words, small
    // capitals, emoji, negative squared capitals and regional-indicator letters (two chars each),
    // colons
    Arbitrary<String> styled = withSupplementary(Arbitraries.of("N", "i", "k", "e", "Lo", "uis", "Vu", "R", "ay",
        "B", "an", " ", "-", "_", ".", "&", " & ", "1", "3", "0", "\u0274", "\u026A", "\u1D0B", "\u1D07", "\u2764",
        "\uFE0F", "\uD83D\uDD25", "\uD83C\uDD7D", "\uD83C\uDD78", "\u00AD", "\u200B", "\uD83C\uDDF3",
        "\uD83C\uDDEE", "\uD83C\uDDF0", ":", ";"), 16);
    return Arbitraries.oneOf(latin, mixed, any, styled, cjk());
  }

  /**
   * Chinese, Japanese and Korean chars with spaces and the marks titles put between them: a space
   * between two Chinese or Japanese chars that both stand alone is dropped, and so is a mark where
   * one of them does, so the pieces are short and the separators frequent.
   */
  static Arbitrary<String> cjk() {
    Arbitrary<String> chars = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.chars().range('\u4E00', '\u9FFF')),
        Tuple.of(2, TRADITIONAL), Tuple.of(2, Arbitraries.chars().range('\u3041', '\u3096')),
        Tuple.of(2, Arbitraries.chars().range('\u30A1', '\u30FC')),
        Tuple.of(2, Arbitraries.chars().range('\uAC00', '\uD7A3')),
        Tuple.of(1, Arbitraries.chars().range('\uFF01', '\uFF5E'))).map(String::valueOf);
    Arbitrary<String> separators = Arbitraries.of(" ", "\u3000", ".", "-", "_", "*", "·", "•", "~", "\u30FB");
    return withSupplementary(Arbitraries.frequencyOf(Tuple.of(3, chars), Tuple.of(2, separators)), 16);
  }

  /**
   * Code points beyond the Basic Multilingual Plane, two chars each: CJK Extension B ideographs,
   * mathematical alphanumerics (which NFKC folds to Latin and Greek letters and digits), emoji,
   * tag chars (which fold to nothing) and regional indicators, one to three in a row (two side by
   * side are a flag, one alone a letter).
   */
  static Arbitrary<String> supplementary() {
    return Arbitraries.oneOf(codePoints(0x20000, 0x2A6DF), codePoints(0x1D400, 0x1D7FF),
        codePoints(0x1F300, 0x1FAFF), codePoints(0xE0020, 0xE007F),
        codePoints(0x1F1E6, 0x1F1FF).list().ofMinSize(1).ofMaxSize(3).map(rs -> String.join("", rs)));
  }

  private static Arbitrary<String> codePoints(int from, int to) {
    return Arbitraries.integers().between(from, to).map(Character::toString);
  }

  /** Up to {@code pieces} of {@code piece} joined, with a supplementary code point in about one place in five. */
  static Arbitrary<String> withSupplementary(Arbitrary<String> piece, int pieces) {
    return Arbitraries.frequencyOf(Tuple.of(4, piece), Tuple.of(1, supplementary())).list().ofMaxSize(pieces)
        .map(parts -> String.join("", parts));
  }
}
