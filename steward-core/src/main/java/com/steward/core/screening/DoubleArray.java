package com.steward.core.screening;

import java.util.Arrays;

/**
 * The cells of {@link TermMatcher}'s double array while it is built: first-fit placement of each
 * node's children, growing as needed.
 *
 * <p>The cells are interleaved, {@code stride} ints per cell, so that one transition reads one
 * place in memory: {@link #BASE}, {@link #CHECK} and, when the automaton has failure links,
 * {@link #FAIL}. While building, a cell's check holds its parent's cell plus one, so that 0 means
 * free and a grown array needs no filling; {@link #finish} turns bases, checks and failure links
 * into positions in the int array (cell times stride), free checks into -1.
 */
final class DoubleArray {

  static final int BASE = 0;
  static final int CHECK = 1;
  static final int FAIL = 2;

  private final int alphabet;
  private final int stride;
  private int[] cells;
  /** Where the search for free cells starts: below it, cells are (nearly) all used. */
  private int nextCheck = 1;
  private int highest;
  private int highestBase;

  DoubleArray(int nodes, int alphabet, int stride) {
    this.alphabet = alphabet;
    this.stride = stride;
    int capacity = Math.max(1024, nodes + nodes / 16 + alphabet + 2);
    cells = new int[capacity * stride];
    cells[CHECK] = 1; // the root (cell 0) is in use, its own parent
  }

  /**
   * Places the children of cell {@code parent}, with ascending {@code codes}, in free cells
   * {@code b + code}; returns {@code b}, now the parent's base.
   */
  int place(int parent, int[] codes, int count) {
    int first = codes[0];
    int pos = Math.max(first, nextCheck) - 1;
    int occupied = 0;
    boolean firstFree = true;
    while (true) {
      pos++;
      ensure(pos + alphabet + 1);
      if (cells[pos * stride + CHECK] != 0) {
        occupied++;
        continue;
      }
      if (firstFree) {
        firstFree = false;
        if (pos > nextCheck && occupied > 0 && occupied >= (pos - nextCheck) * 95 / 100) {
          nextCheck = pos;
        }
      }
      int b = pos - first;
      if (fits(b, codes, count)) {
        cells[parent * stride + BASE] = b;
        for (int k = 0; k < count; k++) {
          cells[(b + codes[k]) * stride + CHECK] = parent + 1;
        }
        highest = Math.max(highest, b + codes[count - 1]);
        highestBase = Math.max(highestBase, b);
        return b;
      }
    }
  }

  private boolean fits(int b, int[] codes, int count) {
    for (int k = 1; k < count; k++) {
      if (cells[(b + codes[k]) * stride + CHECK] != 0) {
        return false;
      }
    }
    return true;
  }

  private void ensure(int size) {
    if (size * stride >= cells.length) {
      int capacity = Math.max(size + 1, cells.length / stride + cells.length / stride / 4);
      cells = Arrays.copyOf(cells, capacity * stride);
    }
  }

  /** Cells in use or reachable by some transition: every base plus every code stays inside. */
  int length() {
    return Math.max(highest, highestBase + alphabet) + 1;
  }

  /** The base of {@code cell}, as a cell. */
  int base(int cell) {
    return cells[cell * stride + BASE];
  }

  /** The parent of {@code cell}, or -1 if it is free. */
  int parent(int cell) {
    return cells[cell * stride + CHECK] - 1;
  }

  void fail(int cell, int target) {
    cells[cell * stride + FAIL] = target;
  }

  int fail(int cell) {
    return cells[cell * stride + FAIL];
  }

  /**
   * The cells, trimmed to {@link #length()}, with bases, checks and failure links as positions;
   * cells with a bit in {@code flagged} (32 to a long, in the low halves) get their base's sign bit
   * set. The builder is spent afterwards.
   */
  int[] finish(long[] flagged) {
    int len = length();
    int[] out = cells.length == len * stride ? cells : Arrays.copyOf(cells, len * stride);
    cells = null;
    for (int c = 0; c < len; c++) {
      int p = c * stride;
      out[p + BASE] = out[p + BASE] * stride | ((flagged[c >>> 5] >>> (c & 31) & 1) != 0 ? Integer.MIN_VALUE : 0);
      out[p + CHECK] = out[p + CHECK] == 0 ? -1 : (out[p + CHECK] - 1) * stride;
      if (stride > FAIL) {
        out[p + FAIL] *= stride;
      }
    }
    return out;
  }
}
