package com.steward.core.rating;

import java.util.Locale;

/**
 * One component of a rating.
 *
 * @param factor which component
 * @param value its value, 0 to 100
 * @param weight its share of the rating, 0 to 1 (the weights normalised)
 * @param contribution {@code weight * value}: the points it adds to the rating
 * @param explanation what it was computed from, in a seller's words
 */
public record Component(Factor factor, double value, double weight, double contribution, String explanation) {

  /** The line a seller reads, such as "compliance 50 × 25% = 12.5: 2 upheld notices in 12 months (50)". */
  public String explain() {
    return String.format(Locale.ROOT, "%s %.0f × %.0f%% = %.1f: %s", factor.label(), value, weight * 100,
        contribution, explanation);
  }
}
