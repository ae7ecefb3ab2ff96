package com.steward.core.screening.rules;

/** Scores at or above {@code block} block the listing; at or above {@code refer}, refer it to the brand. */
public record Thresholds(double refer, double block) {

  public Thresholds {
    if (!(refer > 0 && refer <= block && block <= 1)) {
      throw new IllegalArgumentException("thresholds need 0 < refer <= block <= 1, were " + refer + " and " + block);
    }
  }
}
