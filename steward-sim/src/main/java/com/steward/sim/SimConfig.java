package com.steward.sim;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Every parameter of a run, with its default. A file of {@code key=value} lines overrides any of
 * them; an unknown key or a bad value stops the run with its name (no silent correction).
 */
public record SimConfig(
    long seed,
    int days,
    int brands,
    int honestSellers,
    int authorisedResellers,
    int counterfeiters,
    int rings,
    int ringSize,
    int listings,
    double counterfeitListingWeight,
    double honestBrandedShare,
    double skillPlain,
    double skillObfuscated,
    double skillLowPrice,
    double skillStuffing,
    double ownerDetectionPerDay,
    double ownerFalseNoticePerDay,
    double partnerShare,
    int agentClients,
    int agentNoticesPerDay,
    double referralResponseRate,
    double referralAccuracy,
    double counterNoticeRate,
    double counterfeitCounterNoticeRate,
    double ownerResponseRate,
    double ownerResponseAccuracy,
    int analystReviewsPerDay,
    double analystAccuracy,
    int banAfterRemovals,
    double returnProbability,
    int returnDelayDays,
    double returnKeepsPhone,
    double returnNewIdentity,
    double ordersPerListingDay,
    double fakeRefundRate,
    double genuineRefundAsFakeRate,
    double otherRefundRate,
    int refundPeriodDays,
    int sellerMetricsEveryDays,
    double requestsPerSecond,
    String dataDir) {

  public static SimConfig defaults() {
    return new SimConfig(1, 90, 50, 120, 20, 40, 8, 4, 2_000, 1.5, 0.15,
        0.25, 0.25, 0.25, 0.25, 0.08, 0.002, 0.3, 3, 2, 0.7, 0.95, 0.6, 0.1, 0.8, 0.9, 60, 0.95, 3, 0.6, 7, 0.5, 0.3,
        0.15, 0.4, 0.01, 0.03, 15, 30, 0, defaultDataDir());
  }

  /**
   * The shared data folder: the launcher names it ({@code STEWARD_SHARED_DATA}, beside the
   * project), as the simulator runs in the caller's folder; else {@code ../shared/data}.
   */
  static String defaultDataDir() {
    String given = System.getenv("STEWARD_SHARED_DATA");
    return given == null || given.isBlank() ? "../shared/data" : given;
  }

  private static final Map<String, Function<SimConfig, Object>> GETTERS = new LinkedHashMap<>();

  static {
    for (var c : SimConfig.class.getRecordComponents()) {
      GETTERS.put(c.getName(), cfg -> {
        try {
          return c.getAccessor().invoke(cfg);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      });
    }
  }

  /** The defaults overridden by the file's keys. */
  public static SimConfig load(Path file) throws IOException {
    var p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    }
    Map<String, String> overrides = new LinkedHashMap<>();
    for (String k : new TreeSet<>(p.stringPropertyNames())) {
      overrides.put(k, p.getProperty(k).strip());
    }
    return defaults().with(overrides);
  }

  /** This configuration with the given keys replaced; the values are parsed and checked. */
  public SimConfig with(Map<String, String> overrides) {
    Map<String, Object> values = asMap();
    for (var e : overrides.entrySet()) {
      Object current = values.get(e.getKey());
      if (current == null) {
        throw new IllegalArgumentException("unknown simulator parameter '" + e.getKey() + "'; known: " + values.keySet());
      }
      values.put(e.getKey(), parse(e.getKey(), e.getValue(), current));
    }
    Object[] args = values.values().toArray();
    var types = java.util.Arrays.stream(SimConfig.class.getRecordComponents()).map(c -> c.getType()).toArray(Class[]::new);
    try {
      return SimConfig.class.getDeclaredConstructor(types).newInstance(args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every parameter by name, in declaration order. */
  public Map<String, Object> asMap() {
    Map<String, Object> out = new LinkedHashMap<>();
    GETTERS.forEach((k, g) -> out.put(k, g.apply(this)));
    return out;
  }

  private static Object parse(String key, String value, Object current) {
    try {
      return switch (current) {
        case Long l -> Long.parseLong(value);
        case Integer i -> Integer.parseInt(value);
        case Double d -> Double.parseDouble(value);
        default -> value;
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": '" + value + "' is not a " + current.getClass().getSimpleName().toLowerCase());
    }
  }

  public SimConfig {
    positive("days", days);
    positive("brands", brands);
    positive("listings", listings);
    positive("refundPeriodDays", refundPeriodDays);
    positive("ringSize", ringSize);
    atLeastZero("honestSellers", honestSellers);
    atLeastZero("authorisedResellers", authorisedResellers);
    atLeastZero("counterfeiters", counterfeiters);
    atLeastZero("rings", rings);
    atLeastZero("agentClients", agentClients);
    atLeastZero("agentNoticesPerDay", agentNoticesPerDay);
    atLeastZero("analystReviewsPerDay", analystReviewsPerDay);
    atLeastZero("banAfterRemovals", banAfterRemovals);
    atLeastZero("returnDelayDays", returnDelayDays);
    atLeastZero("sellerMetricsEveryDays", sellerMetricsEveryDays);
    if (honestSellers + authorisedResellers + counterfeiters + rings == 0) {
      throw new IllegalArgumentException("honestSellers, authorisedResellers, counterfeiters, rings: at least one seller is needed");
    }
    if (agentClients > brands) {
      throw new IllegalArgumentException("agentClients: at most brands (" + brands + "), not " + agentClients);
    }
    share("honestBrandedShare", honestBrandedShare);
    share("ownerDetectionPerDay", ownerDetectionPerDay);
    share("ownerFalseNoticePerDay", ownerFalseNoticePerDay);
    share("partnerShare", partnerShare);
    share("referralResponseRate", referralResponseRate);
    share("referralAccuracy", referralAccuracy);
    share("counterNoticeRate", counterNoticeRate);
    share("counterfeitCounterNoticeRate", counterfeitCounterNoticeRate);
    share("ownerResponseRate", ownerResponseRate);
    share("ownerResponseAccuracy", ownerResponseAccuracy);
    share("analystAccuracy", analystAccuracy);
    share("returnProbability", returnProbability);
    share("returnKeepsPhone", returnKeepsPhone);
    share("returnNewIdentity", returnNewIdentity);
    share("fakeRefundRate", fakeRefundRate);
    share("genuineRefundAsFakeRate", genuineRefundAsFakeRate);
    share("otherRefundRate", otherRefundRate);
    for (var e : Map.of("skillPlain", skillPlain, "skillObfuscated", skillObfuscated, "skillLowPrice", skillLowPrice,
        "skillStuffing", skillStuffing, "counterfeitListingWeight", counterfeitListingWeight,
        "ordersPerListingDay", ordersPerListingDay, "requestsPerSecond", requestsPerSecond).entrySet()) {
      if (!(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
        throw new IllegalArgumentException(e.getKey() + ": must be a finite number >= 0, not " + e.getValue());
      }
    }
    if (skillPlain + skillObfuscated + skillLowPrice + skillStuffing <= 0) {
      throw new IllegalArgumentException("skillPlain, skillObfuscated, skillLowPrice, skillStuffing: one must be above 0");
    }
  }

  private static void positive(String name, long v) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + ": must be above 0, not " + v);
    }
  }

  private static void atLeastZero(String name, long v) {
    if (v < 0) {
      throw new IllegalArgumentException(name + ": must be 0 or more, not " + v);
    }
  }

  private static void share(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + ": must lie in [0, 1], not " + v);
    }
  }
}
