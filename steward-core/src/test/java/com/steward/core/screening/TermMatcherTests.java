package com.steward.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
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

  /**
   * Every hit of a naive search, as {@code id@start-end}, in the order the matcher reports them:
   * by end, then longest first (own terms, then the suffixes along the output links), then, for
   * terms of the same text, the last given first.
   */
  static List<String> naive(List<String> terms, String text) {
    List<int[]> hits = new ArrayList<>();
    for (int t = 0; t < terms.size(); t++) {
      String term = terms.get(t);
      if (term.isEmpty()) {
        continue;
      }
      for (int s = text.indexOf(term); s >= 0; s = text.indexOf(term, s + 1)) {
        hits.add(new int[] {t, s, s + term.length()});
      }
    }
    hits.sort(Comparator.<int[]>comparingInt(h -> h[2]).thenComparingInt(h -> h[1]).thenComparingInt(h -> -h[0]));
    return hits.stream().map(h -> h[0] + "@" + h[1] + "-" + h[2]).toList();
  }

  static List<String> reported(TermMatcher m, String text) {
    List<String> out = new ArrayList<>();
    m.match(text, (t, s, e) -> out.add(t + "@" + s + "-" + e));
    return out;
  }

  /**
   * Outputs reached through the output links are exactly the naive hits, in the documented order,
   * over chars from several 256-char pages (and chars of no term), with duplicates and terms that
   * are suffixes or prefixes of others.
   */
  @Property(tries = 500)
  void outputLinksGiveTheNaiveHitsInOrder(
      @ForAll @Size(max = 40) List<@StringLength(min = 1, max = 7) @Chars({'a', 'b', '\u00e9', '\u0101', '\u4e2d', '\uffff'}) String> terms,
      @ForAll @StringLength(max = 80) @Chars({'a', 'b', 'z', '\u00e9', '\u0101', '\u4e2d', '\u4e2e', '\uffff', ' '}) String text) {
    List<String> dictionary = new ArrayList<>(terms);
    if (!dictionary.isEmpty()) {
      dictionary.add(dictionary.get(0)); // a duplicate: both ids report
    }
    assertThat(reported(TermMatcher.build(dictionary), text)).containsExactlyElementsOf(naive(dictionary, text));
  }

  /** A matcher over many terms (records past the first words of the index, long output chains). */
  @Test
  void agreesWithNaiveSearchOnALargeRandomDictionary() {
    var random = new Random(11);
    var terms = new ArrayList<String>();
    for (int i = 0; i < 3_000; i++) {
      var b = new StringBuilder();
      for (int k = 0, n = 1 + random.nextInt(8); k < n; k++) {
        b.append("abcd\u4e2d".charAt(random.nextInt(random.nextInt(10) == 0 ? 5 : 3)));
      }
      terms.add(random.nextInt(50) == 0 ? "" : b.toString());
    }
    var m = TermMatcher.build(terms);
    assertThat(m.termCount()).isEqualTo(3_000);
    assertThat(m.cellCount()).isGreaterThanOrEqualTo(m.nodeCount());
    for (int round = 0; round < 200; round++) {
      var text = new StringBuilder();
      for (int k = 0, n = random.nextInt(60); k < n; k++) {
        text.append("abcde\u4e2d ".charAt(random.nextInt(7)));
      }
      assertThat(reported(m, text.toString())).containsExactlyElementsOf(naive(terms, text.toString()));
    }
  }

  /** {@code matchAt} reports exactly the terms that start there, shortest first. */
  @Property(tries = 300)
  void matchAtFindsTheTermsThatStartThere(
      @ForAll @Size(max = 30) List<@StringLength(min = 1, max = 5) @Chars({'a', 'b', '\u4e2d', '\uffff'}) String> terms,
      @ForAll @StringLength(max = 30) @Chars({'a', 'b', 'c', '\u4e2d', '\uffff'}) String text) {
    var m = TermMatcher.build(terms);
    var trie = TermMatcher.trie(terms, java.util.stream.IntStream.range(0, terms.size()).map(i -> i + 100).toArray());
    for (int start = 0; start <= text.length(); start++) {
      List<String> expected = new ArrayList<>();
      for (String hit : naive(terms, text)) {
        if (hit.substring(hit.indexOf('@') + 1).startsWith(start + "-")) {
          expected.add(hit);
        }
      }
      List<String> actual = new ArrayList<>();
      m.matchAt(text, start, (t, s, e) -> actual.add(t + "@" + s + "-" + e));
      assertThat(actual).containsExactlyElementsOf(expected);
      List<String> fromTrie = new ArrayList<>();
      trie.matchAt(text, start, (t, s, e) -> fromTrie.add((t - 100) + "@" + s + "-" + e));
      assertThat(fromTrie).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aTrieWithoutFailureLinksOnlyMatchesAtAPosition() {
    var trie = TermMatcher.trie(List.of("ab"), new int[] {7});
    assertThatThrownBy(() -> trie.matches("xab")).isInstanceOf(IllegalStateException.class);
    List<String> found = new ArrayList<>();
    trie.matchAt("xab", 1, (t, s, e) -> found.add(t + "@" + s + "-" + e));
    assertThat(found).containsExactly("7@1-3");
  }

  /** Ids given with the terms are the ones reported, duplicates included. */
  @Test
  void reportsTheIdsGiven() {
    var m = TermMatcher.build(List.of("ab", "b", "ab"), new int[] {10, 20, 30});
    assertThat(reported(m, "ab")).containsExactly("30@0-2", "10@0-2", "20@1-2");
  }
}
