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
 * found by a short walk down a trie (no failure links) at each word start, never by following
 * suffixes through the middle of words. The other terms (Chinese names, terms that begin with
 * punctuation) go through a full Aho-Corasick automaton. Both report the ids of the list given to
 * {@link #build} directly.
 *
 * <p>Whether a hit may end at {@code e} depends only on the text: if the term's last char is not
 * a spaced word char, {@code text[e - 1]} is not one either and {@code sameWord} is false there.
 */
public final class WordMatcher {

  /**
   * Per char, what word boundaries need: 0 if it is no spaced word char, else 1 + whether it is a
   * letter; two chars are in one word ({@link TextNormalizer#sameWord}) when their classes are
   * equal and not 0.
   */
  private static final byte[] WORD_CLASS = wordClasses();

  private final TermMatcher anchored;
  private final TermMatcher floating;

  private WordMatcher(List<String> terms) {
    List<String> a = new ArrayList<>();
    List<String> f = new ArrayList<>();
    int[] aIds = new int[terms.size()];
    int[] fIds = new int[terms.size()];
    for (int id = 0; id < terms.size(); id++) {
      String t = terms.get(id);
      if (t.isEmpty()) {
        continue;
      }
      if (TextNormalizer.isSpacedWordChar(t.charAt(0))) {
        aIds[a.size()] = id;
        a.add(t);
      } else {
        fIds[f.size()] = id;
        f.add(t);
      }
    }
    anchored = TermMatcher.trie(a, aIds);
    floating = TermMatcher.build(f, fIds);
  }

  /** Terms already normalised with {@link TextNormalizer}. */
  public static WordMatcher build(List<String> normalisedTerms) {
    return new WordMatcher(normalisedTerms);
  }

  private static byte[] wordClasses() {
    byte[] classes = new byte[0x10000];
    for (int c = 0; c < 0x10000; c++) {
      char ch = (char) c;
      if (TextNormalizer.isSpacedWordChar(ch)) {
        classes[c] = (byte) (TextNormalizer.sameWord('a', ch) ? 2 : 1);
      }
    }
    return classes;
  }

  /**
   * Calls {@code sink} for every occurrence that respects word boundaries: one pass that walks the
   * trie at each word start and steps the automaton of the other terms, which stays at its root,
   * untouched, over the chars of spaced words (none of its terms begins with one).
   */
  public void match(String text, TermMatcher.Sink sink) {
    char[] cs = text.toCharArray();
    int n = cs.length;
    final byte[] wordClass = WORD_CLASS;
    final TermMatcher floating = this.floating;
    final int[] pageOf = floating.pageOf;
    final int[] codes = floating.codes;
    final int[] cells = floating.cells;
    final int rootBase = cells[0];
    int previous = 0;
    int p = 0;
    int base = rootBase;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      int cls = wordClass[c];
      if (cls != previous) {
        if (cls != 0) {
          walk(cs, n, i, sink);
        }
        previous = cls;
      }
      if (p == 0 && cls != 0) {
        continue;
      }
      int k = codes[pageOf[c >>> 8] + (c & 0xff)];
      if (k <= 0) {
        if (k == 0 || p == 0) {
          p = 0;
          base = rootBase;
          continue;
        }
        k = -k;
      }
      while (true) {
        int t = (base & TermMatcher.BASE_BITS) + k;
        if (cells[t + DoubleArray.CHECK] == p) {
          p = t;
          base = cells[t];
          break;
        }
        if (p == 0) {
          break;
        }
        p = cells[p + DoubleArray.FAIL];
        base = cells[p];
      }
      if (base < 0 && endsWord(cs, n, i + 1)) {
        floating.emit(p, i + 1, sink);
      }
    }
  }

  /** {@link TextNormalizer#sameWord}, from the class table. */
  static boolean inOneWord(char a, char b) {
    int ca = WORD_CLASS[a];
    return ca != 0 && ca == WORD_CLASS[b];
  }

  private static boolean endsWord(char[] cs, int n, int e) {
    return e == n || !inOneWord(cs[e - 1], cs[e]);
  }

  /** The anchored terms that start at {@code start} and end on a word boundary. */
  private void walk(char[] text, int n, int start, TermMatcher.Sink sink) {
    final TermMatcher trie = anchored;
    final int[] pageOf = trie.pageOf;
    final int[] codes = trie.codes;
    final int[] cells = trie.cells;
    int p = 0;
    int base = cells[0];
    for (int i = start; i < n; i++) {
      char c = text[i];
      int k = codes[pageOf[c >>> 8] + (c & 0xff)];
      if (k <= 0) {
        if (k == 0 || p == 0) {
          return;
        }
        k = -k;
      }
      int t = (base & TermMatcher.BASE_BITS) + k;
      if (cells[t + DoubleArray.CHECK] != p) {
        return;
      }
      p = t;
      base = cells[t];
      if (base < 0 && endsWord(text, n, i + 1)) {
        trie.emitOwn(p, start, i + 1, sink);
      }
    }
  }
}
