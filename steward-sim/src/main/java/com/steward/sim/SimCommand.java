package com.steward.sim;

import com.steward.core.metrics.GovernanceReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code steward sim --report [--seed N] [--config FILE] [--target URL] [--out FILE] [--progress] [--market CODE]}:
 * runs one simulation against the Steward at {@code --target} (the admin key in
 * STEWARD_ADMIN_KEY), prints the metrics and reports them to Steward for its console. The
 * launcher script starts a server of its own when no target is named.
 *
 * <p>{@code steward sim --load --listings-per-second N --notices-per-second M --duration SECONDS
 * [--warmup SECONDS] [--seed S] [--target URL] [--out FILE]} instead sends listing upserts and
 * notices at those rates and prints the throughput and latency achieved ({@link LoadCommand}).
 */
public final class SimCommand {

  private SimCommand() {}

  public static void main(String[] args) throws Exception {
    if (java.util.Arrays.asList(args).contains("--load")) {
      LoadCommand.main(args);
      return;
    }
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--report" -> opts.put("report", "true");
        case "--progress" -> opts.put("progress", "true");
        case "--seed", "--config", "--target", "--out", "--market" -> {
          if (i + 1 >= args.length) {
            fail(args[i] + " needs a value");
          }
          opts.put(args[i].substring(2), args[++i]);
        }
        default -> fail("unknown argument '" + args[i] + "'");
      }
    }
    String target = opts.get("target");
    String admin = System.getenv("STEWARD_ADMIN_KEY");
    if (target == null || admin == null || admin.isBlank()) {
      fail("--target URL and STEWARD_ADMIN_KEY are needed (./steward sim sets both when it starts its own server)");
    }
    SimConfig config = opts.containsKey("config") ? SimConfig.load(Path.of(opts.get("config"))) : SimConfig.defaults();
    if (opts.containsKey("seed")) {
      config = config.with(Map.of("seed", opts.get("seed")));
    }
    RealData data;
    try {
      data = RealData.load(Path.of(config.dataDir()));
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
      return;
    }
    World world = World.generate(config, data, new SplittableRandom(config.seed()));
    String market = opts.getOrDefault("market",
        "sim-" + config.seed() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36));
    var sim = new Simulation(config, world, new SplittableRandom(config.seed() ^ 0x5DEECE66DL),
        new Api(target, config.requestsPerSecond()), admin, market);
    long t0 = System.nanoTime();
    Simulation.Progress progress = opts.containsKey("progress") ? new ProgressBar(System.err, t0)
        : (day, days, calls) -> {
          if (day % 10 == 0) {
            System.err.printf("sim: day %d, %d calls%n", day, calls);
          }
        };
    GovernanceReport report = sim.run(System.err, progress);
    System.err.printf("sim: done in %.0f s, %d API calls, %d listing pushes refused%n",
        (System.nanoTime() - t0) / 1e9, sim.calls(), sim.refused());
    String summary = "%d brands, %d sellers, %d listings planned; %d API calls".formatted(config.brands(),
        world.sellers().size(), config.listings(), sim.calls());
    var run = new java.util.LinkedHashMap<String, Object>();
    run.put("seed", config.seed());
    run.put("days", config.days());
    run.put("summary", summary);
    run.put("rows", MetricsTable.rows(report).stream()
        .map(r -> Map.of("metric", r[0], "value", r[1], "counts", r[2])).toList());
    run.put("metrics", MetricsTable.json(report));
    run.put("config", config.asMap());
    sim.publish(run);
    System.out.printf("Steward governance metrics: seed %d, %d days, %d brands, %d sellers, %d listings planned%n%n",
        config.seed(), config.days(), config.brands(), world.sellers().size(), config.listings());
    System.out.print(MetricsTable.format(report));
    if (opts.containsKey("out")) {
      var out = new java.util.LinkedHashMap<String, Object>();
      out.put("config", config.asMap());
      out.put("metrics", MetricsTable.json(report));
      Files.writeString(Path.of(opts.get("out")), JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
          .writeValueAsString(out));
    }
  }

  private static void fail(String message) {
    System.err.println("steward sim: " + message);
    System.exit(2);
  }
}
