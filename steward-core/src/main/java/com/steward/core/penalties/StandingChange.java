package com.steward.core.penalties;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one new violation changes.
 *
 * @param before the standing without it
 * @param after the standing with it
 * @param crossed the thresholds whose restrictions it puts in force, in ladder order: the server
 *     applies exactly these, once; none if the cluster was closed already
 * @param recheckAt when a restriction in force after it lifts first (points expire, a suspension
 *     ends), for a durable re-check; null if nothing is in force
 */
public record StandingChange(Standing before, Standing after, List<Threshold> crossed, @Nullable Instant recheckAt) {

  public StandingChange {
    crossed = List.copyOf(crossed);
  }
}
