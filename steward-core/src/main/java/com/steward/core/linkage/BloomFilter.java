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
    int c = 0;
    for (long w : words) {
      c += Long.bitCount(w);
    }
    this.cardinality = c;
  }

  /** A filter from its words, as {@link RecordCodec} stored them. */
  BloomFilter(int bits, long[] words) {
    if (words.length != (bits + 63) >>> 6) {
      throw new IllegalArgumentException(words.length + " words for " + bits + " bits");
    }
    this.bits = bits;
    this.words = words.clone();
    int c = 0;
    for (long w : words) {
      c += Long.bitCount(w);
    }
    this.cardinality = c;
  }

  long word(int i) {
    return words[i];
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
    int total = cardinality + other.cardinality;
    if (total == 0) {
      return 0;
    }
    int common = 0;
    for (int i = 0; i < words.length; i++) {
      common += Long.bitCount(words[i] & other.words[i]);
    }
    return 2.0 * common / total;
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
