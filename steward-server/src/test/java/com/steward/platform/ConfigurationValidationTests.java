package com.steward.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.StewardApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A bad setting stops the start with a message that names it. */
class ConfigurationValidationTests {

  void start(String... properties) {
    String[] args = java.util.Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new);
    new SpringApplicationBuilder(StewardApplication.class).run(args).close();
  }

  @Test
  void refusesANonPostgresDatabaseUrl() {
    assertThatThrownBy(() -> start("server.port=0", "steward.db-url=jdbc:mysql://localhost/x"))
        .hasStackTraceContaining("STEWARD_DB_URL");
  }

  @Test
  void refusesAnOutOfRangeResponseWindow() {
    assertThatThrownBy(() -> start("server.port=0", "steward.db-url=jdbc:postgresql://127.0.0.1:1/none",
        "steward.notices.response-business-days=0")).hasStackTraceContaining("responseBusinessDays");
  }

  @Test
  void refusesAnUnparseableDuration() {
    assertThatThrownBy(() -> start("server.port=0", "steward.db-url=jdbc:postgresql://127.0.0.1:1/none",
        "steward.notices.counter-notice-window=fortnight")).hasStackTraceContaining("counter-notice-window");
  }

  @Test
  void refusesAShortBootstrapKey() {
    assertThatThrownBy(() -> start("server.port=0", "steward.db-url=jdbc:postgresql://127.0.0.1:1/none",
        "steward.bootstrap-admin-key=short")).hasStackTraceContaining("STEWARD_BOOTSTRAP_ADMIN_KEY");
  }

  @Test
  void refusesAPoolTooSmallForARequestAndItsWork() {
    assertThatThrownBy(() -> start("server.port=0", "steward.db-url=jdbc:postgresql://127.0.0.1:1/none",
        "steward.db-pool-size=1")).hasStackTraceContaining("steward.db-pool-size must be between 2 and 200");
  }
}
