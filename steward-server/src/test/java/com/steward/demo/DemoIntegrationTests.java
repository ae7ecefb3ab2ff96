package com.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.StewardApplication;
import com.steward.support.Api;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** What {@code ./steward demo} does on a fresh data folder: its own embedded PostgreSQL, a living system. */
class DemoIntegrationTests {

  static final String KEY = "demo-test-admin-key-0123456789";

  @TempDir
  Path dataDir;

  @Test
  void aFreshDemoShowsEveryStateOfTheProcessAndSurvivesARestart() {
    Object before;
    try (var ctx = new SpringApplicationBuilder(StewardApplication.class).run("--server.port=0",
        "--steward.demo=true", "--steward.data-dir=" + dataDir, "--steward.bootstrap-admin-key=" + KEY)) {
      Api api = new Api("http://localhost:" + ((WebServerApplicationContext) ctx).getWebServer().getPort());
      var notices = api.get(KEY, "/api/v1/notices?limit=100");
      assertThat(notices.status()).isEqualTo(200);
      var states = new TreeSet<String>();
      for (Object n : (List<?>) notices.json()) {
        states.addAll(((Map<String, ?>) ((Map<?, ?>) n).get("itemsByStatus")).keySet());
      }
      assertThat(states).containsExactlyInAnyOrder("PENDING_REVIEW", "REJECTED", "TAKEN_DOWN", "COUNTER_NOTICED",
          "FINAL_TAKEDOWN", "UPHELD", "RESTORED");
      assertThat(api.get(KEY, "/api/v1/audit/verify").str("valid")).isEqualTo("true");
      assertThat(api.get(KEY, "/api/v1/marketplaces/bazaar/listings/bz-2001").str("status"))
          .as("an imitation pushed after the brand was approved is blocked").isEqualTo("BLOCKED");
      assertThat(api.get(KEY, "/api/v1/marketplaces/bazaar/listings/bz-2004").str("status"))
          .as("a nominative use is allowed").isEqualTo("ACTIVE");
      var ring = api.get(KEY, "/api/v1/marketplaces/bazaar/sellers/dee/cluster");
      assertThat(ring.str("status")).as("the ring of storefronts is banned").isEqualTo("BANNED");
      assertThat((java.util.List<?>) ring.at("members")).as("three stores, the refused one, the one in review")
          .hasSize(5);
      assertThat(api.get(KEY, "/api/v1/marketplaces/bazaar/sellers/gus").str("status"))
          .as("a new store with a banned person's passport is refused").isEqualTo("BANNED");
      assertThat(api.get(KEY, "/api/v1/marketplaces/bazaar/sellers/hal").str("status"))
          .as("a look-alike on names alone waits for review").isEqualTo("UNDER_REVIEW");
      assertThat(api.get(KEY, "/api/v1/marketplaces/bazaar/listings/bz-3001").str("status")).isEqualTo("REMOVED");
      assertThat(api.get(null, "/login").status()).isEqualTo(200);
      var jdbc = new org.springframework.jdbc.core.JdbcTemplate(ctx.getBean(javax.sql.DataSource.class));
      String sockets = jdbc.queryForObject("SELECT current_setting('unix_socket_directories')", String.class);
      assertThat(jdbc.queryForObject("SELECT inet_client_addr() IS NULL", Boolean.class))
          .as("over the socket file when there is one, over TCP when not").isEqualTo(!sockets.isEmpty());
      if (org.newsclub.net.unix.AFUNIXSocket.isSupported() && dataDir.toAbsolutePath().toString().matches("[A-Za-z0-9/._+-]{1,70}")) {
        assertThat(sockets).as("a short, plain data folder holds the socket").isEqualTo(dataDir.toAbsolutePath()
            .resolve("pg-socket").toString());
      }
      before = notices.json();
    }
    // the same data folder over TCP: what a platform without junixsocket's native library gets
    try (var again = new SpringApplicationBuilder(StewardApplication.class).run("--server.port=0",
        "--steward.demo=true", "--steward.data-dir=" + dataDir, "--steward.bootstrap-admin-key=" + KEY,
        "--steward.db-unix-socket=false")) {
      Api api = new Api("http://localhost:" + ((WebServerApplicationContext) again).getWebServer().getPort());
      var jdbc = new org.springframework.jdbc.core.JdbcTemplate(again.getBean(javax.sql.DataSource.class));
      assertThat(jdbc.queryForObject("SELECT inet_client_addr() IS NOT NULL", Boolean.class)).isTrue();
      assertThat(jdbc.queryForObject("SELECT current_setting('unix_socket_directories')", String.class))
          .as("no socket anywhere").isEmpty();
      assertThat(api.get(KEY, "/api/v1/notices?limit=100").json()).as("loaded once per data folder").isEqualTo(before);
    }
  }
}
