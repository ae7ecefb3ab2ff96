package com.steward.core.metrics;

import org.jspecify.annotations.Nullable;

/**
 * One notice item: the notifier's program when it filed ({@code REGULAR} for none), whether the
 * claim is true (the listing infringes), when it was filed and when the first decision on it was
 * seen (null while undecided).
 */
public record NoticeOutcome(String program, boolean valid, long filedAt, @Nullable Long decidedAt) {

  public NoticeOutcome {
    if (decidedAt != null && decidedAt < filedAt) {
      throw new IllegalArgumentException("notice decided at " + decidedAt + " before filed at " + filedAt);
    }
  }
}
