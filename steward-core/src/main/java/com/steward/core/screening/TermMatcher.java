package com.steward.core.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick over UTF-16 chars: finds every occurrence of every term in one pass over the
 * text, in time linear in the text plus the matches, whatever the number of terms.
 *
 * <p>Layout, chosen for memory and cache: nodes are numbered in breadth-first order, so the
 * children of a node are consecutive ids {@code [childBase[n], childBase[n + 1])}, sorted by
 * label, and need no edge arrays of their own; the root's transitions are a direct table over all
 * 65,536 chars, since most chars of a title leave the root at once. Terms that normalise to the
 * same string share a node and are chained. Immutable once built: a new dictionary is a new
 * matcher, swapped in whole.
 */
public final class TermMatcher {

  /** Receives each occurrence: term id, and the range {@code [start, end)} in the text searched. */
  @FunctionalInterface
  public interface Sink {
    void accept(int termId, int start, int end);
  }

  private static final int ROOT = 0;
  private static final int LINEAR_SCAN = 8;

  private final int[] rootNext;
  private final int[] childBase;
  private final char[] label;
  private final int[] fail;
  private final int[] firstTerm;
  private final int[] outputLink;
  private final int[] nextSameTerm;
  private final int[] termLength;

  private TermMatcher(int[] rootNext, int[] childBase, char[] label, int[] fail, int[] firstTerm, int[] outputLink,
      int[] nextSameTerm, int[] termLength) {
    this.rootNext = rootNext;
    this.childBase = childBase;
    this.label = label;
    this.fail = fail;
    this.firstTerm = firstTerm;
    this.outputLink = outputLink;
    this.nextSameTerm = nextSameTerm;
    this.termLength = termLength;
  }

  /** Builds the matcher; term {@code i} of the list has id {@code i}. Empty terms never match. */
  public static TermMatcher build(List<String> terms) {
    return new Builder(terms).build();
  }

  public int termCount() {
    return termLength.length;
  }

  public int nodeCount() {
    return label.length;
  }

  /** Calls {@code sink} for every occurrence of every term in {@code text}, in order of their end. */
  public void match(CharSequence text, Sink sink) {
    int state = ROOT;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int next;
      while ((next = child(state, c)) < 0 && state != ROOT) {
        state = fail[state];
      }
      state = next < 0 ? ROOT : next;
      for (int out = firstTerm[state] >= 0 ? state : outputLink[state]; out > 0; out = outputLink[out]) {
        for (int t = firstTerm[out]; t >= 0; t = nextSameTerm[t]) {
          sink.accept(t, i + 1 - termLength[t], i + 1);
        }
      }
    }
  }

  /** The occurrences as {@code {termId, start, end}} triples, for tests and small texts. */
  public List<int[]> matches(CharSequence text) {
    List<int[]> out = new ArrayList<>();
    match(text, (t, s, e) -> out.add(new int[] {t, s, e}));
    return out;
  }

  private int child(int node, char c) {
    if (node == ROOT) {
      return rootNext[c];
    }
    int lo = childBase[node];
    int hi = childBase[node + 1];
    if (hi - lo <= LINEAR_SCAN) {
      for (int k = lo; k < hi; k++) {
        if (label[k] == c) {
          return k;
        }
      }
      return -1;
    }
    hi--;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = label[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
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
      int n = size;
      int[] bfsOf = new int[n];
      int[] dfsOf = new int[n];
      int[] childBase = new int[n + 1];
      char[] label = new char[n];
      int[] firstTerm = new int[n];
      int next = 1;
      for (int b = 0; b < n; b++) {
        int d = b == 0 ? ROOT : dfsOf[b];
        childBase[b] = next;
        for (int c = firstChild[d]; c >= 0; c = nextSibling[c]) {
          bfsOf[c] = next;
          dfsOf[next] = c;
          label[next] = dfsLabel[c];
          next++;
        }
        firstTerm[b] = dfsTerm[d];
      }
      childBase[n] = next;
      firstChild = nextSibling = lastChild = dfsTerm = null;
      int[] rootNext = new int[0x10000];
      Arrays.fill(rootNext, -1);
      for (int k = childBase[ROOT]; k < childBase[ROOT + 1]; k++) {
        rootNext[label[k]] = k;
      }
      int[] fail = new int[n];
      int[] outputLink = new int[n];
      TermMatcher partial = new TermMatcher(rootNext, childBase, label, fail, firstTerm, outputLink, nextSameTerm,
          termLength);
      // breadth-first order: a node's failure target always has a smaller id, so it is final already
      for (int u = 0; u < n; u++) {
        for (int v = childBase[u]; v < childBase[u + 1]; v++) {
          int f = ROOT;
          if (u != ROOT) {
            int s = fail[u];
            int t;
            while ((t = partial.child(s, label[v])) < 0 && s != ROOT) {
              s = fail[s];
            }
            f = t < 0 ? ROOT : t;
          }
          fail[v] = f;
          outputLink[v] = firstTerm[f] >= 0 ? f : outputLink[f];
        }
      }
      return partial;
    }
  }
}
