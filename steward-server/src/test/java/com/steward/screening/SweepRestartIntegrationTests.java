package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.steward.support.Api;
import com.steward.support.IntegrationTest;
import com.steward.support.OwnServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** A sweep started on a node that stops before running it is finished by the next node to start. */
class SweepRestartIntegrationTests {

  @TempDir
  Path dataDir;

  ConfigurableApplicationContext start(boolean scheduler) {
    return OwnServer.at(dataDir).set("steward.scheduler-poll-interval", "200ms")
        .set("steward.scheduler-enabled", String.valueOf(scheduler)).set("steward.screening.sweep-on-approval", "false")
        .start();
  }

  static Api api(ConfigurableApplicationContext ctx) {
    return OwnServer.api(ctx);
  }

  @Test
  void aSweepResumesAfterARestart() {
    String sweep;
    try (var first = start(false)) {
      var started = api(first).post(IntegrationTest.ADMIN_KEY, "/api/v1/sweeps", Map.of("reason", "restart test"));
      assertThat(started.status()).isEqualTo(202);
      sweep = started.str("id");
      assertThat(started.str("done")).isEqualTo("0");
    }
    try (var second = start(true)) {
      Api api = api(second);
      await().atMost(Duration.ofSeconds(90))
          .until(() -> "DONE".equals(api.get(IntegrationTest.ADMIN_KEY, "/api/v1/sweeps/" + sweep).str("status")));
      var done = api.get(IntegrationTest.ADMIN_KEY, "/api/v1/sweeps/" + sweep);
      assertThat(done.str("done")).isEqualTo(done.str("total"));
    }
  }
}
