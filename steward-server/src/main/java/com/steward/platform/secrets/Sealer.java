package com.steward.platform.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data at rest with AES-256-GCM under the active key. A sealed value is
 * {@code version(1) | key id length(1) | key id | nonce(12) | ciphertext+tag}, so it names the
 * key it was written with and stays readable after the active key changes. The context (for
 * example {@code "document:" + id}) is bound as associated data: a value copied to another row
 * does not open there.
 */
@Component
public class Sealer {

  private static final byte VERSION = 1;
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;

  private final Secrets secrets;
  private final SecureRandom random = new SecureRandom();

  public Sealer(Secrets secrets) {
    this.secrets = secrets;
  }

  public byte[] seal(byte[] plain, String context) {
    String keyId = secrets.activeEncryptionKeyId();
    byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
    byte[] nonce = new byte[NONCE];
    random.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, secrets.encryptionKey(keyId).orElseThrow(), new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = c.doFinal(plain);
      return ByteBuffer.allocate(2 + id.length + NONCE + sealed.length).put(VERSION).put((byte) id.length).put(id)
          .put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption failed", e);
    }
  }

  public byte[] open(byte[] sealed, String context) {
    ByteBuffer b = ByteBuffer.wrap(sealed);
    if (sealed.length < 2 + NONCE || b.get() != VERSION) {
      throw new IllegalStateException("not a sealed value");
    }
    byte[] id = new byte[b.get()];
    b.get(id);
    String keyId = new String(id, StandardCharsets.US_ASCII);
    byte[] nonce = new byte[NONCE];
    b.get(nonce);
    byte[] rest = new byte[b.remaining()];
    b.get(rest);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, secrets.encryptionKey(keyId)
          .orElseThrow(() -> new IllegalStateException("encryption key '" + keyId + "' is not configured")),
          new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return c.doFinal(rest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a sealed value failed its integrity check (wrong key or context)", e);
    }
  }

  public byte[] seal(String plain, String context) {
    return seal(plain.getBytes(StandardCharsets.UTF_8), context);
  }

  public String openString(byte[] sealed, String context) {
    return new String(open(sealed, context), StandardCharsets.UTF_8);
  }

  /** The id of the key a sealed value was written with (for re-encryption after a rotation). */
  public static String keyIdOf(byte[] sealed) {
    return new String(sealed, 2, sealed[1], StandardCharsets.US_ASCII);
  }
}
