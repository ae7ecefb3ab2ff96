package com.steward.simulations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One run of the marketplace simulator as it reported itself: the metrics table it printed (rows
 * of metric, value and counts), the same metrics as JSON, and the configuration it ran with.
 */
public record SimulationRun(UUID id, String marketplace, long seed, int days, String summary, List<Row> rows,
    Object metrics, Object config, String createdBy, Instant createdAt) {

  /** One line of the metrics table. */
  public record Row(String metric, String value, String counts) {}
}
