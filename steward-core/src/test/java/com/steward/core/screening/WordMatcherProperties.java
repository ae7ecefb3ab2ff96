package com.steward.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * The word matcher finds exactly the substring hits that respect word boundaries (spaces,
 * punctuation, CJK, and the step between letters and digits), also where text and terms hold
 * surrogate pairs, unpaired surrogates and question marks.
 */
class WordMatcherProperties {

  @Property(tries = 500)
  void sameHitsAsFilteringEverySubstringHit(
      @ForAll @Size(max = 25) List<@StringLength(min = 1, max = 5) @CharRange(from = 'a', to = 'c') String> latin,
      @ForAll @Size(max = 5) List<@StringLength(min = 1, max = 3) @CharRange(from = '\u4e00', to = '\u4e02') String> han,
      @ForAll @StringLength(max = 50) @CharRange(from = 'a', to = 'f') String text,
      @ForAll @StringLength(max = 10) @CharRange(from = '\u4e00', to = '\u4e03') String chinese) {
    List<String> terms = new ArrayList<>(latin);
    terms.addAll(han);
    terms.add("b 中");
    String spaced = text.replace('d', ' ').replace('e', '1').replace('f', '2');
    String t = spaced + chinese + spaced;
    assertThat(found(terms, t)).containsExactlyInAnyOrderElementsOf(expected(terms, t));
  }

  /**
   * Terms drawn from the text, so that most are found, and a few of their own. A char beyond the
   * Basic Multilingual Plane is a pair of surrogates, neither of them a word char; an unpaired
   * surrogate is written {@code ?} in UTF-8, so a text of ASCII but for one passes for ASCII, and
   * there the surrogate must not meet a term's {@code ?}, nor escape a term that holds it. A term
   * drawn across a pair holds half of it, which is found in the pair. Texts run up to a few 64-char
   * blocks of the first pass, and begin and end with ASCII or not.
   */
  @Property(tries = 1000)
  void sameHitsAsFilteringEverySubstringHitWithSurrogates(@ForAll("surrogateText") String text,
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 400) Integer> starts,
      @ForAll @Size(max = 8) List<@IntRange(min = 1, max = 8) Integer> lengths,
      @ForAll @Size(max = 4) List<@StringLength(min = 1, max = 3) @CharRange(from = '<', to = '?') String> own) {
    List<String> terms = new ArrayList<>(own);
    for (int k = 0; k < Math.min(starts.size(), lengths.size()) && !text.isEmpty(); k++) {
      int s = starts.get(k) % text.length();
      terms.add(text.substring(s, Math.min(text.length(), s + lengths.get(k))));
    }
    assertThat(found(terms, text)).as(text).containsExactlyInAnyOrderElementsOf(expected(terms, text));
  }

  @Provide
  Arbitrary<String> surrogateText() {
    Arbitrary<String> ascii = Arbitraries.of("a", "b", "1", " ", "-", "?", "&");
    Arbitrary<String> unpaired = Arbitraries.of("\uD83D", "\uDD25", "\uDC00", "\uD840");
    // ASCII and unpaired surrogates alone, which may take the pass over bytes, and everything mixed
    Arbitrary<String> asciiAndUnpaired = Arbitraries.frequencyOf(Tuple.of(8, ascii), Tuple.of(1, unpaired));
    Arbitrary<String> mixed = Arbitraries.frequencyOf(Tuple.of(6, ascii),
        Tuple.of(2, Arbitraries.of("中", "文", "ア", "가")), Tuple.of(2, TextNormalizerProperties.supplementary()),
        Tuple.of(1, unpaired));
    return Arbitraries.oneOf(asciiAndUnpaired.list().ofMaxSize(150), mixed.list().ofMaxSize(150))
        .map(parts -> String.join("", parts));
  }

  private static List<String> found(List<String> terms, String text) {
    List<String> actual = new ArrayList<>();
    WordMatcher.build(terms).match(text, (id, s, e) -> actual.add(id + "@" + s + "-" + e));
    return actual;
  }

  /** Every substring hit of every term, kept where it respects word boundaries. */
  private static List<String> expected(List<String> terms, String t) {
    List<String> expected = new ArrayList<>();
    for (int id = 0; id < terms.size(); id++) {
      String term = terms.get(id);
      for (int s = t.indexOf(term); s >= 0; s = t.indexOf(term, s + 1)) {
        int e = s + term.length();
        boolean startOk = !TextNormalizer.isSpacedWordChar(term.charAt(0)) || s == 0
            || !TextNormalizer.sameWord(t.charAt(s - 1), t.charAt(s));
        boolean endOk = !TextNormalizer.isSpacedWordChar(term.charAt(term.length() - 1)) || e == t.length()
            || !TextNormalizer.sameWord(t.charAt(e - 1), t.charAt(e));
        if (startOk && endOk) {
          expected.add(id + "@" + s + "-" + e);
        }
      }
    }
    return expected;
  }
}
