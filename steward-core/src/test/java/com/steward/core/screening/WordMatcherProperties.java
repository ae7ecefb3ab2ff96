package com.steward.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * The word matcher finds exactly the substring hits that respect word boundaries (spaces,
 * punctuation, CJK, and the step between letters and digits).
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
          expected.add(id + "@" + s);
        }
      }
    }
    List<String> actual = new ArrayList<>();
    WordMatcher.build(terms).match(t, (id, s, e) -> actual.add(id + "@" + s));
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }
}
