package com.steward.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.screening.BrandMatcher.Kind;
import com.steward.core.screening.BrandMatcher.Term;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * A name of several words is found however a title joins or glues them, and every hit lies inside
 * the title, on whole code points; a Chinese or mixed term's hit reads as the term.
 */
class BrandMatcherProperties {

  @Property(tries = 1000)
  void aNameOfSeveralWordsIsFoundJoinedOrGlued(@ForAll("words") List<String> words, @ForAll("joins") String join) {
    String name = String.join(" ", words);
    var matcher = BrandMatcher.build(List.of(new Term("Brand", name, Kind.BRAND_NAME)));
    String written = switch (join) {
      case "camel" -> words.stream().map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
          .reduce("", String::concat);
      case "hashtag" -> "#" + String.join("", words);
      default -> String.join(join, words);
    };
    String title = "Soft tote by " + written + ", new";
    var hits = matcher.find(title);
    assertThat(hits).as(title).isNotEmpty();
    for (var h : hits) {
      assertInside(h, title);
      assertThat(title.substring(h.start(), h.end()).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT))
          .as("the hit covers the name as written in " + title).isEqualTo(String.join("", words));
    }
  }

  /**
   * A term drawn from a title of Chinese, Japanese and Korean chars, marks, spaces and Latin words,
   * around a CJK char so that it has one (and the title may end with it once more), is found only
   * inside the title, on whole code points, and as the title writes it: the hit's normalised range
   * is the term's normalised form (less the spaces and, but for a suspicious term, the full stops
   * at its edges, which the matcher strips) and maps back to the hit's range, and the hit's original
   * text, normalised alone, holds that form. The readings that depend on the chars around (a mark
   * or a space between CJK chars, spelled-out letters, runs, leetspeak) read the hit as they read
   * the term: what keeps a mark or a space that the term keeps lies inside the hit, and the others
   * stop at a word boundary, where the term must begin or end.
   *
   * <p>That holds for the one spelling the term has, found in the title as written. So the titles
   * have none of what the matcher reads a second way (a capital I, a small l or s, an ASCII digit:
   * {@code AppIe}, {@code NlKE}, {@code UGGs} and {@code Chane1} are read again as {@code Apple},
   * {@code NIKE}, {@code UGG.s} and {@code Chanel}, and a hit of that reading covers text that reads
   * otherwise as written), nor an {@code &}, and a term with a CJK char has no glued spelling
   * ({@code LouisVuitton} is found for {@code Louis Vuitton}).
   */
  @Property(tries = 2000)
  void aChineseOrMixedTermIsFoundInsideTheTitleAndReadsAsTheTerm(@ForAll("titlePieces") List<String> before,
      @ForAll("ideographs") String anchor, @ForAll("titlePieces") List<String> after,
      @ForAll @IntRange(max = 5) int left, @ForAll @IntRange(max = 5) int right, @ForAll Kind kind,
      @ForAll boolean twice) {
    String text = String.join("", before.subList(Math.max(0, before.size() - left), before.size())) + anchor
        + String.join("", after.subList(0, Math.min(right, after.size())));
    // written once more at the end, after other chars than the first time
    String title = String.join("", before) + anchor + String.join("", after) + (twice ? text : "");
    String normalized = TextNormalizer.standard().normalize(text).text();
    String form = normalized.replaceAll(kind == Kind.SUSPICIOUS ? "^ +| +$" : "^[ .]+|[ .]+$", "");
    var found = BrandMatcher.build(List.of(new Term("Brand", text, kind))).findIn(title);
    for (var h : found.hits()) {
      String where = "term " + text + " in " + title + " at [" + h.start() + ", " + h.end() + ")";
      assertInside(h, title);
      assertThat(found.text().text().substring(h.normalizedStart(), h.normalizedEnd())).as(where).isEqualTo(form);
      assertThat(found.text().originalRange(h.normalizedStart(), h.normalizedEnd())).as(where)
          .containsExactly(h.start(), h.end());
      assertThat(TextNormalizer.standard().normalize(title.substring(h.start(), h.end())).text()).as(where)
          .contains(form);
    }
  }

  /** A hit's range is inside the title, not empty, and neither of its ends splits a surrogate pair. */
  private static void assertInside(BrandMatcher.Hit h, String title) {
    assertThat(h.start()).isBetween(0, title.length() - 1);
    assertThat(h.end()).isBetween(h.start() + 1, title.length());
    assertThat(TextNormalizerProperties.splitsAPair(title, h.start())).as("starts inside a surrogate pair").isFalse();
    assertThat(TextNormalizerProperties.splitsAPair(title, h.end())).as("ends inside a surrogate pair").isFalse();
  }

  @Provide
  Arbitrary<List<String>> words() {
    // words of three letters or more without a letter twice in a row: normalised, a double letter
    // is one, and a name of two short words could then be too short to glue (aab aab is abab)
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8)
        .filter(w -> !w.matches(".*(.)\\1.*")).list().ofMinSize(2).ofMaxSize(3);
  }

  @Provide
  Arbitrary<String> joins() {
    return Arbitraries.of(" ", "-", "_", ".", "camel", "hashtag");
  }

  /**
   * Chinese (of a few brand names, simplified and traditional, so that a term is found again
   * elsewhere in the title, and of the whole block), Japanese and Korean chars and CJK Extension B
   * ideographs: a term holds one of them.
   */
  @Provide
  Arbitrary<String> ideographs() {
    Arbitrary<String> names = Arbitraries.of("耐", "克", "香", "奈", "儿", "兒", "阿", "迪", "达", "達", "斯");
    return Arbitraries.frequencyOf(Tuple.of(3, names),
        Tuple.of(2, Arbitraries.chars().range('\u4E00', '\u9FFF').map(String::valueOf)),
        Tuple.of(1, TextNormalizerProperties.TRADITIONAL.map(String::valueOf)),
        Tuple.of(1, Arbitraries.chars().range('\u3041', '\u3096').map(String::valueOf)),
        Tuple.of(1, Arbitraries.chars().range('\u30A1', '\u30FA').map(String::valueOf)),
        Tuple.of(1, Arbitraries.chars().range('\uAC00', '\uD7A3').map(String::valueOf)),
        Tuple.of(1, Arbitraries.integers().between(0x20000, 0x2A6DF).map(Character::toString)));
  }

  /**
   * The pieces of a title around a term: ideographs, the spaces and marks titles put between them,
   * Latin words (with leetspeak symbols, and none of the chars the matcher reads a second way),
   * full-width forms (but for {@code ｓ} and {@code ＆}) and supplementary code points.
   */
  @Provide
  Arbitrary<List<String>> titlePieces() {
    Arbitrary<String> separators = Arbitraries.of(" ", "\u3000", ".", "-", "_", "*", "·", "•", "~", "\u30FB");
    Arbitrary<String> latin = Arbitraries.strings().withChars("abcdeiknortuvNKE@!$").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> fullWidth = Arbitraries.chars().range('\uFF01', '\uFF5E').filter(c -> c != 'ｓ' && c != '＆')
        .map(String::valueOf);
    return Arbitraries.frequencyOf(Tuple.of(6, ideographs()), Tuple.of(4, separators), Tuple.of(2, latin),
        Tuple.of(1, fullWidth), Tuple.of(1, TextNormalizerProperties.supplementary())).list().ofMaxSize(10);
  }
}
