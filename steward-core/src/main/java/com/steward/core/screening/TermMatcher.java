package com.steward.core.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick over UTF-16 chars: finds every occurrence of every term in one pass over the
 * text, in time linear in the text plus the matches, whatever the number of terms.
 *
 * <p>Layout, chosen for speed and memory: the trie is a double array. Chars that occur in some
 * term get dense codes (the most frequent first); a transition from cell {@code s} on code
 * {@code k} is cell {@code base[s] + k}, valid when {@code check[base[s] + k] == s}. A char that
 * occurs in no term has code 0 and sends the search straight back to the root, which is most chars
 * of most titles. Terms that normalise to the same string share a cell and are chained. Immutable
 * once built: a new dictionary is a new matcher, swapped in whole.
 */
public final class TermMatcher {

  /** Receives each occurrence: term id, and the range {@code [start, end)} in the text searched. */
  @FunctionalInterface
  public interface Sink {
    void accept(int termId, int start, int end);
  }

  private static final int ROOT = 0;

  private final char[] codeOf;
  private final int[] base;
  private final int[] check;
  private final int[] fail;
  private final int[] firstTerm;
  private final int[] outputLink;
  private final int[] nextSameTerm;
  private final int[] termLength;
  private final int nodes;

  private TermMatcher(char[] codeOf, int[] base, int[] check, int[] fail, int[] firstTerm, int[] outputLink,
      int[] nextSameTerm, int[] termLength, int nodes) {
    this.codeOf = codeOf;
    this.base = base;
    this.check = check;
    this.fail = fail;
    this.firstTerm = firstTerm;
    this.outputLink = outputLink;
    this.nextSameTerm = nextSameTerm;
    this.termLength = termLength;
    this.nodes = nodes;
  }

  /** Builds the matcher; term {@code i} of the list has id {@code i}. Empty terms never match. */
  public static TermMatcher build(List<String> terms) {
    return new Builder(terms).build();
  }

  public int termCount() {
    return termLength.length;
  }

  public int nodeCount() {
    return nodes;
  }

  /** Cells of the double array, used or not: the memory the automaton takes is about 20 bytes each. */
  public int cellCount() {
    return base.length;
  }

  /** Calls {@code sink} for every occurrence of every term in {@code text}, in order of their end. */
  public void match(CharSequence text, Sink sink) {
    char[] chars = text.toString().toCharArray();
    match(chars, chars.length, sink);
  }

  /** As {@link #match(CharSequence, Sink)}, over {@code text[0, length)}. */
  public void match(char[] text, int length, Sink sink) {
    final char[] codes = codeOf;
    final int[] base = this.base;
    final int[] check = this.check;
    final int[] fail = this.fail;
    final int[] firstTerm = this.firstTerm;
    final int[] outputLink = this.outputLink;
    int state = ROOT;
    for (int i = 0; i < length; i++) {
      int code = codes[text[i]];
      if (code == 0) {
        state = ROOT;
        continue;
      }
      while (true) {
        int t = base[state] + code;
        if (check[t] == state) {
          state = t;
          break;
        }
        if (state == ROOT) {
          break;
        }
        state = fail[state];
      }
      int out = firstTerm[state] >= 0 ? state : outputLink[state];
      while (out > 0) {
        for (int t = firstTerm[out]; t >= 0; t = nextSameTerm[t]) {
          sink.accept(t, i + 1 - termLength[t], i + 1);
        }
        out = outputLink[out];
      }
    }
  }

  /**
   * Calls {@code sink} for every term that occurs in {@code text} starting exactly at
   * {@code start}: a walk down the trie from the root, without failure links.
   */
  public void matchAt(CharSequence text, int start, Sink sink) {
    char[] chars = text.toString().toCharArray();
    matchAt(chars, chars.length, start, sink);
  }

  /** As {@link #matchAt(CharSequence, int, Sink)}, over {@code text[0, length)}. */
  public void matchAt(char[] text, int length, int start, Sink sink) {
    int state = ROOT;
    for (int i = start; i < length; i++) {
      int code = codeOf[text[i]];
      if (code == 0) {
        return;
      }
      int t = base[state] + code;
      if (check[t] != state) {
        return;
      }
      state = t;
      for (int term = firstTerm[state]; term >= 0; term = nextSameTerm[term]) {
        sink.accept(term, start, i + 1);
      }
    }
  }

  /** The occurrences as {@code {termId, start, end}} triples, for tests and small texts. */
  public List<int[]> matches(CharSequence text) {
    List<int[]> out = new ArrayList<>();
    match(text, (t, s, e) -> out.add(new int[] {t, s, e}));
    return out;
  }

  /** Builds the breadth-first layout from the terms sorted, then the failure and output links. */
  private static final class Builder {
    private final List<String> terms;
    // depth-first trie, as built from the sorted terms
    private int[] firstChild = new int[1024];
    private int[] nextSibling = new int[1024];
    private int[] lastChild = new int[1024];
    private char[] dfsLabel = new char[1024];
    private int[] dfsTerm = new int[1024];
    private int size = 1;

    Builder(List<String> terms) {
      this.terms = terms;
    }

