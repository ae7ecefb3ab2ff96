package com.steward.core.linkage;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the index and the linker see of an account: its id, keyed hashes of the exact-match
 * attributes, keyed Bloom filters of the fuzzy ones, and keyed hashes of its blocking keys. Holds
 * no clear attribute text. Immutable.
 *
 * <p>Laid out for the scorer, which reads records millions of times: hashes in one array by
 * attribute ordinal with a bit mask of those present, and the words of all filters one after
 * another in a single array (in ordinal order), each filter's place, size and cardinality in
 * another. {@link #filters()} makes {@link BloomFilter}s from those words on demand.
 */
public final class EncodedRecord {

  private static final Attribute[] ATTRIBUTES = Attribute.values();

  static {
    if (ATTRIBUTES.length > Integer.SIZE) {
      throw new AssertionError("attribute masks are ints: at most 32 attributes");
    }
  }

  private final String id;
  private final long[] hashes;
  private final int hashMask;
  private final long[] words;
  /** Per ordinal: the first word in {@link #words}, the bit count and the cardinality. */
  private final int[] filterInfo;
  private final int filterMask;
  private final long[] blockingKeys;

  public EncodedRecord(String id, Map<Attribute, Long> hashes, Map<Attribute, BloomFilter> filters, long[] blockingKeys) {
    this.id = Objects.requireNonNull(id, "id");
    this.hashes = new long[ATTRIBUTES.length];
    int mask = 0;
    for (Map.Entry<Attribute, Long> e : hashes.entrySet()) {
      int o = e.getKey().ordinal();
      this.hashes[o] = e.getValue();
      mask |= 1 << o;
    }
    this.hashMask = mask;
    int total = 0;
    for (BloomFilter f : filters.values()) {
      total += f.words().length;
    }
    this.words = new long[total];
    this.filterInfo = new int[ATTRIBUTES.length * 3];
    int fmask = 0;
    int at = 0;
    for (Attribute a : ATTRIBUTES) {
      BloomFilter f = filters.get(a);
      if (f != null) {
        long[] w = f.words();
        System.arraycopy(w, 0, words, at, w.length);
        int o = a.ordinal();
        filterInfo[3 * o] = at;
        filterInfo[3 * o + 1] = f.bits();
        filterInfo[3 * o + 2] = f.cardinality();
        fmask |= 1 << o;
        at += w.length;
      }
    }
    this.filterMask = fmask;
    this.blockingKeys = blockingKeys.clone();
  }

  /** The encoder's record, its arrays taken as they are (the encoder keeps no reference to them). */
  EncodedRecord(String id, long[] hashes, int hashMask, long[] words, int[] filterInfo, int filterMask,
      long[] blockingKeys) {
    this.id = Objects.requireNonNull(id, "id");
    this.hashes = hashes;
    this.hashMask = hashMask;
    this.words = words;
    this.filterInfo = filterInfo;
    this.filterMask = filterMask;
    this.blockingKeys = blockingKeys;
  }

  public String id() {
    return id;
  }

  public Map<Attribute, Long> hashes() {
    Map<Attribute, Long> out = new EnumMap<>(Attribute.class);
    for (Attribute a : ATTRIBUTES) {
      if (hasHash(a)) {
        out.put(a, hashes[a.ordinal()]);
      }
    }
    return out;
  }

  public Map<Attribute, BloomFilter> filters() {
    Map<Attribute, BloomFilter> out = new EnumMap<>(Attribute.class);
    for (Attribute a : ATTRIBUTES) {
      BloomFilter f = filter(a);
      if (f != null) {
        out.put(a, f);
      }
    }
    return out;
  }

  public long[] blockingKeys() {
    return blockingKeys.clone();
  }

  long[] keys() {
    return blockingKeys;
  }

  boolean hasHash(Attribute a) {
    return (hashMask & (1 << a.ordinal())) != 0;
  }

  long hash(Attribute a) {
    return hashes[a.ordinal()];
  }

  /** Bit {@code ordinal} set for each attribute with a hash. */
  int hashMask() {
    return hashMask;
  }

  long hashAt(int ordinal) {
    return hashes[ordinal];
  }

  /** Bit {@code ordinal} set for each attribute whose hash is the same in {@code a} and {@code b} (or missing in both). */
  static int equalHashes(EncodedRecord a, EncodedRecord b) {
    long[] x = a.hashes;
    long[] y = b.hashes;
    int equal = 0;
    for (int o = 0; o < ATTRIBUTES.length; o++) {
      equal |= (x[o] == y[o] ? 1 : 0) << o;
    }
    return equal;
  }

  /** Bit {@code ordinal} set for each attribute with a filter. */
  int filterMask() {
    return filterMask;
  }

  @Nullable BloomFilter filter(Attribute a) {
    int o = a.ordinal();
    if ((filterMask & (1 << o)) == 0) {
      return null;
    }
    int bits = filterInfo[3 * o + 1];
    return new BloomFilter(bits, words, filterInfo[3 * o], (bits + 63) >>> 6);
  }

  /**
   * The Dice coefficient of {@code a}'s filter for ordinal {@code x} and {@code b}'s for {@code y}
   * (as {@link BloomFilter#dice}), or -1 when either is missing.
   */
  static double dice(EncodedRecord a, int x, EncodedRecord b, int y) {
    if ((a.filterMask & (1 << x)) == 0 || (b.filterMask & (1 << y)) == 0) {
      return -1;
    }
    int[] ai = a.filterInfo;
    int[] bi = b.filterInfo;
    int bits = ai[3 * x + 1];
    if (bits != bi[3 * y + 1]) {
      throw new IllegalArgumentException("filters of " + bits + " and " + bi[3 * y + 1] + " bits");
    }
    int common = BloomFilter.common(a.words, ai[3 * x], b.words, bi[3 * y], (bits + 63) >>> 6);
    return BloomFilter.dice(common, ai[3 * x + 2] + bi[3 * y + 2]);
  }

  /** The bit count of the filter for ordinal {@code o}, which must be present. */
  static int bits(EncodedRecord r, int o) {
    return r.filterInfo[3 * o + 1];
  }

  /** The cardinality of the filter for ordinal {@code o}, which must be present. */
  static int cardinality(EncodedRecord r, int o) {
    return r.filterInfo[3 * o + 2];
  }

  /**
   * Sets {@code out} (16 words) to the union of {@code r}'s filters for ordinals {@code x} and
   * {@code y}; false, leaving {@code out} as it was, unless both are present and of 16 words.
   */
  static boolean nameUnion(EncodedRecord r, int x, int y, long[] out) {
    if ((r.filterMask & (1 << x)) == 0 || (r.filterMask & (1 << y)) == 0
        || (r.filterInfo[3 * x + 1] + 63) >>> 6 != 16 || (r.filterInfo[3 * y + 1] + 63) >>> 6 != 16) {
      return false;
    }
    int ax = r.filterInfo[3 * x];
    int ay = r.filterInfo[3 * y];
    for (int i = 0; i < 16; i++) {
      out[i] = r.words[ax + i] | r.words[ay + i];
    }
    return true;
  }

  /** Bits set both in {@code r}'s filter for ordinal {@code x} and in the 16 words {@code words}; -1 unless that filter is present and of 16 words. */
  static long commonWith(EncodedRecord r, int x, long[] words) {
    if ((r.filterMask & (1 << x)) == 0 || (r.filterInfo[3 * x + 1] + 63) >>> 6 != 16) {
      return -1;
    }
    return BloomFilter.common16(r.words, r.filterInfo[3 * x], words, 0);
  }

  /**
   * The Dice coefficient of {@link #dice} as two ints, {@code common << 32 | total} (set bits in
   * both, set bits in each summed), or -1 when either filter is missing: the division is left to
   * the caller, who often needs only a comparison.
   */
  static long diceParts(EncodedRecord a, int x, EncodedRecord b, int y) {
    if ((a.filterMask & (1 << x)) == 0 || (b.filterMask & (1 << y)) == 0) {
      return -1;
    }
    int[] ai = a.filterInfo;
    int[] bi = b.filterInfo;
    int bits = ai[3 * x + 1];
    if (bits != bi[3 * y + 1]) {
      throw new IllegalArgumentException("filters of " + bits + " and " + bi[3 * y + 1] + " bits");
    }
    int words = (bits + 63) >>> 6;
    int common = words == 16 ? BloomFilter.common16(a.words, ai[3 * x], b.words, bi[3 * y])
        : BloomFilter.common(a.words, ai[3 * x], b.words, bi[3 * y], words);
    return (long) common << 32 | (ai[3 * x + 2] + bi[3 * y + 2]);
  }

  @Override
  public String toString() {
    return "EncodedRecord[" + id + ", hashes=" + hashes() + ", filters=" + filters() + "]";
  }
}
