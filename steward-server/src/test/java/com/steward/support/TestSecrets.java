package com.steward.support;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Keys for the test JVM, made at random once: every server the tests start on the shared test
 * database uses the same keys, as the nodes of one deployment would. The ring holds a second key,
 * {@code t2}, which a test may make active to rotate; data sealed under either stays readable.
 */
public final class TestSecrets {

  public static final String LINKAGE_KEY = random();
  public static final String ENCRYPTION_KEYS = "t1:" + random() + ",t2:" + random();
  public static final String ACTIVE = "t1";
  /** The second key of the ring, for rotation tests. */
  public static final String ROTATED = "t2";

  private TestSecrets() {}

  /** The keys as command-line arguments. */
  public static List<String> args() {
    return List.of("--steward.secrets.linkage-key=" + LINKAGE_KEY, "--steward.secrets.encryption-keys=" + ENCRYPTION_KEYS,
        "--steward.secrets.active-encryption-key=" + ACTIVE);
  }

  /** The keys as command-line arguments, with {@code active} as the key new data is sealed under. */
  public static List<String> args(String active) {
    return List.of("--steward.secrets.linkage-key=" + LINKAGE_KEY, "--steward.secrets.encryption-keys=" + ENCRYPTION_KEYS,
        "--steward.secrets.active-encryption-key=" + active);
  }

  /** {@code args} followed by the keys, for a server started by hand. */
  public static String[] with(String... args) {
    return java.util.stream.Stream.concat(java.util.Arrays.stream(args), args().stream()).toArray(String[]::new);
  }

  private static String random() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }
}
