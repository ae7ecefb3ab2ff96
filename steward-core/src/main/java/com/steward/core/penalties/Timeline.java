package com.steward.core.penalties;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A cluster's points through time: each violation adds its points when it occurs and takes them
 * away when it expires. Changes at the same instant are taken together, so a violation expiring
 * at the moment another occurs crosses nothing. Only violations that occurred by {@code now}
 * are on it, so what lies after {@code now} is expiries alone.
 */
final class Timeline {

  private final NavigableMap<Instant, Integer> changes = new TreeMap<>();
  private final Instant now;

  Timeline(List<CountedViolation> scored, Instant now) {
    this.now = now;
    for (CountedViolation c : scored) {
      changes.merge(c.violation().occurredAt(), c.points(), Integer::sum);
      changes.merge(c.expiresAt(), -c.points(), Integer::sum);
    }
  }

  /** The restrictions in force at {@code now}, when the cluster has {@code points}, in ladder order. */
  List<RestrictionInForce> inForce(List<Threshold> ladder, int points) {
    int n = ladder.size();
    Instant[] first = new Instant[n];
    Instant[] last = new Instant[n];
    int running = 0;
    for (Map.Entry<Instant, Integer> e : changes.headMap(now, true).entrySet()) {
      int after = running + e.getValue();
      for (int i = 0; i < n; i++) {
        int p = ladder.get(i).points();
        if (running < p && after >= p) {
          first[i] = first[i] == null ? e.getKey() : first[i];
          last[i] = e.getKey();
        }
      }
      running = after;
    }
    List<RestrictionInForce> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Threshold t = ladder.get(i);
      switch (t.restriction()) {
        case WARNING, LISTING_LIMIT, MARKETING_SUSPENSION -> {
          if (points >= t.points()) {
            out.add(new RestrictionInForce(t, last[i], fallsBelow(t.points(), points)));
          }
        }
        case STORE_SUSPENSION -> {
          if (last[i] != null) {
            Instant end = last[i].plus(Duration.ofDays(t.suspensionDays()));
            if (end.isAfter(now)) {
              out.add(new RestrictionInForce(t, last[i], end));
            }
          }
        }
        case CLOSURE -> {
          if (first[i] != null) {
            out.add(new RestrictionInForce(t, first[i], null));
          }
        }
      }
    }
    return out;
  }

  /** The next moment the points change after {@code now}; null if none will. */
  @Nullable Instant nextChange() {
    return changes.higherKey(now);
  }

  /** When expiries take {@code points} (at now) below {@code threshold}. */
  private Instant fallsBelow(int threshold, int points) {
    int running = points;
    for (Map.Entry<Instant, Integer> e : changes.tailMap(now, false).entrySet()) {
      running += e.getValue();
      if (running < threshold) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("points that never expire");
  }
}
