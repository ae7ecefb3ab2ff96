package com.steward.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

class TermMatcherTests {

  static List<String> found(TermMatcher m, List<String> terms, String text) {
    List<String> out = new ArrayList<>();
    m.match(text, (t, s, e) -> out.add(terms.get(t) + "@" + s + "-" + e));
    return out;
  }

  @Test
  void findsOverlappingAndNestedTerms() {
    var terms = List.of("he", "she", "his", "hers", "耐克", "耐克鞋");
    var m = TermMatcher.build(terms);
    assertThat(found(m, terms, "ushers")).containsExactly("she@1-4", "he@2-4", "hers@2-6");
    assertThat(found(m, terms, "正品耐克鞋")).containsExactlyInAnyOrder("耐克@2-4", "耐克鞋@2-5");
  }

  @Test
  void termsWithTheSameTextAllReport() {
    var terms = List.of("nike", "puma", "nike");
    var m = TermMatcher.build(terms);
    assertThat(found(m, terms, "a nike")).containsExactlyInAnyOrder("nike@2-6", "nike@2-6");
    assertThat(m.matches("a nike").stream().map(r -> r[0]).toList()).containsExactlyInAnyOrder(0, 2);
  }

  @Test
  void emptyDictionaryAndEmptyTermsMatchNothing() {
    assertThat(TermMatcher.build(List.of()).matches("anything")).isEmpty();
    assertThat(TermMatcher.build(List.of("")).matches("anything")).isEmpty();
  }

  @Test
  void wideFanOutUsesBinarySearchCorrectly() {
    var terms = new ArrayList<String>();
    for (char c = 'a'; c <= 'z'; c++) {
      terms.add("x" + c);
    }
    var m = TermMatcher.build(terms);
    assertThat(found(m, terms, "xq xz xa")).containsExactly("xq@0-2", "xz@3-5", "xa@6-8");
  }

  /** Same answers as the obvious quadratic search, on random dictionaries over a small alphabet. */
  @Property(tries = 300)
  void agreesWithNaiveSearch(@ForAll @Size(max = 30) List<@StringLength(min = 1, max = 6) @CharRange(from = 'a', to = 'd') String> terms,
      @ForAll @StringLength(max = 60) @CharRange(from = 'a', to = 'e') String text) {
    var m = TermMatcher.build(terms);
    List<String> expected = new ArrayList<>();
    for (int end = 1; end <= text.length(); end++) {
      for (int t = 0; t < terms.size(); t++) {
        String term = terms.get(t);
        if (end >= term.length() && text.startsWith(term, end - term.length())) {
          expected.add(t + "@" + (end - term.length()));
        }
      }
    }
    List<String> actual = new ArrayList<>();
    m.match(text, (t, s, e) -> actual.add(t + "@" + s));
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void buildsTenThousandRandomTerms() {
    var random = new Random(7);
    var terms = new ArrayList<String>();
    for (int i = 0; i < 10_000; i++) {
      var b = new StringBuilder();
      for (int k = 0; k < 3 + random.nextInt(10); k++) {
        b.append((char) ('a' + random.nextInt(26)));
      }
      terms.add(b.toString());
    }
    var m = TermMatcher.build(terms);
    String probe = "zz " + terms.get(1234) + " zz";
    assertThat(m.matches(probe).stream().map(r -> r[0]).toList()).contains(1234);
  }
}
