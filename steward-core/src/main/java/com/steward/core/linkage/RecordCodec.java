package com.steward.core.linkage;

import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.Map;

/**
 * An {@link EncodedRecord} as bytes, to be stored beside the account it encodes: a version byte,
 * the keyed hashes (attribute ordinal and value), the Bloom filters (attribute ordinal, bit count
 * and words) and the blocking keys. Holds nothing but what the encoding holds: no clear value.
 * Attributes are written by ordinal, so new attributes are only ever appended to {@link Attribute}.
 */
public final class RecordCodec {

  private static final byte VERSION = 1;
  private static final Attribute[] ATTRIBUTES = Attribute.values();

  private RecordCodec() {}

  public static byte[] toBytes(EncodedRecord r) {
    Map<Attribute, Long> hashes = r.hashes();
    Map<Attribute, BloomFilter> filters = r.filters();
    long[] keys = r.keys();
    int size = 1 + 1 + hashes.size() * 9 + 1 + 2 + keys.length * 8;
    for (BloomFilter f : filters.values()) {
      size += 1 + 2 + ((f.bits() + 63) >>> 6) * 8;
    }
    ByteBuffer b = ByteBuffer.allocate(size).put(VERSION).put((byte) hashes.size());
    hashes.forEach((a, h) -> b.put((byte) a.ordinal()).putLong(h));
    b.put((byte) filters.size());
    filters.forEach((a, f) -> {
      b.put((byte) a.ordinal()).putShort((short) f.bits());
      for (int i = 0; i < (f.bits() + 63) >>> 6; i++) {
        b.putLong(f.word(i));
      }
    });
    b.putShort((short) keys.length);
    for (long k : keys) {
      b.putLong(k);
    }
    return b.array();
  }

  public static EncodedRecord fromBytes(String id, byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    try {
      if (b.get() != VERSION) {
        throw new IllegalArgumentException("encoded record of " + id + ": unknown version");
      }
      Map<Attribute, Long> hashes = new EnumMap<>(Attribute.class);
      for (int n = b.get(); n > 0; n--) {
        hashes.put(attribute(b.get()), b.getLong());
      }
      Map<Attribute, BloomFilter> filters = new EnumMap<>(Attribute.class);
      for (int n = b.get(); n > 0; n--) {
        Attribute a = attribute(b.get());
        int bits = b.getShort() & 0xffff;
        long[] words = new long[(bits + 63) >>> 6];
        for (int i = 0; i < words.length; i++) {
          words[i] = b.getLong();
        }
        filters.put(a, new BloomFilter(bits, words));
      }
      long[] keys = new long[b.getShort() & 0xffff];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = b.getLong();
      }
      if (b.hasRemaining()) {
        throw new IllegalArgumentException("encoded record of " + id + ": " + b.remaining() + " bytes too many");
      }
      return new EncodedRecord(id, hashes, filters, keys);
    } catch (java.nio.BufferUnderflowException e) {
      throw new IllegalArgumentException("encoded record of " + id + ": truncated", e);
    }
  }

  private static Attribute attribute(byte ordinal) {
    if (ordinal < 0 || ordinal >= ATTRIBUTES.length) {
      throw new IllegalArgumentException("unknown attribute " + ordinal);
    }
    return ATTRIBUTES[ordinal];
  }
}
