package com.steward.support;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Keys for the test JVM, made at random once: every server the tests start on the shared test
 * database uses the same keys, as the nodes of one deployment would.
 */
public final class TestSecrets {

  public static final String LINKAGE_KEY = random();
  public static final String ENCRYPTION_KEYS = "t1:" + random();
  public static final String ACTIVE = "t1";

  private TestSecrets() {}

  /** The keys as command-line arguments. */
  public static List<String> args() {
    return List.of("--steward.secrets.linkage-key=" + LINKAGE_KEY, "--steward.secrets.encryption-keys=" + ENCRYPTION_KEYS,
        "--steward.secrets.active-encryption-key=" + ACTIVE);
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
