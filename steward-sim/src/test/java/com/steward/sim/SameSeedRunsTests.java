package com.steward.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.metrics.GovernanceReport;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator end to end, as {@code ./steward sim} runs it: a real Steward server (the packaged
 * jar, its own embedded PostgreSQL, a clock the simulator sets, keys derived from the seed), a small
 * world played through the public API, twice. Two runs of one seed give the same metrics, and
 * Steward recorded the run on simulated dates.
 */
class SameSeedRunsTests {

  static final Path SERVER_JAR = Path.of("../steward-server/target/steward-server.jar");
  static final String ADMIN = "same-seed-admin-key-0123456789";

  @TempDir
  Path temp;

  static SimConfig world() {
    return WorldTests.small().with(Map.of("seed", "5", "days", "21", "listings", "90", "ownerDetectionPerDay", "0.2",
        "analystReviewsPerDay", "20", "banAfterRemovals", "2", "returnDelayDays", "3", "sellerMetricsEveryDays", "7",
        "refundPeriodDays", "7"));
  }

  @Test
  void twoRunsOfOneSeedGiveTheSameMetricsOnSimulatedDates() throws Exception {
    assertThat(SERVER_JAR).as("the server jar: build steward-server first (./mvnw verify builds it before steward-sim)")
        .exists();
    SimConfig config = world();
    Run first = run(config, temp.resolve("first"));
    Run second = run(config, temp.resolve("second"));

    assertThat(second.metrics()).isEqualTo(first.metrics());
    var report = first.report();
    assertThat(report.proactiveShare().whole()).as("infringing listings were removed").isPositive();
    assertThat(report.refunds()).hasSize(3);
    // Steward lived through the 21 simulated days: one trading day each, dated before today
    assertThat(first.tradingDays()).isEqualTo(21);
    assertThat(first.runsReported()).isEqualTo(1);
  }

  record Run(String metrics, GovernanceReport report, int tradingDays, int runsReported) {}

  Run run(SimConfig config, Path data) throws Exception {
    Files.createDirectories(data);
    int port;
    try (var s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    var pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar",
        SERVER_JAR.toString(), "--steward.simulated-clock=true", "--steward.scheduler-poll-interval=1s")
        .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
    pb.environment().put("STEWARD_DATA_DIR", data.toString());
    pb.environment().put("SERVER_PORT", String.valueOf(port));
    pb.environment().put("STEWARD_BOOTSTRAP_ADMIN_KEY", ADMIN);
    pb.environment().put("STEWARD_SECRETS_LINKAGEKEY", derive("steward-sim-linkage-" + config.seed()));
    pb.environment().put("STEWARD_SECRETS_ENCRYPTIONKEYS", "sim:" + derive("steward-sim-sealing-" + config.seed()));
    pb.environment().put("STEWARD_SECRETS_ACTIVEENCRYPTIONKEY", "sim");
    Process server = pb.start();
    try {
      String base = "http://127.0.0.1:" + port;
      awaitReady(server, base, data);
      var sim = new Simulation(config, World.generate(config, WorldTests.DATA, new SplittableRandom(config.seed())),
          new SplittableRandom(config.seed() ^ 0x5DEECE66DL), new Api(base, 0), ADMIN, "same-seed");
      GovernanceReport report = sim.run(System.err, (day, days, calls) -> {});
      sim.publish(Map.of("seed", config.seed(), "days", config.days(), "summary", "same-seed test",
          "rows", MetricsTable.rows(report).stream().map(r -> Map.of("metric", r[0], "value", r[1], "counts", r[2]))
              .toList(), "metrics", MetricsTable.json(report), "config", config.asMap()));
      String metrics = JsonMapper.builder().build().writeValueAsString(MetricsTable.json(report));
      var api = new Api(base, 0);
      var admin = api.get(ADMIN, "/api/v1/admin/clock");
      String today = admin.str("now").substring(0, 10);
      String yearAgo = java.time.LocalDate.parse(today).minusDays(365).toString();
      var days = api.get(ADMIN, "/api/v1/marketplaces/same-seed/trading-days?from=" + yearAgo + "&to=" + today);
      int tradingDays = 0;
      for (var d : days.json()) {
        assertThat(d.path("day").asString()).isLessThan(today);
        tradingDays++;
      }
      int runs = api.get(ADMIN, "/api/v1/marketplaces/same-seed/simulation-runs").json().size();
      return new Run(metrics, report, tradingDays, runs);
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  static void awaitReady(Process server, String base, Path data) throws Exception {
    var http = HttpClient.newHttpClient();
    long end = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < end) {
      if (!server.isAlive()) {
        throw new AssertionError("the server stopped:\n" + Files.readString(data.resolve("server.log")));
      }
      try {
        var r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the server was not ready in 4 minutes:\n" + Files.readString(data.resolve("server.log")));
  }

  static String derive(String text) throws Exception {
    return Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
