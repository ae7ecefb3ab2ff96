package com.steward.core.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick over UTF-16 chars: finds every occurrence of every term in one pass over the
 * text, in time linear in the text plus the matches, whatever the number of terms.
 *
 * <p>Layout, chosen for speed and memory:
 *
 * <ul>
 *   <li>Chars that occur in some term get dense codes, the most frequent first, through a table of
 *       256-char pages in which pages without such chars share one page of zeros. A char that
 *       occurs in no term has code 0 and sends the search straight back to the root; a char that
 *       begins no term has its code negated, so the root skips it without a look at the trie.
 *   <li>The trie is a double array whose cells are interleaved, three ints each (two for a trie
 *       without failure links): base, check and failure link, so that a transition and the next
 *       one's base are one read of memory. Bases, checks and links are positions in that int
 *       array, and the codes in the table are already multiplied by the cell size: a transition
 *       from position {@code p} on code {@code k} is {@code base(p) + k}, valid when the check
 *       there is {@code p}. Nodes are placed breadth first, so the shallow states, where
 *       failure links lead, stay together.
 *   <li>A state with output (terms of its own, or a suffix that is a term) has the sign bit of its
 *       base set, so the search tests for output with the read it makes anyway. Only those states
 *       have output records, numbered through one long per 32 cells (a bit per cell, and the
 *       number of records before). A record holds the state's term (or where its several terms
 *       are listed), their length, and an output link to the record of the longest proper suffix
 *       that has terms of its own: suffix outputs are shared along the links, never copied.
 * </ul>
 *
 * Terms that normalise to the same string share a state. Immutable once built: a new dictionary
 * is a new matcher, swapped in whole.
 */
public final class TermMatcher {

  /** Receives each occurrence: term id, and the range {@code [start, end)} in the text searched. */
  @FunctionalInterface
  public interface Sink {
    void accept(int termId, int start, int end);
  }

  private static final int ROOT = 0;
  private static final int FULL = 3;
  private static final int TRIE = 2;
  static final int BASE_BITS = Integer.MAX_VALUE;
  /** A record's fields: its term, the length of its terms, its output link (a record, or -1). */
  private static final int TERM = 0;
  private static final int LENGTH = 1;
  private static final int LINK = 2;
  /** The term field of a record without terms of its own (an output link only). */
  private static final int NONE = -1;

  /** Ints per cell: {@link #FULL} with failure links, {@link #TRIE} without. */
  final int stride;
  /** For each 256-char page, where its codes start in {@link #codes}; 0 for the page of zeros. */
  final int[] pageOf;
  /** Codes times the stride; negated for a char that begins no term. */
  final int[] codes;
  /** Per cell: base (sign bit: has output), check, failure link; as positions in this array. */
  final int[] cells;
  /** Per 32 cells: the number of output records before them (high half), a bit per cell (low). */
  private final long[] recordIndex;
  /**
   * Per output record, one int without failure links ({@link #TERM}), three with. The term field
   * is the one term's id, {@link #NONE}, or for several terms {@code -2 - o}, where
   * {@code several[o]} is their count and their ids follow.
   */
  private final int[] records;
  private final int[] several;
  private final int termCount;
  private final int nodes;

  private TermMatcher(int stride, int[] pageOf, int[] codes, int[] cells, long[] recordIndex, int[] records,
      int[] several, int termCount, int nodes) {
    this.stride = stride;
    this.pageOf = pageOf;
    this.codes = codes;
    this.cells = cells;
    this.recordIndex = recordIndex;
    this.records = records;
    this.several = several;
    this.termCount = termCount;
    this.nodes = nodes;
  }

  /** Builds the matcher; term {@code i} of the list has id {@code i}. Empty terms never match. */
  public static TermMatcher build(List<String> terms) {
    return new Builder(terms, null, true).build();
  }

  /** As {@link #build}, with term {@code i} of the list reported as {@code ids[i]}. */
  static TermMatcher build(List<String> terms, int[] ids) {
    return new Builder(terms, ids, true).build();
  }

