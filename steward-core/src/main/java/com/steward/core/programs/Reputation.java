package com.steward.core.programs;

import org.hipparchus.distribution.continuous.BetaDistribution;

/**
 * A notifier's accuracy as a Beta-Binomial estimate: with a Beta(a, b) prior and {@code s} upheld
 * out of {@code n} settled items, the posterior is Beta(a + s, b + n - s). Its mean is the
 * estimate; its lower quantile is the bound a program can trust: with few items the bound stays
 * low whatever the share, so a handful of lucky notices never enrols anyone.
 *
 * <p>The share of successful counter-notices is counted the same way over the items that were
 * taken down (reversed / (upheld + reversed)), with the bound on the high side: the worst it
 * plausibly is.
 *
 * @param accuracy the posterior mean of upheld / settled
 * @param accuracyLower the lower credible bound of accuracy at {@code confidence}
 * @param counterNoticeSuccess the posterior mean of reversed / taken down
 * @param counterNoticeUpper the upper credible bound of that share
 */
public record Reputation(Outcomes outcomes, double accuracy, double accuracyLower, double counterNoticeSuccess,
    double counterNoticeUpper, double confidence) {

  /** The prior: uniform, so the data speak for themselves and an empty record sits at one half. */
  public static final double PRIOR_A = 1;
  public static final double PRIOR_B = 1;

  /** The estimate with a one-sided credible bound at {@code confidence} (e.g. 0.95). */
  public static Reputation of(Outcomes o, double confidence) {
    if (!(confidence > 0.5 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must lie in (0.5, 1)");
    }
    double a = PRIOR_A + o.upheld();
    double b = PRIOR_B + o.reversed() + o.rejected();
    BetaDistribution accuracy = new BetaDistribution(a, b);
    double ca = PRIOR_A + o.reversed();
    double cb = PRIOR_B + o.upheld();
    BetaDistribution counter = new BetaDistribution(ca, cb);
    return new Reputation(o, a / (a + b), accuracy.inverseCumulativeProbability(1 - confidence), ca / (ca + cb),
        counter.inverseCumulativeProbability(confidence), confidence);
  }
}
