package com.steward.core.screening;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Terms grouped by a key of their opening (for {@link WordMatcher}: the first word, the first two
 * words, or the first chars). A key is looked up in an open-addressing table of the keys present,
 * whose slot holds, beside the key, where its group starts in one array of chars: the number of
 * its terms, then each term as its length, its id and its chars. Checking a key is therefore two
 * reads that miss the caches, one after the other (the slot, then the group, read in a row),
 * where separate arrays for groups, terms and chars would take four, and a trie one per char.
 * (The matcher's filters decide which keys are worth a look.)
 *
 * <p>Keys are hashes, so a group may hold terms of another opening with the same key: every
 * candidate is compared with the text char by char. Immutable once built.
 */
final class OpeningIndex {

  /** Chars of a group's head (its number of terms) and of a term's head (its length and id). */
  private static final int GROUP_HEAD = 2;
  private static final int TERM_HEAD = 3;

  /** Per slot: the key (high half) and 1 + where its group starts in {@link #groups}; 0 when empty. */
  private final long[] slots;
  private final int slotShift;
  /** The groups, each as its number of terms (two chars), then per term its length, id (two chars) and chars. */
  private final char[] groups;

  /**
   * @param keys the key of each term's opening
   * @param texts each term's text, shorter than 65,536 chars
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
      String text = texts[(int) order[k]];
      if (text.length() > Character.MAX_VALUE) {
        throw new IllegalArgumentException("a term of " + text.length() + " chars is longer than 65,535");
      }
      chars += TERM_HEAD + text.length();
    }
    int slotCount = Integer.highestOneBit(Math.max(16, distinct * 2 - 1)) << 1;
    slots = new long[slotCount];
    slotShift = 64 - Integer.numberOfTrailingZeros(slotCount);
    groups = new char[Math.toIntExact(chars + (long) GROUP_HEAD * distinct)];
    int at = 0;
    int head = -1; // where the current group's head is
    for (int k = 0; k < count; k++) {
      int key = (int) (order[k] >>> 32);
      if (k == 0 || key != (int) (order[k - 1] >>> 32)) {
        head = at;
        at += GROUP_HEAD;
        insert(key, head);
      }
      int size = (groups[head] << 16 | groups[head + 1]) + 1;
      groups[head] = (char) (size >>> 16);
      groups[head + 1] = (char) size;
      int t = (int) order[k];
      String text = texts[t];
      groups[at] = (char) text.length();
      groups[at + 1] = (char) (ids[t] >>> 16);
      groups[at + 2] = (char) ids[t];
      text.getChars(0, text.length(), groups, at + TERM_HEAD);
      at += TERM_HEAD + text.length();
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
   * Reports each term of the key's group that stands in {@code text} at {@code start} and ends
   * on a word boundary there.
   */
  void check(int key, char[] text, int n, int start, TermMatcher.Sink sink) {
    check(key, text, null, n, start, sink);
  }

  /** {@link #check(int, char[], int, int, TermMatcher.Sink)} on a text of ASCII, as bytes. */
  void check(int key, byte[] text, int n, int start, TermMatcher.Sink sink) {
    check(key, null, text, n, start, sink);
  }

  /** The text is {@code bytes} if not null (ASCII), else {@code chars}. */
  private void check(int key, char @Nullable [] chars, byte @Nullable [] bytes, int n, int start,
      TermMatcher.Sink sink) {
    int at = group(key);
    if (at < 0) {
      return;
    }
    final char[] groups = this.groups;
    int size = groups[at] << 16 | groups[at + 1];
    at += GROUP_HEAD;
    for (int t = 0; t < size; t++) {
      int length = groups[at];
      int from = at + TERM_HEAD;
      int end = start + length;
      if (end <= n) {
        int i = 0;
        while (i < length && groups[from + i] == charAt(chars, bytes, start + i)) {
          i++;
        }
        if (i == length
            && (end == n || !WordMatcher.inOneWord(charAt(chars, bytes, end - 1), charAt(chars, bytes, end)))) {
          sink.accept(groups[at + 1] << 16 | groups[at + 2], start, end);
        }
      }
      at = from + length;
    }
  }

  /** The char at {@code i} of a text given as ASCII bytes or as chars (the choice is the same for a whole search). */
  private static char charAt(char @Nullable [] chars, byte @Nullable [] bytes, int i) {
    return bytes != null ? (char) bytes[i] : chars[i];
  }
}
