package com.steward.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the embedded PostgreSQL's socket goes, and when TCP is used instead. */
class DatabaseConfigTests {

  @TempDir
  Path tmp;

  @Test
  void theSocketFolderIsTheOwnersAlone() throws Exception {
    assumeTrue(org.newsclub.net.unix.AFUNIXSocket.isSupported(), "junixsocket has a native library here");
    Path folder = DatabaseConfig.socketFolder(tmp).orElseThrow();

    assertThat(folder).isEqualTo(tmp.resolve("pg-socket")).isDirectory();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
  }

  @Test
  void aFolderLeftOpenByHandIsClosedAgainAtTheNextStart() throws Exception {
    assumeTrue(org.newsclub.net.unix.AFUNIXSocket.isSupported(), "junixsocket has a native library here");
    Files.createDirectory(tmp.resolve("pg-socket"));
    Files.setPosixFilePermissions(tmp.resolve("pg-socket"), PosixFilePermissions.fromString("rwxrwxrwx"));

    Path folder = DatabaseConfig.socketFolder(tmp).orElseThrow();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
  }

  @Test
  void aDataFolderTooDeepForASocketAddressFallsBackToTcp() throws Exception {
    // 92 bytes of folder are the most a socket's address leaves room for; é is two bytes in UTF-8
    String name = "é".repeat(60);
    Path deep = tmp.resolve(name);

    assertThat(DatabaseConfig.socketFolder(deep)).isEmpty();
    assertThat(Files.exists(deep.resolve("pg-socket"))).isFalse();
  }

  @Test
  void theUrlNamesTheSocketFileEncoded() {
    String url = DatabaseConfig.overSocket("jdbc:postgresql://localhost:5432/postgres?user=postgres",
        Path.of("/srv/steward data/pg-socket/.s.PGSQL.5432"));

    assertThat(url).isEqualTo("jdbc:postgresql://localhost:5432/postgres?user=postgres"
        + "&socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg"
        + "&socketFactoryArg=%2Fsrv%2Fsteward+data%2Fpg-socket%2F.s.PGSQL.5432");
    assertThat(DatabaseConfig.overSocket("jdbc:postgresql://localhost:5432/postgres", Path.of("/s")))
        .contains("postgres?socketFactory=");
  }
}
