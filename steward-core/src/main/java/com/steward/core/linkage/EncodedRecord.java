package com.steward.core.linkage;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the index and the linker see of an account: its id, keyed hashes of the exact-match
 * attributes, keyed Bloom filters of the fuzzy ones, and keyed hashes of its blocking keys. Holds
 * no clear attribute text. Immutable; the values are also kept in arrays by attribute ordinal,
 * because the scorer reads them millions of times.
 */
public final class EncodedRecord {

  private static final Attribute[] ATTRIBUTES = Attribute.values();

  private final String id;
  private final long[] hashes = new long[ATTRIBUTES.length];
  private final boolean[] hashed = new boolean[ATTRIBUTES.length];
  private final @Nullable BloomFilter[] filters = new BloomFilter[ATTRIBUTES.length];
  private final long[] blockingKeys;

  public EncodedRecord(String id, Map<Attribute, Long> hashes, Map<Attribute, BloomFilter> filters, long[] blockingKeys) {
    this.id = Objects.requireNonNull(id, "id");
    hashes.forEach((a, h) -> {
      this.hashes[a.ordinal()] = h;
      this.hashed[a.ordinal()] = true;
    });
    filters.forEach((a, f) -> this.filters[a.ordinal()] = f);
    this.blockingKeys = blockingKeys.clone();
  }

  public String id() {
    return id;
  }

  public Map<Attribute, Long> hashes() {
    Map<Attribute, Long> out = new EnumMap<>(Attribute.class);
    for (Attribute a : ATTRIBUTES) {
      if (hashed[a.ordinal()]) {
        out.put(a, hashes[a.ordinal()]);
      }
    }
    return out;
  }

  public Map<Attribute, BloomFilter> filters() {
    Map<Attribute, BloomFilter> out = new EnumMap<>(Attribute.class);
    for (Attribute a : ATTRIBUTES) {
      BloomFilter f = filters[a.ordinal()];
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
    return hashed[a.ordinal()];
  }

  long hash(Attribute a) {
    return hashes[a.ordinal()];
  }

  @Nullable BloomFilter filter(Attribute a) {
    return filters[a.ordinal()];
  }

  @Override
  public String toString() {
    return "EncodedRecord[" + id + ", hashes=" + hashes() + ", filters=" + filters() + "]";
  }
}
