package com.steward.platform.secrets;

import com.steward.platform.config.StewardProperties;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The keys that protect personal data. Configured keys win. Without configuration, a node on the
 * embedded database (one node, its own data folder) generates its keys once into
 * {@code <data-dir>/secrets.properties} (readable by its owner only) and keeps them there; a node
 * on an external database must be configured, because nodes sharing a database must share keys.
 * No key is ever in the repository or in the database.
 */
@Component
public class Secrets {

  private static final Logger log = LoggerFactory.getLogger(Secrets.class);
  static final String FILE = "secrets.properties";

  private final byte[] linkageKey;
  private final Map<String, SecretKey> encryptionKeys;
  private final String activeEncryptionKey;

  public Secrets(StewardProperties steward, SecretsProperties configured) {
    Properties stored = steward.embeddedDatabase() ? loadOrCreate(steward.dataDir().resolve(FILE)) : new Properties();
    String linkage = firstSet(configured.linkageKey(), stored.getProperty("linkage-key"), "steward.secrets.linkage-key");
    this.linkageKey = decode("steward.secrets.linkage-key", linkage);
    List<String> keys = configured.encryptionKeys() != null && !configured.encryptionKeys().isEmpty()
        ? configured.encryptionKeys()
        : stored.getProperty("encryption-keys") == null ? List.of()
            : List.of(stored.getProperty("encryption-keys").split(","));
    if (keys.isEmpty()) {
      throw new IllegalStateException(
          "steward.secrets.encryption-keys (STEWARD_SECRETS_ENCRYPTIONKEYS) must be set when the database is external");
    }
    Map<String, SecretKey> ring = new LinkedHashMap<>();
    for (String entry : keys) {
      int colon = entry.indexOf(':');
      if (colon <= 0) {
        throw new IllegalStateException("steward.secrets.encryption-keys: each entry is id:base64, got '"
            + (entry.length() > 12 ? entry.substring(0, 12) + "..." : entry) + "'");
      }
      String id = entry.substring(0, colon).strip();
      if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
        throw new IllegalStateException("steward.secrets.encryption-keys: key id '" + id
            + "' must be 1-32 letters, digits, '_' or '-'");
      }
      if (ring.put(id, new SecretKeySpec(decode("steward.secrets.encryption-keys[" + id + "]",
          entry.substring(colon + 1).strip()), "AES")) != null) {
        throw new IllegalStateException("steward.secrets.encryption-keys: key id '" + id + "' appears twice");
      }
    }
    String active = firstSet(configured.activeEncryptionKey(), stored.getProperty("active-encryption-key"),
        "steward.secrets.active-encryption-key");
    if (!ring.containsKey(active)) {
      throw new IllegalStateException("steward.secrets.active-encryption-key '" + active
          + "' is not among steward.secrets.encryption-keys " + ring.keySet());
    }
    this.encryptionKeys = Map.copyOf(ring);
    this.activeEncryptionKey = active;
  }

  /** The HMAC key of linkage encodings. */
  public byte[] linkageKey() {
    return linkageKey.clone();
  }

  /** The id of the key new data is encrypted under. */
  public String activeEncryptionKeyId() {
    return activeEncryptionKey;
  }

  /** The encryption key {@code id}, if this node has it. */
  public java.util.Optional<SecretKey> encryptionKey(String id) {
    return java.util.Optional.ofNullable(encryptionKeys.get(id));
  }

  private static String firstSet(String configured, String stored, String property) {
    if (configured != null && !configured.isBlank()) {
      return configured.strip();
    }
    if (stored != null && !stored.isBlank()) {
      return stored.strip();
    }
    throw new IllegalStateException(property + " must be set when the database is external");
  }

  private static byte[] decode(String property, String base64) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(property + " is not base64");
    }
    if (key.length != 32) {
      throw new IllegalStateException(property + " must be 32 bytes (base64 of 32 random bytes), was " + key.length);
    }
    return key;
  }

  /** The generated keys of an embedded node, created on its first start. */
  private static Properties loadOrCreate(Path file) {
    Properties p = new Properties();
    try {
      if (Files.exists(file)) {
        try (Reader r = Files.newBufferedReader(file)) {
          p.load(r);
        }
        return p;
      }
      Files.createDirectories(file.getParent());
      p.setProperty("linkage-key", random());
      p.setProperty("encryption-keys", "k1:" + random());
      p.setProperty("active-encryption-key", "k1");
      Path tmp = file.resolveSibling(FILE + ".new");
      Files.deleteIfExists(tmp);
      try {
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(tmp);
      }
      try (Writer w = Files.newBufferedWriter(tmp)) {
        p.store(w, "Steward's keys for this data folder: keep with its backups, never share");
      }
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      log.info("generated the keys that protect personal data into {}", file);
      return p;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read or create " + file + ": " + e.getMessage(), e);
    }
  }

  private static String random() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }
}
