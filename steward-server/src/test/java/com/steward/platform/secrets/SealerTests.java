package com.steward.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.platform.config.StewardProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Personal data sealed at rest: readable after a key rotation, bound to its place, never under a missing key. */
class SealerTests {

  @TempDir
  Path dataDir;

  static String key() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  StewardProperties steward(boolean embedded) {
    return new StewardProperties(dataDir, embedded ? null : "jdbc:postgresql://db/steward", null, null, null, false,
        null, ZoneOffset.UTC, null, null, Duration.ofSeconds(10), null);
  }

  @Test
  void aSealedValueOpensWithItsContextOnly() {
    var sealer = new Sealer(new Secrets(steward(false), new SecretsProperties(key(), List.of("a:" + key()), "a")));
    byte[] sealed = sealer.seal("Anna Schmidt, Hauptstraße 5, 10115 Berlin", "trader:1");
    assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Schmidt");
    assertThat(sealer.openString(sealed, "trader:1")).isEqualTo("Anna Schmidt, Hauptstraße 5, 10115 Berlin");
    assertThatThrownBy(() -> sealer.open(sealed, "trader:2")).hasMessageContaining("integrity");
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> sealer.open(sealed, "trader:1")).hasMessageContaining("integrity");
  }

  @Test
  void valuesSealedBeforeARotationStayReadable() {
    String k1 = "k1:" + key();
    String k2 = "k2:" + key();
    String linkage = key();
    var before = new Sealer(new Secrets(steward(false), new SecretsProperties(linkage, List.of(k1), "k1")));
    byte[] old = before.seal("DE89370400440532013000", "payment:7");
    var after = new Sealer(new Secrets(steward(false), new SecretsProperties(linkage, List.of(k1, k2), "k2")));
    byte[] fresh = after.seal("DE89370400440532013000", "payment:7");
    assertThat(Sealer.keyIdOf(old)).isEqualTo("k1");
    assertThat(Sealer.keyIdOf(fresh)).isEqualTo("k2");
    assertThat(after.openString(old, "payment:7")).isEqualTo("DE89370400440532013000");
    var withoutOld = new Sealer(new Secrets(steward(false), new SecretsProperties(linkage, List.of(k2), "k2")));
    assertThatThrownBy(() -> withoutOld.open(old, "payment:7")).hasMessageContaining("'k1' is not configured");
  }

  @Test
  void anEmbeddedNodeGeneratesItsKeysOnceAndKeepsThemPrivate() throws Exception {
    var first = new Secrets(steward(true), new SecretsProperties(null, null, null));
    byte[] sealed = new Sealer(first).seal("x", "c");
    Path file = dataDir.resolve(Secrets.FILE);
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    var second = new Secrets(steward(true), new SecretsProperties(null, null, null));
    assertThat(second.linkageKey()).isEqualTo(first.linkageKey());
    assertThat(new Sealer(second).openString(sealed, "c")).isEqualTo("x");
  }

  @Test
  void anExternalDatabaseNeedsConfiguredKeys() {
    assertThatThrownBy(() -> new Secrets(steward(false), new SecretsProperties(null, null, null)))
        .hasMessageContaining("steward.secrets.linkage-key");
    assertThatThrownBy(() -> new Secrets(steward(false), new SecretsProperties(key(), List.of("a:" + key()), "b")))
        .hasMessageContaining("'b' is not among");
    assertThatThrownBy(() -> new Secrets(steward(false), new SecretsProperties(key(), List.of("a:c2hvcnQ="), "a")))
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> new Secrets(steward(false), new SecretsProperties("not base64!", List.of("a:" + key()), "a")))
        .hasMessageContaining("not base64");
  }
}
