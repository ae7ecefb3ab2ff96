package com.steward.platform.db;

import com.steward.platform.config.StewardProperties;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsclub.net.unix.AFUNIXSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: the PostgreSQL server at {@code STEWARD_DB_URL}, or, when it is not set, an
 * embedded PostgreSQL 17 whose files live under {@code <data dir>/postgres}.
 *
 * <p>The embedded server is reached over a Unix domain socket in {@code <data dir>/pg-socket}
 * rather than over loopback TCP: an upsert makes about ten round trips, and each costs both
 * processes a little less CPU over a socket file (docs/benchmarks.md, seventeenth session). TCP is
 * kept where the socket cannot be used: the data folder's path is too long for a socket's address
 * or has chars PostgreSQL's start command would split on, the folder cannot hold a socket file, the
 * platform has no native library for junixsocket, or {@code steward.db-unix-socket} is false.
 * PostgreSQL listens on localhost TCP either way (the embedding library checks through it that
 * the server is up), with the embedding library's trust authentication, as before.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

  /**
   * The longest folder a PostgreSQL socket can live in: an address holds 107 bytes, and the
   * server adds {@code /.s.PGSQL.<port>} (at most 15) to the folder.
   */
  static final int MAX_SOCKET_FOLDER_BYTES = 107 - "/.s.PGSQL.65535".length();

  @Bean(destroyMethod = "close")
  DatabaseServer databaseServer(StewardProperties props, @Value("${steward.db-unix-socket:true}") boolean unixSocket) {
    if (!props.embeddedDatabase()) {
      return new DatabaseServer(props.dbUrl(), props.dbUser(), props.dbPassword(), null);
    }
    Path data = props.dataDir().toAbsolutePath();
    Path dir = data.resolve("postgres");
    try {
      Files.createDirectories(data);
      Optional<Path> sockets = unixSocket ? socketFolder(data) : Optional.empty();
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(false)
              .setOverrideWorkingDirectory(data.resolve("pg-bin").toFile())
              // The embedding library starts PostgreSQL for tests, without fsync and with
              // asynchronous commit; Steward's data must survive a crash, so both are turned back on.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              // the socket in the data folder, or none (PostgreSQL's default would put one in /tmp)
              .setServerConfig("unix_socket_directories", sockets.map(Path::toString).orElse(""))
              .start();
      String url = pg.getJdbcUrl("postgres", "postgres");
      if (sockets.isPresent()) {
        url = overSocket(url, sockets.get().resolve(".s.PGSQL." + pg.getPort()));
      }
      log.info("Embedded PostgreSQL started in {} ({})", dir, url);
      return new DatabaseServer(url, "postgres", "postgres", pg);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
    }
  }

  /** The socket folder's mode: its owner alone may enter it. */
  private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  /**
   * Chars a socket folder's path may have: the embedding library hands PostgreSQL its settings in
   * one command line that a shell splits, so a space, a quote or a {@code $} would break the start
   * (and a comma would split PostgreSQL's list of socket folders).
   */
  private static final java.util.regex.Pattern PLAIN_PATH = java.util.regex.Pattern.compile("[A-Za-z0-9/._+-]+");

  /**
   * The folder for the embedded server's socket, created for its owner alone, or empty when the
   * socket cannot be used (the reason is logged; the server is then reached over TCP).
   */
  static Optional<Path> socketFolder(Path dataDir) {
    Path folder = dataDir.resolve("pg-socket");
    String path = folder.toString();
    int bytes = path.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_SOCKET_FOLDER_BYTES) {
      return tcp("the data folder's path is too long for a socket's address (" + bytes + " bytes of "
          + path + ", at most " + MAX_SOCKET_FOLDER_BYTES + ")");
    }
    if (!PLAIN_PATH.matcher(path).matches()) {
      return tcp("the data folder's path " + path + " has chars other than ASCII letters, digits and / . _ + -");
    }
    if (!AFUNIXSocket.isSupported()) {
      return tcp("junixsocket has no native library for this platform");
    }
    try {
      Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (java.nio.file.FileAlreadyExistsException e) {
      // a symbolic link counts as something else: its target's mode is not Steward's to change
      if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return tcp(path + " exists and is not a folder of its own (a file or a symbolic link)");
      }
    } catch (IOException | UnsupportedOperationException e) {
      return tcp(path + " cannot be made a folder (" + e.getMessage() + ")");
    }
    try {
      Files.setPosixFilePermissions(folder, OWNER_ONLY); // a folder left open by hand is closed again
    } catch (IOException | UnsupportedOperationException e) {
      return tcp(path + " cannot be made a folder for Steward's user alone (" + e.getMessage() + ")");
    }
    // a folder on a file system that holds no socket files (some shared folders) would stop
    // PostgreSQL's start: a socket is made there once first, under a name as long as PostgreSQL's
    // (.s.PGSQL.65535), so that a platform with shorter socket addresses refuses it here too
    Path probe = folder.resolve(".steward-probe");
    try (var server = org.newsclub.net.unix.AFUNIXServerSocket.newInstance()) {
      Files.deleteIfExists(probe);
      server.bind(org.newsclub.net.unix.AFUNIXSocketAddress.of(probe));
    } catch (IOException e) {
      return tcp("no socket file can be made in " + path + " (" + e.getMessage() + ")");
    } finally {
      try {
        Files.deleteIfExists(probe);
      } catch (IOException e) {
        log.warn("could not remove the probe socket {}", probe, e);
      }
    }
    return Optional.of(folder);
  }

  private static Optional<Path> tcp(String why) {
    log.info("The embedded PostgreSQL is reached over TCP: {}", why);
    return Optional.empty();
  }

  /** A JDBC URL that connects through the socket file instead of the URL's host and port. */
  static String overSocket(String url, Path socket) {
    return url + (url.contains("?") ? "&" : "?")
        + "socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg"
        + "&socketFactoryArg=" + URLEncoder.encode(socket.toString(), StandardCharsets.UTF_8);
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(DatabaseServer server, @Value("${steward.db-pool-size:10}") int poolSize) {
    if (poolSize < 2 || poolSize > 200) {
      throw new IllegalArgumentException("steward.db-pool-size must be between 2 and 200, not " + poolSize);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.url());
    config.setUsername(server.user());
    config.setPassword(server.password());
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("steward");
    return new HikariDataSource(config);
  }

  /** Where the database is; closing it stops the embedded server, if there is one. */
  record DatabaseServer(
      String url, @Nullable String user, @Nullable String password, @Nullable EmbeddedPostgres embedded)
      implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

}
