package com.steward.core.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.distribution.continuous.BetaDistribution;

/**
 * When notices or counter-notices are manifestly unfounded (DSA Art. 23): the findings that
 * start a warning and, if they persist past the warning, a time-limited suspension. Each finding
 * is stated in words, because it goes into the statement of reasons.
 *
 * @param minDecided settled items before a notifier's failure share is judged
 * @param unfoundedLower the lower credible bound (95%) of the failure share (reversed or rejected)
 *     from which notices are manifestly unfounded
 * @param concentration the share of a notifier's items against one seller that, with
 *     {@code minConcentrated} items of which at least half failed, points at a competitor
 * @param minConcentrated items against one seller before concentration counts
 * @param retaliationMin notices against a seller filed within {@code retaliationDays} after that
 *     seller counter-noticed the notifier, from which they look like retaliation
 * @param retaliationDays the window after a counter-notice
 * @param flaggedPrincipals for an agent: principals whose notices alone meet the failure finding
 * @param sellerMinCounterNotices settled counter-notices before a seller is judged
 * @param sellerDefeatedLower the lower bound of the share of a seller's counter-notices defeated
 *     (the notifier upheld its claim) from which they are manifestly unfounded
 * @param graceDays days after a warning before a suspension
 * @param suspensionDays how long a suspension lasts
 */
public record MisusePolicy(long minDecided, double unfoundedLower, double concentration, long minConcentrated,
    long retaliationMin, int retaliationDays, int flaggedPrincipals, long sellerMinCounterNotices,
    double sellerDefeatedLower, int graceDays, int suspensionDays) {

  public static final MisusePolicy DEFAULT = new MisusePolicy(10, 0.5, 0.6, 10, 3, 7, 2, 5, 0.7, 14, 30);

  public MisusePolicy {
    if (minDecided < 1 || minConcentrated < 1 || retaliationMin < 1 || flaggedPrincipals < 1
        || sellerMinCounterNotices < 1) {
      throw new IllegalArgumentException("counts: at least 1");
    }
    if (!(unfoundedLower > 0 && unfoundedLower < 1) || !(concentration > 0 && concentration <= 1)
        || !(sellerDefeatedLower > 0 && sellerDefeatedLower < 1)) {
      throw new IllegalArgumentException("shares: between 0 and 1");
    }
    if (retaliationDays < 1 || graceDays < 0 || suspensionDays < 1) {
      throw new IllegalArgumentException("days: retaliationDays and suspensionDays at least 1, graceDays at least 0");
    }
  }

  /**
   * What a notifier's notices show over the window.
   *
   * @param outcomes all its items
   * @param topSellerItems its items against the seller it names most
   * @param topSellerFailed of those, reversed or rejected
   * @param retaliatory items filed against a seller within the retaliation window after that seller
   *     counter-noticed one of its items
   * @param principalsFlagged for an agent, principals whose own items meet the failure finding
   */
  public record NotifierSignals(Outcomes outcomes, long topSellerItems, long topSellerFailed, long retaliatory,
      int principalsFlagged) {}

  /** Whether these outcomes alone are manifestly unfounded. */
  public boolean unfounded(Outcomes o) {
    long failed = o.reversed() + o.rejected();
    return o.decided() >= minDecided && lowerBound(failed, o.upheld()) >= unfoundedLower;
  }

  /** The findings against a notifier; empty if none. */
  public List<String> findings(NotifierSignals s) {
    List<String> out = new ArrayList<>();
    Outcomes o = s.outcomes();
    long failed = o.reversed() + o.rejected();
    if (unfounded(o)) {
      out.add(String.format(Locale.ROOT, "%d of %d settled notice items were reversed or rejected", failed,
          o.decided()));
    }
    long all = o.decided() + o.pending();
    if (s.topSellerItems() >= minConcentrated && all > 0 && (double) s.topSellerItems() / all >= concentration
        && 2 * s.topSellerFailed() >= s.topSellerItems()) {
      out.add(String.format(Locale.ROOT,
          "%d of %d notice items named one seller, and %d of those were reversed or rejected", s.topSellerItems(), all,
          s.topSellerFailed()));
    }
    if (s.retaliatory() >= retaliationMin) {
      out.add(String.format(Locale.ROOT,
          "%d notice items were filed against sellers within %d days of their counter-notices against you",
          s.retaliatory(), retaliationDays));
    }
    if (s.principalsFlagged() >= flaggedPrincipals) {
      out.add(String.format(Locale.ROOT, "the notices filed for %d of your principals were manifestly unfounded",
          s.principalsFlagged()));
    }
    return out;
  }

  /** The findings against a seller's counter-notices: {@code defeated} upheld against it of {@code settled}. */
  public List<String> sellerFindings(long defeated, long settled) {
    if (settled >= sellerMinCounterNotices && lowerBound(defeated, settled - defeated) >= sellerDefeatedLower) {
      return List.of(String.format(Locale.ROOT,
          "%d of %d settled counter-notices were defeated by the rights holder's evidence", defeated, settled));
    }
    return List.of();
  }

  private static double lowerBound(long hits, long misses) {
    return new BetaDistribution(1 + hits, 1 + misses).inverseCumulativeProbability(0.05);
  }
}
