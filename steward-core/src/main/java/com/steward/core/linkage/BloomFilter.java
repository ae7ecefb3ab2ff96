package com.steward.core.linkage;

import java.util.Arrays;

/**
 * A fixed-size bit set holding the keyed positions of a value's bigrams; two filters are compared
 * with the Dice coefficient of their set bits. Immutable.
 */
public final class BloomFilter {

  private final long[] words;
  private final int bits;
  private final int cardinality;

  BloomFilter(int bits, int[] positions) {
    this.bits = bits;
    this.words = new long[(bits + 63) >>> 6];
    for (int p : positions) {
      words[p >>> 6] |= 1L << p;
    }
    this.cardinality = cardinality(words, 0, words.length);
  }

  /** A filter from its words, as {@link RecordCodec} stored them. */
  BloomFilter(int bits, long[] words) {
    this(bits, words, 0, words.length);
  }

  /** A filter from {@code count} words of {@code words} at {@code from} (copied). */
  BloomFilter(int bits, long[] words, int from, int count) {
    if (count != (bits + 63) >>> 6) {
      throw new IllegalArgumentException(count + " words for " + bits + " bits");
    }
    this.bits = bits;
    this.words = java.util.Arrays.copyOfRange(words, from, from + count);
    this.cardinality = cardinality(this.words, 0, count);
  }

  long word(int i) {
    return words[i];
  }

  /** The words themselves, not a copy: for packing into an {@link EncodedRecord} only. */
  long[] words() {
    return words;
  }

  static int cardinality(long[] words, int from, int count) {
    int c = 0;
    for (int i = from; i < from + count; i++) {
      c += Long.bitCount(words[i]);
    }
    return c;
  }

  /** The number of bits set in both of {@code count} words of {@code a} at {@code ai} and {@code b} at {@code bi}. */
  static int common(long[] a, int ai, long[] b, int bi, int count) {
    int c = 0;
    for (int i = 0; i < count; i++) {
      c += Long.bitCount(a[ai + i] & b[bi + i]);
    }
    return c;
  }

  /** {@link #common} of 16 words (the encoder's 1,000 bits), unrolled. */
  static int common16(long[] a, int ai, long[] b, int bi) {
    java.util.Objects.checkFromIndexSize(ai, 16, a.length);
    java.util.Objects.checkFromIndexSize(bi, 16, b.length);
    return Long.bitCount(a[ai] & b[bi]) + Long.bitCount(a[ai + 1] & b[bi + 1])
        + Long.bitCount(a[ai + 2] & b[bi + 2]) + Long.bitCount(a[ai + 3] & b[bi + 3])
        + Long.bitCount(a[ai + 4] & b[bi + 4]) + Long.bitCount(a[ai + 5] & b[bi + 5])
        + Long.bitCount(a[ai + 6] & b[bi + 6]) + Long.bitCount(a[ai + 7] & b[bi + 7])
        + Long.bitCount(a[ai + 8] & b[bi + 8]) + Long.bitCount(a[ai + 9] & b[bi + 9])
        + Long.bitCount(a[ai + 10] & b[bi + 10]) + Long.bitCount(a[ai + 11] & b[bi + 11])
        + Long.bitCount(a[ai + 12] & b[bi + 12]) + Long.bitCount(a[ai + 13] & b[bi + 13])
        + Long.bitCount(a[ai + 14] & b[bi + 14]) + Long.bitCount(a[ai + 15] & b[bi + 15]);
  }

  /** {@code 2 common / total}, 0 when {@code total} is 0: the Dice coefficient of {@link #dice}. */
  static double dice(int common, int total) {
    return total == 0 ? 0 : 2.0 * common / total;
  }

  public int bits() {
    return bits;
  }

  public int cardinality() {
    return cardinality;
  }

  /** {@code 2|A∩B| / (|A|+|B|)}; 0 when both are empty. */
  public double dice(BloomFilter other) {
    if (other.bits != bits) {
      throw new IllegalArgumentException("filters of " + bits + " and " + other.bits + " bits");
    }
    return dice(common(words, 0, other.words, 0, words.length), cardinality + other.cardinality);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BloomFilter f && f.bits == bits && Arrays.equals(f.words, words);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }

  @Override
  public String toString() {
    return "BloomFilter[" + cardinality + "/" + bits + " bits]";
  }
}
