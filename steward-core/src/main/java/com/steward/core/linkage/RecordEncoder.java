package com.steward.core.linkage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns clear {@link PersonRecord}s into {@link EncodedRecord}s under a secret key: each value is
 * normalised ({@link PersonNormalizer}); exact-match attributes become a 64-bit HMAC-SHA256;
 * names and addresses become a {@value #BITS}-bit Bloom filter in which each padded character
 * bigram sets {@value #POSITIONS} positions derived from its HMAC. Blocking keys (birth date,
 * postcode, name prefixes, each strong identifier) are hashed the same way. Without the key the
 * encodings cannot be recomputed from guessed values. Not thread-safe: use one encoder a thread.
 */
public final class RecordEncoder {

  static final int BITS = 1000;
  static final int POSITIONS = 20;

  private final KeyedHash hash;
  private final Map<String, int[]> bigramPositions = new HashMap<>();

  public RecordEncoder(byte[] key) {
    this.hash = new KeyedHash(key);
  }

  public EncodedRecord encode(PersonRecord record) {
    Map<Attribute, String> norm = new EnumMap<>(Attribute.class);
    record.values().forEach((a, v) -> {
      String n = PersonNormalizer.normalize(a, v);
      if (!n.isEmpty()) {
        norm.put(a, n);
      }
    });
    Map<Attribute, Long> hashes = new EnumMap<>(Attribute.class);
    Map<Attribute, BloomFilter> filters = new EnumMap<>(Attribute.class);
    norm.forEach((a, v) -> {
      switch (a.encoding()) {
        case HASH -> hashes.put(a, hash.hash("attr:" + a.label(), v));
        case BLOOM -> filters.put(a, bloom(a, v));
      }
    });
    return new EncodedRecord(record.id(), hashes, filters, blockingKeys(norm));
  }

  private BloomFilter bloom(Attribute a, String value) {
    String padded = "_" + value + "_";
    // given names and surnames share positions so that swapped names can be compared
    String domain = a == Attribute.GIVEN_NAME || a == Attribute.SURNAME ? "name" : a.label();
    List<int[]> parts = new ArrayList<>();
    int total = 0;
    for (int i = 0; i + 1 < padded.length(); i++) {
      int[] p = bigramPositions.computeIfAbsent(domain + ":" + padded.substring(i, i + 2), this::positions);
      parts.add(p);
      total += p.length;
    }
    int[] all = new int[total];
    int at = 0;
    for (int[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return new BloomFilter(BITS, all);
  }

  /** {@value #POSITIONS} positions by double hashing on two words of the bigram's HMAC. */
  private int[] positions(String bigram) {
    byte[] m = hash.mac("bigram", bigram);
    long h1 = java.nio.ByteBuffer.wrap(m, 0, 8).getLong();
    long h2 = java.nio.ByteBuffer.wrap(m, 8, 8).getLong() | 1;
    int[] out = new int[POSITIONS];
    for (int i = 0; i < POSITIONS; i++) {
      out[i] = (int) Math.floorMod(h1 + i * h2, (long) BITS);
    }
    return out;
  }

  private long[] blockingKeys(Map<Attribute, String> v) {
    Set<String> keys = new LinkedHashSet<>();
    for (Attribute a : Attribute.values()) {
      if (a.strongIdentifier() && v.containsKey(a)) {
        keys.add(a.label() + "=" + v.get(a));
      }
    }
    String dob = v.getOrDefault(Attribute.DATE_OF_BIRTH, "");
    String postcode = v.getOrDefault(Attribute.POSTCODE, "");
    String given = v.getOrDefault(Attribute.GIVEN_NAME, "");
    String surname = v.getOrDefault(Attribute.SURNAME, "");
    if (!dob.isEmpty()) {
      keys.add("dob=" + dob);
    }
    if (!postcode.isEmpty()) {
      keys.add("postcode=" + postcode);
    }
    if (!given.isEmpty() && !surname.isEmpty()) {
      String g = prefix(given, 2);
      String s = prefix(surname, 2);
      keys.add("names=" + (g.compareTo(s) <= 0 ? g + "|" + s : s + "|" + g));
    }
    if (!surname.isEmpty() && dob.length() == 8) {
      keys.add("surname-year=" + prefix(surname, 3) + dob.substring(0, 4));
    }
    if (!given.isEmpty() && dob.length() == 8) {
      keys.add("given-month-day=" + prefix(given, 1) + dob.substring(4));
    }
    long[] out = new long[keys.size()];
    int i = 0;
    for (String k : keys) {
      out[i++] = hash.hash("block", k);
    }
    return out;
  }

  private static String prefix(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }
}
