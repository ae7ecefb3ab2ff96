package com.steward.core.rating;

/**
 * What is typical, so that each measure can be scored from 0 to 100. Most measures are scored on
 * a half-point curve: {@code 100 x / (x + half)} for a measure where more is better and
 * {@code 100 half / (half + x)} where more is worse, so the typical value scores 50, the curve
 * never jumps, and every extra unit moves the score a little less.
 *
 * @param tenureHalfDays the tenure that scores 50
 * @param typicalOrders orders in 12 months that score 50
 * @param typicalRefundRate the refund rate that scores 50 (0 scores 100)
 * @param typicalFakeRefundRate the rate of refunds for suspected fakes that scores 50
 * @param halfUpheldNotices upheld notices in 12 months that score 50
 * @param typicalBlockedShare the share of a seller's listings blocked that scores 50
 * @param halfPenaltyPoints active penalty points that score 50
 * @param restrictedFactor what the penalty value is multiplied by while a restriction is in force, 0 to 1
 * @param halfPositiveSignals positive signals (brands authorised plus test buys passed) that
 *     take positive behaviour halfway from 50 to 100
 * @param bannedClusterRisk the least seller risk when the cluster holds a banned account, 0 to 1
 * @param riskPerLinkedAccount the risk each other account in the cluster adds, 0 to 1
 * @param maxClusterRisk the most risk the cluster's size alone adds, 0 to 1
 */
public record RatingScales(double tenureHalfDays, double typicalOrders, double typicalRefundRate,
    double typicalFakeRefundRate, double halfUpheldNotices, double typicalBlockedShare, double halfPenaltyPoints,
    double restrictedFactor, double halfPositiveSignals, double bannedClusterRisk, double riskPerLinkedAccount,
    double maxClusterRisk) {

  public RatingScales {
    requirePositive("tenureHalfDays", tenureHalfDays);
    requirePositive("typicalOrders", typicalOrders);
    requirePositive("typicalRefundRate", typicalRefundRate);
    requirePositive("typicalFakeRefundRate", typicalFakeRefundRate);
    requirePositive("halfUpheldNotices", halfUpheldNotices);
    requirePositive("typicalBlockedShare", typicalBlockedShare);
    requirePositive("halfPenaltyPoints", halfPenaltyPoints);
    requireShare("restrictedFactor", restrictedFactor);
    requirePositive("halfPositiveSignals", halfPositiveSignals);
    requireShare("bannedClusterRisk", bannedClusterRisk);
    requireShare("riskPerLinkedAccount", riskPerLinkedAccount);
    requireShare("maxClusterRisk", maxClusterRisk);
  }

  /**
   * A year of tenure, 100 orders a year, 5% refunds, 0.5% refunds for suspected fakes, two upheld
   * notices, 2% of listings blocked and 12 penalty points (the standard marketing suspension) each
   * score 50; a restriction in force halves the penalty value; three positive signals take
   * positive behaviour to 75; a banned account in the cluster puts the risk at 0.95 or more, and
   * each other account adds 0.05, up to 0.3.
   */
  public static RatingScales standard() {
    return new RatingScales(365, 100, 0.05, 0.005, 2, 0.02, 12, 0.5, 3, 0.95, 0.05, 0.3);
  }

  private static void requirePositive(String field, double v) {
    if (!(v > 0 && v < 1e9)) {
      throw new IllegalArgumentException(field + ": above 0, was " + v);
    }
  }

  private static void requireShare(String field, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(field + ": 0 to 1, was " + v);
    }
  }
}
