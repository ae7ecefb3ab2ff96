package com.steward.core.screening;

import java.util.Arrays;

/**
 * Terms grouped by a key of their opening (for {@link WordMatcher}: the first word, the first two
 * words, or the first chars). A key is looked up in an open-addressing table of the keys present,
 * which gives its group: the terms with that key, side by side, each as where its chars start in
 * one pool of chars, its length and its id. The terms of a group and their chars are contiguous, so
 * checking a group is a few reads of memory in a row, where a trie would take one dependent read
 * per char. (The matcher's filters decide which keys are worth a look.)
 *
 * <p>Keys are hashes, so a group may hold terms of another opening with the same key: every
 * candidate is compared with the text char by char. Immutable once built.
 */
final class OpeningIndex {

  /** Candidate fields: where its chars start in the pool, its length, its id. */
  private static final int OFFSET = 0;
  private static final int LENGTH = 1;
  private static final int ID = 2;
  private static final int FIELDS = 3;

  /** Per slot: the key (high half) and 1 + its group's number (low half); 0 when empty. */
  private final long[] slots;
  private final int slotShift;
  /** Per group, where its candidates start in {@link #candidates}; then the end. */
  private final int[] groups;
  private final int[] candidates;
  private final char[] pool;

  /**
   * @param keys the key of each term's opening
   * @param texts each term's text
   * @param ids each term's id, reported on a hit
   * @param count how many of the arrays' entries are terms
   */
  OpeningIndex(int[] keys, String[] texts, int[] ids, int count) {
    long[] order = new long[count];
    for (int t = 0; t < count; t++) {
      order[t] = (long) keys[t] << 32 | t;
    }
    Arrays.sort(order);
    int distinct = 0;
    long chars = 0;
    for (int k = 0; k < count; k++) {
      if (k == 0 || (int) (order[k] >>> 32) != (int) (order[k - 1] >>> 32)) {
        distinct++;
      }
      chars += texts[(int) order[k]].length();
    }
    int slotCount = Integer.highestOneBit(Math.max(16, distinct * 2 - 1)) << 1;
    slots = new long[slotCount];
    slotShift = 64 - Integer.numberOfTrailingZeros(slotCount);
    groups = new int[distinct + 1];
    candidates = new int[count * FIELDS];
    pool = new char[Math.toIntExact(chars)];
    int group = -1;
    int at = 0;
    for (int k = 0; k < count; k++) {
      int key = (int) (order[k] >>> 32);
      int t = (int) order[k];
      if (k == 0 || key != (int) (order[k - 1] >>> 32)) {
        group++;
        groups[group] = k * FIELDS;
        insert(key, group);
      }
      String text = texts[t];
      text.getChars(0, text.length(), pool, at);
      candidates[k * FIELDS + OFFSET] = at;
      candidates[k * FIELDS + LENGTH] = text.length();
      candidates[k * FIELDS + ID] = ids[t];
      at += text.length();
    }
    groups[distinct] = count * FIELDS;
  }

  /** Spreads a key over 64 bits. */
  static long mix(int key) {
    return key * 0x9E3779B97F4A7C15L;
  }

  private void insert(int key, int group) {
    int mask = slots.length - 1;
    for (int s = (int) (mix(key) >>> slotShift); ; s = (s + 1) & mask) {
      if (slots[s] == 0) {
        slots[s] = (long) key << 32 | (group + 1);
        return;
      }
    }
  }

  /**
   * Reports each term of the key's group that stands in {@code text} at {@code start} and ends
   * on a word boundary there.
   */
  void check(int key, char[] text, int n, int start, TermMatcher.Sink sink) {
    int mask = slots.length - 1;
    long slot;
    for (int s = (int) (mix(key) >>> slotShift); ; s = (s + 1) & mask) {
      slot = slots[s];
      if (slot == 0) {
        return;
      }
      if ((int) (slot >>> 32) == key) {
        break;
      }
    }
    int group = (int) slot - 1;
    final int[] candidates = this.candidates;
    final char[] pool = this.pool;
    for (int c = groups[group], to = groups[group + 1]; c < to; c += FIELDS) {
      int length = candidates[c + LENGTH];
      int end = start + length;
      if (end > n) {
        continue;
      }
      int offset = candidates[c + OFFSET];
      int i = 0;
      while (i < length && pool[offset + i] == text[start + i]) {
        i++;
      }
      if (i == length && (end == n || !WordMatcher.inOneWord(text[end - 1], text[end]))) {
        sink.accept(candidates[c + ID], start, end);
      }
    }
  }
}
