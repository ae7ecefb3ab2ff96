package com.steward.sim;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code steward sim --load}: sets up a marketplace with brands, owners and sellers through the
 * API, sends listing upserts, notices and screening dry runs at fixed rates to the Steward at
 * {@code --target} (the admin key in STEWARD_ADMIN_KEY), and prints what was achieved
 * (docs/simulator.md, "Load").
 */
final class LoadCommand {

  private LoadCommand() {}

  static void main(String[] args) throws Exception {
    LoadOptions o;
    try {
      o = LoadOptions.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
      return;
    }
    String admin = System.getenv("STEWARD_ADMIN_KEY");
    if (o.target() == null || admin == null || admin.isBlank()) {
      fail("--target URL and STEWARD_ADMIN_KEY are needed (./steward sim sets both when it starts its own server)");
      return;
    }
    String startedAt = Instant.now().toString();
    RealData data = RealData.load(Path.of(SimConfig.defaults().dataDir()));
    World world = World.generate(SimConfig.defaults().with(Map.of("seed", Long.toString(o.seed()), "days", "1",
        "brands", "5", "honestSellers", "30", "authorisedResellers", "5", "counterfeiters", "15", "rings", "0",
        "agentClients", "0", "partnerShare", "0", "listings", "1")), data, new SplittableRandom(o.seed()));
    var rnd = new SplittableRandom(o.seed() ^ 0x5DEECE66DL);
    String market = "load-" + o.seed() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    long t0 = System.nanoTime();
    LoadSetup.Fixture fixture = new LoadSetup(new Api(o.target(), 0), admin, data, rnd).create(world, market);
    System.err.printf("load: marketplace %s with %d brands and %d sellers set up in %.1f s; sending for %d s%n", market,
        fixture.brands().size(), fixture.sellers().size(), (System.nanoTime() - t0) / 1e9,
        o.warmupSeconds() + o.durationSeconds());
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    var traffic = new LoadTraffic(fixture, data, o.target(), rnd, new SplittableRandom(o.seed() ^ 0x9E3779B97F4A7C15L));
    long cpu0 = processCpuNanos();
    long wall0 = System.nanoTime();
    // the server's CPU over the measured window (LoadRun starts its clock 50 ms from now), when it
    // runs here and its process is known
    var window = o.serverPid() <= 0 ? null : new ServerCpu(o.serverPid(), o.databaseDir()).window(
        Duration.ofMillis(o.warmupSeconds() * 1000L + 50),
        Duration.ofMillis((o.warmupSeconds() + o.durationSeconds()) * 1000L + 50));
    LoadRun.Result result = new LoadRun(o, traffic, http, System::nanoTime).run();
    double cpu = (processCpuNanos() - cpu0) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    System.out.print(LoadReport.table(o, result));
    // the generator shares the machine with the server: what it took is part of the result
    System.out.printf(java.util.Locale.ROOT, "load generator: %.1f s of CPU in %.1f s (%.2f cores on average)%n", cpu,
        wall, cpu / wall);
    ServerCpu.Sample used = window == null ? null : window.used().orElse(null);
    if (used != null) {
      System.out.print(LoadReport.serverCpu(o, result, used));
    }
    if (o.out() != null) {
      Map<String, Object> json = LoadReport.json(o, result, startedAt);
      json.put("generatorCpuSeconds", Math.round(cpu * 10) / 10.0);
      json.put("generatorWallSeconds", Math.round(wall * 10) / 10.0);
      if (used != null) {
        json.put("serverCpuSeconds", used.server() < 0 ? null : Math.round(used.server() * 100) / 100.0);
        json.put("databaseCpuSeconds", used.database() < 0 ? null : Math.round(used.database() * 100) / 100.0);
      }
      Files.writeString(Path.of(o.out()), JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
          .writeValueAsString(json));
    }
  }

  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  private static void fail(String message) {
    System.err.println("steward sim: " + message);
    System.exit(2);
  }
}
