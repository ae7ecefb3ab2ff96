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
}
