package com.steward.core.linkage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 under the encoder's key, truncated to 64 bits; not thread-safe (one {@link Mac}). */
final class KeyedHash {

  private final Mac mac;

  KeyedHash(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("key: at least 16 bytes, got " + key.length);
    }
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The full 32-byte HMAC of {@code domain}, a separator and {@code value}. */
  byte[] mac(String domain, String value) {
    mac.update(domain.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
  }

  long hash(String domain, String value) {
    return ByteBuffer.wrap(mac(domain, value)).getLong();
  }
}
