package com.steward.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the embedded PostgreSQL's socket goes, and when TCP is used instead. */
class DatabaseConfigTests {

  @TempDir
  Path tmp;

  /** Whether this machine can hold a socket in a folder under the temporary one at all. */
  private void assumeSockets() {
    assumeTrue(org.newsclub.net.unix.AFUNIXSocket.isSupported(), "junixsocket has a native library here");
    assumeTrue(tmp.toString().matches("[A-Za-z0-9/._+-]{1,60}"), "a short, plain temporary folder");
  }

  @Test
  void theSocketFolderIsTheOwnersAlone() throws Exception {
    assumeSockets();
    Path folder = DatabaseConfig.socketFolder(tmp).orElseThrow();

    assertThat(folder).isEqualTo(tmp.resolve("pg-socket")).isDirectory();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    assertThat(folder).as("the probe socket is gone").isEmptyDirectory();
  }

  @Test
  void aFolderLeftOpenByHandIsClosedAgainAtTheNextStart() throws Exception {
    assumeSockets();
    Files.createDirectory(tmp.resolve("pg-socket"));
    Files.setPosixFilePermissions(tmp.resolve("pg-socket"), PosixFilePermissions.fromString("rwxrwxrwx"));

    Path folder = DatabaseConfig.socketFolder(tmp).orElseThrow();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
  }

  @Test
  void aSymbolicLinkOrAFileInTheSocketFoldersPlaceFallsBackToTcp() throws Exception {
    assumeSockets();
    Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
    Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path linked = Files.createDirectory(tmp.resolve("linked"));
    Files.createSymbolicLink(linked.resolve("pg-socket"), elsewhere);
    Path file = Files.createDirectory(tmp.resolve("file"));
    Files.writeString(file.resolve("pg-socket"), "not a folder");

    assertThat(DatabaseConfig.socketFolder(linked)).isEmpty();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(elsewhere)))
        .as("the link's target is left as it was").isEqualTo("rwxr-xr-x");
    assertThat(elsewhere).isEmptyDirectory();
    assertThat(DatabaseConfig.socketFolder(file)).isEmpty();
  }

  @Test
  void aSocketFolderOfNinetyTwoBytesIsTheLongestUsed() throws Exception {
    assumeSockets();
    int room = DatabaseConfig.MAX_SOCKET_FOLDER_BYTES - (tmp.toString() + "/" + "/pg-socket").length();
    assumeTrue(room > 1, "the temporary folder leaves room for a name");
    Path longest = tmp.resolve("a".repeat(room));
    Path tooLong = tmp.resolve("b".repeat(room + 1));

    assertThat(longest.resolve("pg-socket").toString()).hasSize(92);
    assertThat(DatabaseConfig.socketFolder(Files.createDirectory(longest))).isPresent();
    assertThat(DatabaseConfig.socketFolder(Files.createDirectory(tooLong))).isEmpty();
  }

  @Test
  void aPathThatTheStartCommandWouldSplitFallsBackToTcp() throws Exception {
    for (String name : new String[] {"steward data", "o'brien", "a$b", "x,y"}) {
      Path data = Files.createDirectory(tmp.resolve(name));
      assertThat(DatabaseConfig.socketFolder(data)).as(name).isEmpty();
      assertThat(Files.exists(data.resolve("pg-socket"))).as(name).isFalse();
    }
  }

  @Test
  void theUrlNamesTheSocketFileAsTheDriverReadsIt() {
    String url = DatabaseConfig.overSocket("jdbc:postgresql://localhost:5432/postgres?user=postgres",
        Path.of("/srv/steward+data/pg-socket/.s.PGSQL.5432"));

    Properties read = org.postgresql.Driver.parseURL(url, new Properties());
    assertThat(read).isNotNull();
    assertThat(read.getProperty("socketFactoryArg")).isEqualTo("/srv/steward+data/pg-socket/.s.PGSQL.5432");
    assertThat(read.getProperty("socketFactory")).isEqualTo("org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg");
    assertThat(read.getProperty("user")).isEqualTo("postgres");
    assertThat(DatabaseConfig.overSocket("jdbc:postgresql://localhost:5432/postgres", Path.of("/s")))
        .contains("postgres?socketFactory=");
  }
}