  /**
   * A trie only, for {@link #matchAt}: no failure or output links ({@link #match} refuses). Term
   * {@code i} of the list is reported as {@code ids[i]}.
   */
  static TermMatcher trie(List<String> terms, int[] ids) {
    return new Builder(terms, ids, false).build();
  }

  public int termCount() {
    return termCount;
  }

  public int nodeCount() {
    return nodes;
  }

  /**
   * Cells of the double array, used or not: the automaton takes 12 bytes each (8 for a trie
   * without failure links), plus 12 bytes for each state with output.
   */
  public int cellCount() {
    return cells.length / stride;
  }

  /** Calls {@code sink} for every occurrence of every term in {@code text}, in order of their end. */
  public void match(CharSequence text, Sink sink) {
    char[] chars = text.toString().toCharArray();
    match(chars, chars.length, sink);
  }

  /** As {@link #match(CharSequence, Sink)}, over {@code text[0, length)}. */
  public void match(char[] text, int length, Sink sink) {
    if (stride != FULL) {
      throw new IllegalStateException("a trie without failure links only matches at a position");
    }
    final int[] pageOf = this.pageOf;
    final int[] codes = this.codes;
    final int[] cells = this.cells;
    final int rootBase = cells[ROOT];
    int p = ROOT;
    int base = rootBase; // the base of p, kept so that each step reads memory once
    for (int i = 0; i < length; i++) {
      char c = text[i];
      int k = codes[pageOf[c >>> 8] + (c & 0xff)];
      if (k <= 0) {
        if (k == 0) {
          p = ROOT;
          base = rootBase;
          continue;
        }
        if (p == ROOT) {
          continue;
        }
        k = -k;
      }
      while (true) {
        int t = (base & BASE_BITS) + k;
        if (cells[t + DoubleArray.CHECK] == p) {
          p = t;
          base = cells[t];
          break;
        }
        if (p == ROOT) {
          break;
        }
        p = cells[p + DoubleArray.FAIL];
        base = cells[p];
      }
      if (base < 0) {
        emit(p, i + 1, sink);
      }
    }
  }

  /**
   * Every term ending at {@code end} in state {@code p}, which has output: its own, then its
   * suffixes' along the output links.
   */
  void emit(int p, int end, Sink sink) {
    final int[] records = this.records;
    int r = record(p);
    do {
      int term = records[r + TERM];
      if (term != NONE) {
        emitTerms(term, end - records[r + LENGTH], end, sink);
      }
      r = records[r + LINK];
    } while (r >= 0);
  }

  private void emitTerms(int term, int start, int end, Sink sink) {
    if (term >= 0) {
      sink.accept(term, start, end);
    } else {
      int o = -2 - term;
      for (int j = o + 1, to = o + 1 + several[o]; j < to; j++) {
        sink.accept(several[j], start, end);
      }
    }
  }

  /** Where in {@link #records} the record of the state at position {@code p}, which has one, is. */
  int record(int p) {
    int cell = stride == FULL ? p / FULL : p >>> 1;
    long word = recordIndex[cell >>> 5];
    int r = (int) (word >>> 32) + Integer.bitCount((int) word & ((1 << cell) - 1));
    return stride == FULL ? r * 3 : r;
  }

