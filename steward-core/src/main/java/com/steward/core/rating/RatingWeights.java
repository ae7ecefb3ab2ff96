package com.steward.core.rating;

/**
 * How much each component counts. Weights are relative: the rating divides each by their sum, so
 * {@code (3, 4, 5, 4, 2, 2)} means the same as the standard fractions.
 */
public record RatingWeights(double verification, double credibility, double compliance, double penalties,
    double positiveBehaviour, double cooperation) {

  public RatingWeights {
    requireWeight("verification", verification);
    requireWeight("credibility", credibility);
    requireWeight("compliance", compliance);
    requireWeight("penalties", penalties);
    requireWeight("positiveBehaviour", positiveBehaviour);
    requireWeight("cooperation", cooperation);
    if (verification + credibility + compliance + penalties + positiveBehaviour + cooperation <= 0) {
      throw new IllegalArgumentException("weights: at least one must be above 0");
    }
  }

  /**
   * Compliance 25%, credibility and penalties 20% each, verification 15%, positive behaviour and
   * cooperation 10% each: what the seller did to rights holders and buyers weighs most, who the
   * seller is next, and the signals a seller can earn least, so that they help without buying
   * back a poor record.
   */
  public static RatingWeights standard() {
    return new RatingWeights(0.15, 0.20, 0.25, 0.20, 0.10, 0.10);
  }

  /** The weight of one component, as given. */
  public double of(Factor factor) {
    return switch (factor) {
      case VERIFICATION -> verification;
      case CREDIBILITY -> credibility;
      case COMPLIANCE -> compliance;
      case PENALTIES -> penalties;
      case POSITIVE_BEHAVIOUR -> positiveBehaviour;
      case COOPERATION -> cooperation;
    };
  }

  /** The sum of the weights, which normalises them. */
  public double total() {
    return verification + credibility + compliance + penalties + positiveBehaviour + cooperation;
  }

  private static void requireWeight(String field, double w) {
    if (!(w >= 0 && w <= 1_000)) {
      throw new IllegalArgumentException(field + ": 0 to 1000, was " + w);
    }
  }
}
