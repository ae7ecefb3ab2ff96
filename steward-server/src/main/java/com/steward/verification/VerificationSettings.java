package com.steward.verification;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Seller verification, from {@code steward.verification.*} (defaults in {@code application.yml},
 * documented in {@code docs/operations.md}). Checked at start: a bad value names its property.
 *
 * @param reverifyAfter how long an approval holds before the seller is verified again (12 months)
 * @param annualGrace how long a seller has to answer a yearly re-verification before the case expires
 * @param triggerGrace the same after a trigger (a changed identity, a link to a banned cluster, ...)
 * @param challengeValidity how long a real-person challenge may be answered
 * @param maxDocumentSize the largest document accepted
 * @param informSales sales in twelve months from which a seller is high-volume (INFORM: 200) ...
 * @param informRevenueUsd ... together with this gross revenue in USD (INFORM: 5,000)
 * @param informDisclosureUsd annual revenue in USD from which buyers are shown contact details (INFORM: 20,000)
 * @param informWindow how long a new high-volume seller has to give and verify its information (INFORM: 10 days)
 * @param retention how long trader information is kept after the relationship ends (DSA Art. 30(5): 6 months)
 */
@ConfigurationProperties("steward.verification")
public record VerificationSettings(
    Period reverifyAfter,
    Duration annualGrace,
    Duration triggerGrace,
    Duration challengeValidity,
    DataSize maxDocumentSize,
    int informSales,
    BigDecimal informRevenueUsd,
    BigDecimal informDisclosureUsd,
    Duration informWindow,
    Period retention) {

  public VerificationSettings {
    require(reverifyAfter != null && !reverifyAfter.isNegative() && !reverifyAfter.isZero(), "reverify-after",
        "a positive period such as 12m");
    require(annualGrace != null && annualGrace.compareTo(Duration.ofHours(1)) >= 0, "annual-grace", "at least 1h");
    require(triggerGrace != null && triggerGrace.compareTo(Duration.ofHours(1)) >= 0, "trigger-grace", "at least 1h");
    require(challengeValidity != null && challengeValidity.compareTo(Duration.ofMinutes(5)) >= 0,
        "challenge-validity", "at least 5m");
    require(maxDocumentSize != null && maxDocumentSize.toBytes() >= 1024
        && maxDocumentSize.toBytes() <= 5L * 1024 * 1024, "max-document-size", "between 1KB and 5MB");
    require(informSales > 0, "inform-sales", "a positive number");
    require(informRevenueUsd != null && informRevenueUsd.signum() > 0, "inform-revenue-usd", "a positive amount");
    require(informDisclosureUsd != null && informDisclosureUsd.signum() > 0, "inform-disclosure-usd",
        "a positive amount");
    require(informWindow != null && informWindow.compareTo(Duration.ofHours(1)) >= 0, "inform-window", "at least 1h");
    require(retention != null && !retention.isNegative() && !retention.isZero(), "retention",
        "a positive period such as 6m");
  }

  private static void require(boolean ok, String property, String what) {
    if (!ok) {
      throw new IllegalArgumentException("steward.verification." + property + " must be " + what);
    }
  }
}