    TermMatcher build() {
      int[] nextSameTerm = new int[terms.size()];
      int[] termLength = new int[terms.size()];
      Arrays.fill(nextSameTerm, -1);
      Arrays.fill(firstChild, -1);
      Arrays.fill(nextSibling, -1);
      Arrays.fill(lastChild, -1);
      Arrays.fill(dfsTerm, -1);
      Integer[] order = new Integer[terms.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
        termLength[i] = terms.get(i).length();
      }
      Arrays.sort(order, (a, b) -> terms.get(a).compareTo(terms.get(b)));
      int[] path = new int[64];
      String previous = "";
      for (int id : order) {
        String term = terms.get(id);
        if (term.isEmpty()) {
          continue;
        }
        int common = commonPrefix(previous, term);
        if (path.length <= term.length()) {
          path = Arrays.copyOf(path, term.length() * 2 + 1);
        }
        int node = common == 0 ? ROOT : path[common - 1];
        for (int k = common; k < term.length(); k++) {
          node = newChild(node, term.charAt(k));
          path[k] = node;
        }
        int end = path[term.length() - 1];
        if (dfsTerm[end] >= 0) {
          nextSameTerm[id] = dfsTerm[end];
        }
        dfsTerm[end] = id;
        previous = term;
      }
      return layOut(nextSameTerm, termLength);
    }

    private static int commonPrefix(String a, String b) {
      int n = Math.min(a.length(), b.length());
      int i = 0;
      while (i < n && a.charAt(i) == b.charAt(i)) {
        i++;
      }
      return i;
    }

    private int newChild(int parent, char c) {
      if (size == firstChild.length) {
        int cap = size * 2;
        firstChild = grow(firstChild, cap);
        nextSibling = grow(nextSibling, cap);
        lastChild = grow(lastChild, cap);
        dfsTerm = grow(dfsTerm, cap);
        dfsLabel = Arrays.copyOf(dfsLabel, cap);
      }
      int node = size++;
      dfsLabel[node] = c;
      if (lastChild[parent] < 0) {
        firstChild[parent] = node;
      } else {
        nextSibling[lastChild[parent]] = node;
      }
      lastChild[parent] = node;
      return node;
    }

    private static int[] grow(int[] a, int cap) {
      int old = a.length;
      int[] b = Arrays.copyOf(a, cap);
      Arrays.fill(b, old, cap, -1);
      return b;
    }

    private TermMatcher layOut(int[] nextSameTerm, int[] termLength) {
      char[] codeOf = codes();
      int alphabet = 0;
      for (char c : codeOf) {
        alphabet = Math.max(alphabet, c);
      }
      var da = new DoubleArray(size, alphabet);
      // breadth-first over the depth-first trie, placing each node's children in the double array
      int[] queue = new int[size];
      int[] cellOf = new int[size];
      int head = 0;
      int tail = 0;
      queue[tail++] = ROOT;
      cellOf[ROOT] = ROOT;
      int[] childCodes = new int[16];
      int[] children = new int[16];
      while (head < tail) {
        int d = queue[head++];
        int count = 0;
        for (int c = firstChild[d]; c >= 0; c = nextSibling[c]) {
          if (count == children.length) {
            children = Arrays.copyOf(children, count * 2);
            childCodes = Arrays.copyOf(childCodes, count * 2);
          }
          children[count] = c;
          childCodes[count] = codeOf[dfsLabel[c]];
          count++;
        }
        da.firstTerm(cellOf[d], dfsTerm[d]);
        if (count == 0) {
          continue;
        }
        sortByCode(children, childCodes, count);
        int b = da.place(cellOf[d], childCodes, count);
        for (int k = 0; k < count; k++) {
          cellOf[children[k]] = b + childCodes[k];
          queue[tail++] = children[k];
        }
      }
      int[] fail = new int[da.length()];
      int[] outputLink = new int[da.length()];
      int[] base = da.base();
      int[] check = da.check();
      int[] firstTerm = da.firstTerms();
      // failure links in breadth-first order: a node's failure target is shallower, so final already
      for (int q = 1; q < tail; q++) {
        int d = queue[q];
        int v = cellOf[d];
        int u = check[v];
        int code = v - base[u];
        int f = ROOT;
        if (u != ROOT) {
          int s = fail[u];
          while (true) {
            int t = base[s] + code;
            if (check[t] == s) {
              f = t;
              break;
            }
            if (s == ROOT) {
              break;
            }
            s = fail[s];
          }
        }
        fail[v] = f;
        outputLink[v] = firstTerm[f] >= 0 ? f : outputLink[f];
      }
      firstChild = nextSibling = lastChild = dfsTerm = null;
      return new TermMatcher(codeOf, base, check, fail, firstTerm, outputLink, nextSameTerm, termLength, size);
    }

    /** Codes 1..n for the chars of the terms, the most frequent first; 0 for every other char. */
    private char[] codes() {
      int[] freq = new int[0x10000];
      for (int node = 1; node < size; node++) {
        freq[dfsLabel[node]]++;
      }
      Integer[] used = java.util.stream.IntStream.range(0, 0x10000).filter(c -> freq[c] > 0).boxed()
          .toArray(Integer[]::new);
      Arrays.sort(used, (a, b) -> Integer.compare(freq[b], freq[a]));
      char[] codeOf = new char[0x10000];
      for (int i = 0; i < used.length; i++) {
        codeOf[used[i]] = (char) (i + 1);
      }
      return codeOf;
    }

    private static void sortByCode(int[] children, int[] codes, int n) {
      for (int i = 1; i < n; i++) {
        int c = children[i];
        int k = codes[i];
        int j = i - 1;
        while (j >= 0 && codes[j] > k) {
          children[j + 1] = children[j];
          codes[j + 1] = codes[j];
          j--;
        }
        children[j + 1] = c;
        codes[j + 1] = k;
      }
    }
  }
}
