package com.steward.core.metrics;

import org.jspecify.annotations.Nullable;

/**
 * One listing: the truth (does it infringe) and what was observed (when it was listed, first
 * sold, removed, and why). Times are simulated minutes; {@code removedAt} and {@code cause} are
 * both null or both set.
 */
public record ListingOutcome(String id, boolean infringing, long listedAt, @Nullable Long firstSaleAt,
    @Nullable Long removedAt, @Nullable RemovalCause cause) {

  public ListingOutcome {
    if ((removedAt == null) != (cause == null)) {
      throw new IllegalArgumentException("listing " + id + ": removedAt and cause must be given together");
    }
    if (removedAt != null && removedAt < listedAt) {
      throw new IllegalArgumentException("listing " + id + ": removed at " + removedAt + " before listed at " + listedAt);
    }
  }

  public static ListingOutcome live(String id, boolean infringing, long listedAt, @Nullable Long firstSaleAt) {
    return new ListingOutcome(id, infringing, listedAt, firstSaleAt, null, null);
  }

  public boolean removed() {
    return removedAt != null;
  }
}
