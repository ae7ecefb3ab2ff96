package com.steward.core.linkage;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * HMAC-SHA256 under the encoder's key (RFC 2104), truncated to 64 bits for hashes. The digests
 * that have absorbed the padded key (inner and outer) are computed once and copied for each
 * value, so a short value costs two SHA-256 blocks instead of four; the output is that of
 * {@code javax.crypto.Mac} "HmacSHA256" with the same key. Not thread-safe (working digests and
 * buffers); {@link #copy} gives another thread its own.
 */
final class KeyedHash {

  private static final int BLOCK = 64;

  private final MessageDigest inner;
  private final MessageDigest outer;
  private final byte[] innerDigest = new byte[32];
  private final byte[] out = new byte[32];

  KeyedHash(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("key: at least 16 bytes, got " + key.length);
    }
    try {
      byte[] k = key.length > BLOCK ? MessageDigest.getInstance("SHA-256").digest(key) : key;
      byte[] ipad = new byte[BLOCK];
      byte[] opad = new byte[BLOCK];
      for (int i = 0; i < BLOCK; i++) {
        byte b = i < k.length ? k[i] : 0;
        ipad[i] = (byte) (b ^ 0x36);
        opad[i] = (byte) (b ^ 0x5c);
      }
      inner = MessageDigest.getInstance("SHA-256");
      inner.update(ipad);
      outer = MessageDigest.getInstance("SHA-256");
      outer.update(opad);
      Arrays.fill(ipad, (byte) 0);
      Arrays.fill(opad, (byte) 0);
      // the copies below depend on it; SHA-256 of the JDK's providers is cloneable
      inner.clone();
    } catch (GeneralSecurityException | CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 with cloneable state is not available", e);
    }
  }

  private KeyedHash(KeyedHash other) {
    inner = copy(other.inner);
    outer = copy(other.outer);
  }

  /** The same key's hash for use on another thread. */
  KeyedHash copy() {
    return new KeyedHash(this);
  }

  /** The full 32-byte HMAC of {@code domain}, a separator and {@code value}. */
  byte[] mac(String domain, String value) {
    return mac(domain.getBytes(StandardCharsets.UTF_8), value).clone();
  }

  /** The first 64 bits of the HMAC of {@code domain}, a separator and {@code value}, big-endian. */
  long hash(String domain, String value) {
    return hash(domain.getBytes(StandardCharsets.UTF_8), value);
  }

  /** As {@link #hash(String, String)}, the domain given as its UTF-8 bytes. */
  long hash(byte[] domain, String value) {
    byte[] m = mac(domain, value);
    return word(m, 0);
  }

  /**
   * The HMAC of {@code domain}, a zero byte and {@code value} in a buffer of this object that the
   * next call overwrites.
   */
  byte[] mac(byte[] domain, String value) {
    try {
      MessageDigest in = copy(inner);
      in.update(domain);
      in.update((byte) 0);
      in.update(value.getBytes(StandardCharsets.UTF_8));
      in.digest(innerDigest, 0, innerDigest.length);
      MessageDigest o = copy(outer);
      o.update(innerDigest);
      o.digest(out, 0, out.length);
      return out;
    } catch (DigestException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Eight bytes from {@code at}, big-endian. */
  static long word(byte[] b, int at) {
    long w = 0;
    for (int i = 0; i < 8; i++) {
      w = (w << 8) | (b[at + i] & 0xffL);
    }
    return w;
  }

  private static MessageDigest copy(MessageDigest d) {
    try {
      return (MessageDigest) d.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }
}
