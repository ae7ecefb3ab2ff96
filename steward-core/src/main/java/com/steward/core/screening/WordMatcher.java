package com.steward.core.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches normalised terms in normalised text with word semantics: a term that begins or ends
 * with a letter or digit of a spaced script must begin or end on a word boundary there
 * ({@code nike} matches "nike air", not "nikelodeon"); Chinese and Japanese have no spaces, so
 * there a term may stand anywhere. A letter next to a digit is a boundary too ({@code nike2019},
 * see {@link TextNormalizer#sameWord}).
 *
 * <p>Terms that begin with a spaced word char can only start where a word starts, so they are
 * found by a short walk down a trie at each word start, never by following suffixes through the
 * middle of words. The other terms (Chinese names, terms that begin with punctuation) go through a
 * full Aho-Corasick automaton. Ids are the positions in the list given to {@link #build}.
 */
public final class WordMatcher {

  private final TermMatcher anchored;
  private final int[] anchoredIds;
  private final TermMatcher floating;
  private final int[] floatingIds;
  private final boolean[] wordAtEnd;

  private WordMatcher(List<String> terms) {
    List<String> a = new ArrayList<>();
    List<String> f = new ArrayList<>();
    List<Integer> aIds = new ArrayList<>();
    List<Integer> fIds = new ArrayList<>();
    wordAtEnd = new boolean[terms.size()];
    for (int id = 0; id < terms.size(); id++) {
      String t = terms.get(id);
      if (t.isEmpty()) {
        continue;
      }
      wordAtEnd[id] = TextNormalizer.isSpacedWordChar(t.charAt(t.length() - 1));
      if (TextNormalizer.isSpacedWordChar(t.charAt(0))) {
        a.add(t);
        aIds.add(id);
      } else {
        f.add(t);
        fIds.add(id);
      }
    }
    anchored = TermMatcher.build(a);
    anchoredIds = aIds.stream().mapToInt(Integer::intValue).toArray();
    floating = TermMatcher.build(f);
    floatingIds = fIds.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Terms already normalised with {@link TextNormalizer}. */
  public static WordMatcher build(List<String> normalisedTerms) {
    return new WordMatcher(normalisedTerms);
  }

  /** Calls {@code sink} for every occurrence that respects word boundaries. */
  public void match(String text, TermMatcher.Sink sink) {
    char[] cs = text.toCharArray();
    int n = cs.length;
    TermMatcher.Sink anchoredSink = (t, s, e) -> {
      int id = anchoredIds[t];
      if (!wordAtEnd[id] || e == n || !TextNormalizer.sameWord(cs[e - 1], cs[e])) {
        sink.accept(id, s, e);
      }
    };
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (TextNormalizer.isSpacedWordChar(c) && (i == 0 || !TextNormalizer.sameWord(cs[i - 1], c))) {
        anchored.matchAt(cs, n, i, anchoredSink);
      }
    }
    if (floatingIds.length > 0) {
      floating.match(cs, n, (t, s, e) -> {
        int id = floatingIds[t];
        if (!wordAtEnd[id] || e == n || !TextNormalizer.sameWord(cs[e - 1], cs[e])) {
          sink.accept(id, s, e);
        }
      });
    }
  }
}
