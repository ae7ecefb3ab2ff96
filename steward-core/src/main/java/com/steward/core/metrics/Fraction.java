package com.steward.core.metrics;

/** A share kept as its two counts, so a report shows both and an empty denominator stays visible. */
public record Fraction(long part, long whole) {

  public Fraction {
    if (part < 0 || whole < 0 || part > whole) {
      throw new IllegalArgumentException("a fraction needs 0 <= part <= whole, not " + part + "/" + whole);
    }
  }

  /** The share, or NaN when there is nothing to share out. */
  public double value() {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
