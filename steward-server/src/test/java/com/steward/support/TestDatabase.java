package com.steward.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One real embedded PostgreSQL per test JVM, shared by every integration test. */
public final class TestDatabase {

  private static EmbeddedPostgres pg;

  private TestDatabase() {}

  public static synchronized String url() {
    if (pg == null) {
      try {
        Path dir = Files.createTempDirectory("steward-test-pg");
        pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            pg.close();
          } catch (IOException ignored) {
            // the JVM is going away
          }
        }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pg.getJdbcUrl("postgres", "postgres");
  }

  /**
   * A database of its own on the same server, created empty (dropped first if a previous run left
   * it), for a test that needs to know everything in it: a sweep covers the whole catalogue.
   */
  public static synchronized String fresh(String name) {
    if (!name.matches("[a-z_]+")) {
      throw new IllegalArgumentException("a database name of lower-case letters and underscores: " + name);
    }
    url();
    try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      st.execute("CREATE DATABASE " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not create the test database " + name, e);
    }
    return pg.getJdbcUrl("postgres", name);
  }
}
