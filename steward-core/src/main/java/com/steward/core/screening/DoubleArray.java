package com.steward.core.screening;

import java.util.Arrays;

/**
 * The cells of {@link TermMatcher}'s double array while it is built: first-fit placement of each
 * node's children, growing as needed. A cell is free while its {@code check} is -1.
 */
final class DoubleArray {

  private final int alphabet;
  private int[] base;
  private int[] check;
  private int[] firstTerm;
  /** Where the search for free cells starts: below it, cells are (nearly) all used. */
  private int nextCheck = 1;
  private int highest;

  DoubleArray(int nodes, int alphabet) {
    this.alphabet = alphabet;
    int capacity = Math.max(1024, nodes + nodes / 4 + alphabet + 2);
    base = new int[capacity];
    check = new int[capacity];
    firstTerm = new int[capacity];
    Arrays.fill(check, -1);
    Arrays.fill(firstTerm, -1);
    check[0] = 0;
  }

  /**
   * Places the children of {@code parent}, with ascending {@code codes}, in free cells
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
      if (check[pos] >= 0) {
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
        base[parent] = b;
        for (int k = 0; k < count; k++) {
          check[b + codes[k]] = parent;
        }
        highest = Math.max(highest, b + codes[count - 1]);
        return b;
      }
    }
  }

  private boolean fits(int b, int[] codes, int count) {
    for (int k = 1; k < count; k++) {
      if (check[b + codes[k]] >= 0) {
        return false;
      }
    }
    return true;
  }

  void firstTerm(int cell, int term) {
    firstTerm[cell] = term;
  }

  private void ensure(int size) {
    if (size >= base.length) {
      int capacity = Math.max(size + 1, base.length + base.length / 2);
      int old = base.length;
      base = Arrays.copyOf(base, capacity);
      check = Arrays.copyOf(check, capacity);
      firstTerm = Arrays.copyOf(firstTerm, capacity);
      Arrays.fill(check, old, capacity, -1);
      Arrays.fill(firstTerm, old, capacity, -1);
    }
  }

  /** The final length: every base plus every code stays inside. */
  int length() {
    int len = Math.max(highest, 0) + alphabet + 2;
    for (int i = 0; i < Math.min(base.length, len); i++) {
      len = Math.max(len, base[i] + alphabet + 1);
    }
    ensure(len);
    return len;
  }

  int[] base() {
    return Arrays.copyOf(base, length());
  }

  int[] check() {
    return Arrays.copyOf(check, length());
  }

  int[] firstTerms() {
    return Arrays.copyOf(firstTerm, length());
  }
}
