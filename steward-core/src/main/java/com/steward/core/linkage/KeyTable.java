package com.steward.core.linkage;

import java.util.Arrays;

/**
 * Blocking keys numbered 0, 1, 2, ... in the order first seen: an open-addressing hash table of
 * {@code long} keys, without boxing. Not thread-safe.
 */
final class KeyTable {

  private long[] keys;
  private int[] numbers;
  private int size;

  KeyTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    numbers = new int[capacity];
    Arrays.fill(numbers, -1);
  }

  int size() {
    return size;
  }

  /** The number of {@code key}, given it now if it has none. */
  int number(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      int n = numbers[i];
      if (n < 0) {
        keys[i] = key;
        numbers[i] = size;
        if (++size * 2 > keys.length) {
          grow();
        }
        return size - 1;
      }
      if (keys[i] == key) {
        return n;
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldNumbers = numbers;
    keys = new long[oldKeys.length * 2];
    numbers = new int[oldKeys.length * 2];
    Arrays.fill(numbers, -1);
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldNumbers[j] >= 0) {
        int i = slot(oldKeys[j], mask);
        while (numbers[i] >= 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        numbers[i] = oldNumbers[j];
      }
    }
  }
}
