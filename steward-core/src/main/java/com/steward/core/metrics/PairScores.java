package com.steward.core.metrics;

/**
 * Pairwise linkage quality: of the pairs of accounts that truly belong to one ring
 * ({@code truePairs}) and the pairs that Steward put into one cluster ({@code predictedPairs}),
 * how many agree ({@code bothPairs}).
 */
public record PairScores(long bothPairs, long predictedPairs, long truePairs) {

  public double precision() {
    return predictedPairs == 0 ? Double.NaN : (double) bothPairs / predictedPairs;
  }

  public double recall() {
    return truePairs == 0 ? Double.NaN : (double) bothPairs / truePairs;
  }

  /** The harmonic mean of precision and recall; NaN when either is undefined, 0 when no pair agrees. */
  public double f1() {
    double p = precision();
    double r = recall();
    if (Double.isNaN(p) || Double.isNaN(r)) {
      return Double.NaN;
    }
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
