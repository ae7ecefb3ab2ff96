package com.steward.core.screening;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Terms grouped by a key of their opening (for {@link WordMatcher}: the first word, the first two
 * words, or the first chars). A key is looked up in an open-addressing table of the keys present,
 * whose slot holds, beside the key, where its group starts in one array of chars: the number of
 * its terms, the head of each (its length, lead, id and last char), then their chars. Checking a
 * key is therefore two reads that miss the caches, one after the other (the slot, then the group,
 * read in a row), where separate arrays for groups, terms and chars would take four, and a trie
 * one per char. A term whose last char is not the text's there is passed over on its head alone,
 * so a large group (a brand's product lines under its first two words, a Chinese name and its
 * variants under their first chars) costs a read of its heads, not of all its chars. (The
 * matcher's filters decide which keys are worth a look.)
 *
 * <p>A term's lead is the number of its chars before the place it is looked up from: a term such
 * as {@code &pizza} is looked up where its first word starts, and its lead of one char is compared
 * too. Keys are hashes, so a group may hold terms of another opening with the same key: every
 * candidate is compared with the text char by char. Immutable once built.
 */
final class OpeningIndex {

  /** Chars of a group's head (its number of terms) and of a term's head (its length, lead, id and last char). */
  private static final int GROUP_HEAD = 2;
  private static final int TERM_HEAD = 5;
  /**
   * In a term's head, the bit of its id's high char that says the term holds {@code ?}: a text
   * read as ASCII bytes may have a {@code ?} that stands for an unpaired surrogate (see
   * {@link WordMatcher}), so a hit of such a term on bytes is confirmed on the text's chars.
   */
  private static final int QUESTION = 0x8000;

  /** Per slot: the key (high half) and 1 + where its group starts in {@link #groups}; 0 when empty. */
  private final long[] slots;
  private final int slotShift;
  /**
   * The groups, each as its number of terms (two chars), then per term its length, lead, id (two
   * chars, the {@link #QUESTION} bit in the first) and last char, then the terms' chars in the
   * same order.
   */
  private final char[] groups;

  /**
   * @param keys the key of each term's opening
   * @param texts each term's text, shorter than 65,536 chars
   * @param leads per term, how many of its chars stand before the place it is looked up from
   * @param ids each term's id, reported on a hit, below 2<sup>31</sup>
   * @param count how many of the arrays' entries are terms
   */
  OpeningIndex(int[] keys, String[] texts, int[] leads, int[] ids, int count) {
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
      String text = texts[(int) order[k]];
      if (text.length() > Character.MAX_VALUE) {
        throw new IllegalArgumentException("a term of " + text.length() + " chars is longer than 65,535");
      }
      chars += TERM_HEAD + text.length();
    }
    // the fewest slots, a power of two, for a load of at most two thirds: a key is looked up only
    // once the matcher's filter let it pass, so a longer probe is rare, while the table is a large
    // share of the heap at a million terms
    int want = Math.max(16, distinct + (distinct >>> 1) + 1);
    int slotCount = Integer.highestOneBit(want - 1) << 1;
    slots = new long[slotCount];
    slotShift = 64 - Integer.numberOfTrailingZeros(slotCount);
    groups = new char[Math.toIntExact(chars + (long) GROUP_HEAD * distinct)];
    int at = 0;
    for (int k = 0; k < count; ) {
      int key = (int) (order[k] >>> 32);
      int end = k + 1;
      while (end < count && (int) (order[end] >>> 32) == key) {
        end++;
      }
      int size = end - k;
      insert(key, at);
      groups[at] = (char) (size >>> 16);
      groups[at + 1] = (char) size;
      int head = at + GROUP_HEAD;
      at = head + size * TERM_HEAD; // where the group's chars begin
      for (; k < end; k++) {
        int t = (int) order[k];
        String text = texts[t];
        groups[head] = (char) text.length();
        groups[head + 1] = (char) leads[t];
        groups[head + 2] = (char) (ids[t] >>> 16 | (text.indexOf('?') >= 0 ? QUESTION : 0));
        groups[head + 3] = (char) ids[t];
        groups[head + 4] = text.charAt(text.length() - 1);
        text.getChars(0, text.length(), groups, at);
        head += TERM_HEAD;
        at += text.length();
      }
    }
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

  /** Where the group of terms under {@code key} starts in {@link #groups}, or -1 if there is none. */
  private int group(int key) {
    int mask = slots.length - 1;
    for (int s = (int) (mix(key) >>> slotShift); ; s = (s + 1) & mask) {
      long slot = slots[s];
      if (slot == 0) {
        return -1;
      }
      if ((int) (slot >>> 32) == key) {
        return (int) slot - 1;
      }
    }
  }

  /**
   * Reports each term of the key's group that stands in {@code text} with its lead before
   * {@code start} and ends on a word boundary.
   */
  void check(int key, char[] text, int n, int start, TermMatcher.Sink sink) {
    check(key, text, null, null, n, start, sink);
  }

  /**
   * {@link #check(int, char[], int, int, TermMatcher.Sink)} on a text of ASCII, as bytes; a hit of
   * a term that holds {@code ?} is confirmed on {@code original}'s chars.
   */
  void check(int key, byte[] text, String original, int n, int start, TermMatcher.Sink sink) {
    check(key, null, text, original, n, start, sink);
  }

  /** The text is {@code bytes} if not null (ASCII), else {@code chars}. */
  private void check(int key, char @Nullable [] chars, byte @Nullable [] bytes, @Nullable String original, int n,
      int start, TermMatcher.Sink sink) {
    int at = group(key);
    if (at < 0) {
      return;
    }
    final char[] groups = this.groups;
    int size = groups[at] << 16 | groups[at + 1];
    int head = at + GROUP_HEAD;
    int from = head + size * TERM_HEAD; // the chars of the term at head
    for (int t = 0; t < size; t++, head += TERM_HEAD) {
      int length = groups[head];
      int begin = start - groups[head + 1];
      int end = begin + length;
      if (begin >= 0 && end <= n && groups[head + 4] == charAt(chars, bytes, end - 1)) {
        int i = 0;
        while (i < length && groups[from + i] == charAt(chars, bytes, begin + i)) {
          i++;
        }
        int high = groups[head + 2];
        if (i == length
            && (end == n || !WordMatcher.inOneWord(charAt(chars, bytes, end - 1), charAt(chars, bytes, end)))
            && ((high & QUESTION) == 0 || original == null || sameChars(original, begin, from, length))) {
          sink.accept((high & ~QUESTION) << 16 | groups[head + 3], begin, end);
        }
      }
      from += length;
    }
  }

  /** Whether the text's chars from {@code begin} are the term's at {@code from}, for {@code length} chars. */
  private boolean sameChars(String text, int begin, int from, int length) {
    for (int i = 0; i < length; i++) {
      if (text.charAt(begin + i) != groups[from + i]) {
        return false;
      }
    }
    return true;
  }

  /** The char at {@code i} of a text given as ASCII bytes or as chars (the choice is the same for a whole search). */
  private static char charAt(char @Nullable [] chars, byte @Nullable [] bytes, int i) {
    return bytes != null ? (char) bytes[i] : chars[i];
  }
}