  /** The terms of the state at position {@code p} itself (not its suffixes'), as found from {@code start}. */
  void emitOwn(int p, int start, int end, Sink sink) {
    int term = records[record(p) + TERM];
    if (term != NONE) {
      emitTerms(term, start, end, sink);
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
    final int[] pageOf = this.pageOf;
    final int[] codes = this.codes;
    final int[] cells = this.cells;
    int p = ROOT;
    int base = cells[ROOT];
    for (int i = start; i < length; i++) {
      char c = text[i];
      int k = codes[pageOf[c >>> 8] + (c & 0xff)];
      if (k <= 0) {
        if (k == 0 || p == ROOT) {
          return;
        }
        k = -k;
      }
      int t = (base & BASE_BITS) + k;
      if (cells[t + DoubleArray.CHECK] != p) {
        return;
      }
      p = t;
      base = cells[t];
      if (base < 0) {
        emitOwn(p, start, i + 1, sink);
      }
    }
  }

  /** The occurrences as {@code {termId, start, end}} triples, for tests and small texts. */
  public List<int[]> matches(CharSequence text) {
    List<int[]> out = new ArrayList<>();
    match(text, (t, s, e) -> out.add(new int[] {t, s, e}));
    return out;
  }

  /**
   * Builds a trie from the terms sorted, lays it out breadth first in the double array, then adds
   * the failure links and the output records. Everything but the final arrays is dropped when it
   * returns.
   */
  private static final class Builder {
    private final List<String> terms;
    private final int[] reportedIds;
    private final boolean links;
    private final int stride;
    // the trie as built from the sorted terms: first child, next sibling, label
    private int[] firstChild = new int[1024];
    private int[] nextSibling = new int[1024];
    private int[] lastChild = new int[1024];
    private char[] label = new char[1024];
    /** Per node: where its terms start in {@link #sorted}, or -1. */
    private int[] nodeTerms = new int[1024];
    private int size = 1;
    /** Indices of the non-empty terms, sorted by text (ties by index). */
    private int[] sorted;

    Builder(List<String> terms, int[] reportedIds, boolean links) {
      this.terms = terms;
      this.reportedIds = reportedIds;
      this.links = links;
      this.stride = links ? FULL : TRIE;
    }

    TermMatcher build() {
      Arrays.fill(firstChild, -1);
      Arrays.fill(nextSibling, -1);
      Arrays.fill(lastChild, -1);
      Arrays.fill(nodeTerms, -1);
      sortTerms();
      int[] path = new int[64];
      String previous = "";
      for (int pos = 0; pos < sorted.length; pos++) {
        String term = terms.get(sorted[pos]);
        if (term.equals(previous)) {
          continue; // the same node as the previous term: one group
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
        nodeTerms[path[term.length() - 1]] = pos;
        previous = term;
      }
      lastChild = null;
      return layOut();
    }

    private void sortTerms() {
      int count = 0;
      for (String t : terms) {
        if (!t.isEmpty()) {
          count++;
        }
      }
      String[] texts = new String[count];
      sorted = new int[count];
      int n = 0;
      for (int i = 0; i < terms.size(); i++) {
        String t = terms.get(i);
        if (!t.isEmpty()) {
          texts[n] = t;
          sorted[n++] = i;
        }
      }
      sort(texts, sorted, 0, count, 0);
      // equal terms by index, so that a group lists them in the order given
      for (int i = 0; i < count; ) {
        int j = i + 1;
        while (j < count && texts[j].equals(texts[i])) {
          j++;
        }
        if (j - i > 1) {
          Arrays.sort(sorted, i, j);
        }
        i = j;
      }
    }

    /**
     * Three-way radix quicksort of {@code texts[from, to)}, which agree on their first
     * {@code depth} chars, carrying {@code ids} along: each char of a shared prefix is compared
     * about once, not once per comparison as in a comparison sort.
     */
    private static void sort(String[] texts, int[] ids, int from, int to, int depth) {
      while (to - from > 1) {
        if (to - from < 12) {
          insertionSort(texts, ids, from, to);
          return;
        }
        int pivot = charAt(texts[(from + to) >>> 1], depth);
        int lt = from;
        int gt = to - 1;
        int i = from;
        while (i <= gt) {
          int c = charAt(texts[i], depth);
          if (c < pivot) {
            swap(texts, ids, lt++, i++);
          } else if (c > pivot) {
            swap(texts, ids, i, gt--);
          } else {
            i++;
          }
        }
        sort(texts, ids, from, lt, depth);
        sort(texts, ids, gt + 1, to, depth);
        if (pivot < 0) {
          return; // texts[lt, gt] end here: all equal
        }
        from = lt;
        to = gt + 1;
        depth++;
      }
    }

    private static void insertionSort(String[] texts, int[] ids, int from, int to) {
      for (int i = from + 1; i < to; i++) {
        for (int j = i; j > from && texts[j].compareTo(texts[j - 1]) < 0; j--) {
          swap(texts, ids, j, j - 1);
        }
      }
    }

    private static int charAt(String s, int depth) {
      return depth < s.length() ? s.charAt(depth) : -1;
    }

    private static void swap(String[] texts, int[] ids, int i, int j) {
      String t = texts[i];
      texts[i] = texts[j];
      texts[j] = t;
      int k = ids[i];
      ids[i] = ids[j];
      ids[j] = k;
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
        nodeTerms = grow(nodeTerms, cap);
        label = Arrays.copyOf(label, cap);
      }
      int node = size++;
      label[node] = c;
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

    private TermMatcher layOut() {
      char[] codeOf = codeOf();
      int alphabet = 0;
      for (char c : codeOf) {
        alphabet = Math.max(alphabet, c);
      }
      int[] cellOf = new int[size];
      int[] queue = new int[size]; // the nodes in breadth-first order, for the failure links too
      DoubleArray da = place(codeOf, alphabet, cellOf, queue);
      int len = da.length();
      int tail = size;
      boolean[] starts = new boolean[0x10000];
      for (int c = firstChild[ROOT]; c >= 0; c = nextSibling[c]) {
        starts[label[c]] = true;
      }
      firstChild = nextSibling = null;
      label = null;
      // per cell: where its terms start in sorted, or -1
      int[] cellTerms = new int[len];
      Arrays.fill(cellTerms, -1);
      for (int d = 0; d < size; d++) {
        cellTerms[cellOf[d]] = nodeTerms[d];
      }
      nodeTerms = null;
      // per cell: the nearest proper suffix with terms of its own (its output link), or -1
      int[] suffixOut = links ? new int[len] : null;
      long[] index = new long[(len + 31) >>> 5];
      for (int q = 1; q < tail; q++) {
        int v = cellOf[queue[q]];
        boolean out = cellTerms[v] >= 0;
        if (links) {
          int f = failure(da, v, len);
          da.fail(v, f);
          suffixOut[v] = cellTerms[f] >= 0 ? f : f == ROOT ? -1 : suffixOut[f];
          out |= suffixOut[v] >= 0;
        }
        if (out) {
          index[v >>> 5] |= 1L << (v & 31);
        }
      }
      queue = null;
      int count = 0;
      for (int w = 0; w < index.length; w++) {
        index[w] |= (long) count << 32;
        count += Long.bitCount(index[w] & 0xffffffffL);
      }
      int width = links ? 3 : 1;
      int[] records = new int[count * width];
      int[] several = new int[16];
      int used = 0;
      int r = 0;
      for (int w = 0; w < index.length; w++) {
        for (long bits = index[w] & 0xffffffffL; bits != 0; bits &= bits - 1) {
          int v = (w << 5) + Long.numberOfTrailingZeros(bits);
          int from = cellTerms[v];
          int term = NONE;
          if (from >= 0) {
            String text = terms.get(sorted[from]);
            int to = from + 1;
            while (to < sorted.length && terms.get(sorted[to]).equals(text)) {
              to++;
            }
            if (to - from == 1) {
              term = reported(sorted[from]);
            } else {
              if (used + 1 + to - from > several.length) {
                several = Arrays.copyOf(several, Math.max(several.length * 2, used + 1 + to - from));
              }
              term = -2 - used;
              several[used++] = to - from;
              // the last given first, as the terms were once chained
              for (int j = to - 1; j >= from; j--) {
                several[used++] = reported(sorted[j]);
              }
            }
            if (links) {
              records[r + LENGTH] = text.length();
            }
          }
          records[r + TERM] = term;
          if (links) {
            int s = suffixOut[v];
            records[r + LINK] = s < 0 ? -1 : width * rank(index, s);
          }
          r += width;
        }
      }
      int[] cells = da.finish(index);
      int[][] table = codeTable(codeOf, starts, stride);
      return new TermMatcher(stride, table[0], table[1], cells, index, records, Arrays.copyOf(several, used),
          terms.size(), size);
    }

    private int reported(int term) {
      return reportedIds == null ? term : reportedIds[term];
    }

    private static int rank(long[] index, int cell) {
      long word = index[cell >>> 5];
      return (int) (word >>> 32) + Integer.bitCount((int) word & ((1 << cell) - 1));
    }

    /**
     * Places the trie in a double array, breadth first: the shallow states, where failure links
     * lead, lie together at the front. (Placing the deeper levels depth first, to keep each term's
     * chars in neighbouring cells, measured slower: failure links dominate.)
     */
    private DoubleArray place(char[] codeOf, int alphabet, int[] cellOf, int[] queue) {
      var da = new DoubleArray(size, alphabet, stride);
      int tail = 0;
      queue[tail++] = ROOT;
      cellOf[ROOT] = ROOT;
      for (int head = 0; head < tail; head++) {
        int count = placeChildren(da, codeOf, cellOf, queue[head]);
        System.arraycopy(children, 0, queue, tail, count);
        tail += count;
      }
      return da;
    }

    private int[] childCodes = new int[16];
    private int[] children = new int[16];

    /** Places the children of node {@code d}, left in {@link #children} by code; returns how many. */
    private int placeChildren(DoubleArray da, char[] codeOf, int[] cellOf, int d) {
      int count = 0;
      for (int c = firstChild[d]; c >= 0; c = nextSibling[c]) {
        if (count == children.length) {
          children = Arrays.copyOf(children, count * 2);
          childCodes = Arrays.copyOf(childCodes, count * 2);
        }
        children[count] = c;
        childCodes[count] = codeOf[label[c]];
        count++;
      }
      if (count > 0) {
        sortByCode(children, childCodes, count);
        int b = da.place(cellOf[d], childCodes, count);
        for (int k = 0; k < count; k++) {
          cellOf[children[k]] = b + childCodes[k];
        }
      }
      return count;
    }

    /** The failure target of cell {@code v}, whose parent's is already known. */
    private static int failure(DoubleArray da, int v, int len) {
      int u = da.parent(v);
      if (u == ROOT) {
        return ROOT;
      }
      int code = v - da.base(u);
      int s = da.fail(u);
      while (true) {
        int t = da.base(s) + code;
        if (t < len && da.parent(t) == s) {
          return t;
        }
        if (s == ROOT) {
          return ROOT;
        }
        s = da.fail(s);
      }
    }

    /** Codes 1..n for the chars of the terms, the most frequent first; 0 for every other char. */
    private char[] codeOf() {
      int[] freq = new int[0x10000];
      for (int node = 1; node < size; node++) {
        freq[label[node]]++;
      }
      int used = 0;
      for (int f : freq) {
        used += f > 0 ? 1 : 0;
      }
      // (frequency, char) pairs packed in longs: the most frequent first, then by char
      long[] byFreq = new long[used];
      int n = 0;
      for (int c = 0; c < 0x10000; c++) {
        if (freq[c] > 0) {
          byFreq[n++] = ((long) (Integer.MAX_VALUE - freq[c]) << 16) | c;
        }
      }
      Arrays.sort(byFreq);
      char[] codeOf = new char[0x10000];
      for (int i = 0; i < used; i++) {
        codeOf[(int) (byFreq[i] & 0xffff)] = (char) (i + 1);
      }
      return codeOf;
    }

    /**
     * The two-level code table: {@code [pageOf, codes]}, codes times {@code stride} and negated for
     * chars that begin no term, with one shared page of zeros (at 0) for every page in which no
     * term has a char.
     */
    private static int[][] codeTable(char[] codeOf, boolean[] starts, int stride) {
      int[] pageOf = new int[256];
      int pages = 1;
      for (int page = 0; page < 256; page++) {
        for (int c = page << 8; c < (page + 1) << 8; c++) {
          if (codeOf[c] != 0) {
            pageOf[page] = pages++ << 8;
            break;
          }
        }
      }
      int[] codes = new int[pages << 8];
      for (int c = 0; c < 0x10000; c++) {
        if (codeOf[c] != 0) {
          codes[pageOf[c >>> 8] + (c & 0xff)] = starts[c] ? codeOf[c] * stride : -codeOf[c] * stride;
        }
      }
      return new int[][] {pageOf, codes};
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
