package com.steward.platform.db;

import com.steward.platform.config.StewardProperties;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: the PostgreSQL server at {@code STEWARD_DB_URL}, or, when it is not set, an
 * embedded PostgreSQL 17 whose files live under {@code <data dir>/postgres}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

  @Bean(destroyMethod = "close")
  DatabaseServer databaseServer(StewardProperties props) {
    if (!props.embeddedDatabase()) {
      return new DatabaseServer(props.dbUrl(), props.dbUser(), props.dbPassword(), null);
    }
    Path dir = props.dataDir().toAbsolutePath().resolve("postgres");
    try {
      Files.createDirectories(dir.getParent());
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(false)
              .setOverrideWorkingDirectory(props.dataDir().toAbsolutePath().resolve("pg-bin").toFile())
              // The embedding library starts PostgreSQL for tests, without fsync and with
              // asynchronous commit; Steward's data must survive a crash, so both are turned back on.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .start();
      String url = pg.getJdbcUrl("postgres", "postgres");
      log.info("Embedded PostgreSQL started in {} ({})", dir, url);
      return new DatabaseServer(url, "postgres", "postgres", pg);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
    }
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(DatabaseServer server,
      @org.springframework.beans.factory.annotation.Value("${steward.db-pool-size:10}") int poolSize) {
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
