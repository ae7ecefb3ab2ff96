package com.steward.core.penalties;

/**
 * What a threshold of the ladder does to the seller's cluster while it is in force.
 *
 * <p>{@code WARNING}, {@code LISTING_LIMIT} and {@code MARKETING_SUSPENSION} last while the
 * points stay at or above the threshold. {@code STORE_SUSPENSION} runs its days from the moment
 * the points crossed the threshold, whatever the points do meanwhile; it starts again only after
 * the points fell below the threshold and crossed it anew. {@code CLOSURE} is final.
 */
public enum Restriction {
  WARNING,
  LISTING_LIMIT,
  MARKETING_SUSPENSION,
  STORE_SUSPENSION,
  CLOSURE;

  /** Whether the restriction lasts only while the points hold it. */
  public boolean heldByPoints() {
    return switch (this) {
      case WARNING, LISTING_LIMIT, MARKETING_SUSPENSION -> true;
      case STORE_SUSPENSION, CLOSURE -> false;
    };
  }
}
