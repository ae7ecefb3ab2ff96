package com.steward.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The word matcher's automaton for terms that begin outside a word, and its word classes. */
class WordMatcherTests {

  /**
   * Terms that begin with punctuation or a Chinese char run through the automaton, which the
   * matcher steps only outside spaced words; they may go on into words ({@code -ab}, {@code 中a}).
   */
  @Property(tries = 500)
  void termsThatBeginOutsideAWordAreFoundInsideText(
      @ForAll @Size(max = 20) List<@StringLength(min = 1, max = 5) @Chars({'a', 'b', '1', '-', ' ', '\u4e2d'}) String> raw,
      @ForAll @StringLength(max = 60) @Chars({'a', 'b', 'c', '1', '-', ' ', '&', '\u4e2d', '\u4e2e'}) String text) {
    List<String> terms = raw.stream().map(String::strip).toList();
    List<String> expected = new ArrayList<>();
    for (int id = 0; id < terms.size(); id++) {
      String term = terms.get(id);
      if (term.isEmpty()) {
        continue;
      }
      for (int s = text.indexOf(term); s >= 0; s = text.indexOf(term, s + 1)) {
        int e = s + term.length();
        boolean startOk = !TextNormalizer.isSpacedWordChar(term.charAt(0)) || s == 0
            || !TextNormalizer.sameWord(text.charAt(s - 1), text.charAt(s));
        boolean endOk = !TextNormalizer.isSpacedWordChar(term.charAt(term.length() - 1)) || e == text.length()
            || !TextNormalizer.sameWord(text.charAt(e - 1), text.charAt(e));
        if (startOk && endOk) {
          expected.add(id + "@" + s + "-" + e);
        }
      }
    }
    List<String> actual = new ArrayList<>();
    WordMatcher.build(terms).match(text, (id, s, e) -> actual.add(id + "@" + s + "-" + e));
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** The class table the matcher reads word boundaries from agrees with the normaliser's rule. */
  @Test
  void wordClassesAgreeWithSameWord() {
    char[] samples = {'a', 'Z', '1', '\u0663', '\u00e9', '\u0436', '\u4e2d', '\u30a2', ' ', '-', '_', '\u0000'};
    List<String> disagreements = new ArrayList<>();
    for (int c = 0; c < 0x10000; c++) {
      for (char s : samples) {
        if (WordMatcher.inOneWord(s, (char) c) != TextNormalizer.sameWord(s, (char) c)
            || WordMatcher.inOneWord((char) c, s) != TextNormalizer.sameWord((char) c, s)) {
          disagreements.add(Integer.toHexString(s) + "/" + Integer.toHexString(c));
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }
}
