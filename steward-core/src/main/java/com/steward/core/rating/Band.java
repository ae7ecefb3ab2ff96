package com.steward.core.rating;

/** The rating as a letter: A from 80, B from 65, C from 50, D from 35, E below. */
public enum Band {
  A(80),
  B(65),
  C(50),
  D(35),
  E(0);

  private final int from;

  Band(int from) {
    this.from = from;
  }

  /** The lowest score in the band. */
  public int from() {
    return from;
  }

  /** The band of a score from 0 to 100. */
  public static Band of(double score) {
    for (Band b : values()) {
      if (score >= b.from) {
        return b;
      }
    }
    return E;
  }
}
