package com.steward.screening;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Screening, from {@code steward.screening.*} (defaults in {@code application.yml}, documented in
 * {@code docs/operations.md}). Checked at start: a bad value names its property.
 *
 * @param sweepOnApproval whether an approved brand revision (or an import, or a suspicious term added or removed)
 *     starts a sweep of the catalogue
 * @param sweepListingsPerSecond a sweep's pace: 0 for as fast as the node screens, else at least 1
 */
@ConfigurationProperties("steward.screening")
public record ScreeningSettings(boolean sweepOnApproval, double sweepListingsPerSecond) {

  public ScreeningSettings {
    if (!(sweepListingsPerSecond == 0 || sweepListingsPerSecond >= 1) || Double.isInfinite(sweepListingsPerSecond)) {
      throw new IllegalArgumentException("steward.screening.sweep-listings-per-second must be 0 (no pace) or a "
          + "number of listings a second of at least 1, not " + sweepListingsPerSecond);
    }
  }
}
