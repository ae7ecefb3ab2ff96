package com.steward.core.penalties;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How violations become points and points become restrictions: the points of every violation
 * type at each severity, the rolling window over which points count, and the ladder of
 * thresholds in ascending order of points. A plain tree of values, stored as JSON and edited by
 * analysts; every change makes a new, validated policy.
 *
 * @param points the points of each violation type; every type must be present
 * @param windowDays how long a violation's points count after it occurred, 1 to 3650 days
 * @param ladder the thresholds, strictly ascending in points; a closure, if any, is the last
 */
public record PenaltyPolicy(Map<ViolationType, PointScale> points, int windowDays, List<Threshold> ladder) {

  public static final int DEFAULT_WINDOW_DAYS = 365;

  public PenaltyPolicy {
    if (points == null) {
      throw new IllegalArgumentException("points: required");
    }
    for (ViolationType type : ViolationType.values()) {
      if (points.get(type) == null) {
        throw new IllegalArgumentException("points." + type + ": missing, every violation type needs its points");
      }
    }
    points = Collections.unmodifiableMap(new EnumMap<>(points));
    if (windowDays < 1 || windowDays > 3650) {
      throw new IllegalArgumentException("windowDays: 1 to 3650, was " + windowDays);
    }
    if (ladder == null) {
      throw new IllegalArgumentException("ladder: required");
    }
    ladder = List.copyOf(ladder);
    for (int i = 1; i < ladder.size(); i++) {
      int previous = ladder.get(i - 1).points();
      if (ladder.get(i).points() <= previous) {
        throw new IllegalArgumentException("ladder[" + i + "].points: must be above ladder[" + (i - 1) + "].points ("
            + previous + "), was " + ladder.get(i).points());
      }
    }
    for (int i = 0; i < ladder.size() - 1; i++) {
      if (ladder.get(i).restriction() == Restriction.CLOSURE) {
        throw new IllegalArgumentException("ladder[" + i + "].restriction: CLOSURE must be the last threshold");
      }
    }
  }

  /**
   * The standard policy: points over 365 days, and this ladder:
   *
   * <pre>
   *  4 points  warning
   *  8 points  listings limited to 50 active
   * 12 points  marketing suspended
   * 24 points  store suspended for 7 days
   * 36 points  store suspended for 14 days
   * 48 points  store closed
   * </pre>
   *
   * Points per violation (minor / major / severe), and why:
   *
   * <ul>
   *   <li>{@code SCREENING_BLOCK} 1 / 2 / 4: automated and before publication, so no buyer saw the
   *       listing, and screening has false positives: an honest seller with a few blocks a year
   *       stays under the warning.
   *   <li>{@code UPHELD_NOTICE} 3 / 6 / 12: a person reviewed it after the seller could answer. An
   *       upheld counterfeit notice (major, 6) warns; two suspend marketing, four suspend the
   *       store for a week, eight close it.
   *   <li>{@code COUNTERFEIT_CONFIRMED} 6 / 12 / 24: a test buy or a referral proved that fakes
   *       were sold, which is worth two upheld notices; a major one alone suspends marketing, a
   *       severe one (a batch, a repeat) the store.
   *   <li>{@code PROHIBITED_ITEM} 2 / 6 / 12: from restricted goods in the wrong place to goods
   *       that endanger buyers.
   *   <li>{@code IDENTITY_FRAUD} 12 / 24 / 48: a false identity defeats every other control;
   *       forged documents (severe) close the store at once.
   *   <li>{@code BAN_EVASION} 24 / 48 / 48: a banned seller's return closes the store once
   *       confirmed (major or severe); minor is for a link an analyst judged probable only.
   * </ul>
   *
   * The thresholds are multiples of twelve, the way sellers on the large Asian marketplaces know
   * them, with a warning and a listing limit below the first twelve so that a seller hears early.
   */
  public static PenaltyPolicy standard() {
    Map<ViolationType, PointScale> p = new EnumMap<>(ViolationType.class);
    p.put(ViolationType.SCREENING_BLOCK, new PointScale(1, 2, 4));
    p.put(ViolationType.UPHELD_NOTICE, new PointScale(3, 6, 12));
    p.put(ViolationType.COUNTERFEIT_CONFIRMED, new PointScale(6, 12, 24));
    p.put(ViolationType.PROHIBITED_ITEM, new PointScale(2, 6, 12));
    p.put(ViolationType.IDENTITY_FRAUD, new PointScale(12, 24, 48));
    p.put(ViolationType.BAN_EVASION, new PointScale(24, 48, 48));
    return new PenaltyPolicy(p, DEFAULT_WINDOW_DAYS, List.of(Threshold.warning(4), Threshold.listingLimit(8, 50),
        Threshold.marketingSuspension(12), Threshold.storeSuspension(24, 7), Threshold.storeSuspension(36, 14),
        Threshold.closure(48)));
  }

  /** This policy with other points for one violation type. */
  public PenaltyPolicy withPoints(ViolationType type, PointScale scale) {
    Map<ViolationType, PointScale> p = new EnumMap<>(points);
    p.put(type, scale);
    return new PenaltyPolicy(p, windowDays, ladder);
  }

  /** This policy with another window. */
  public PenaltyPolicy withWindowDays(int days) {
    return new PenaltyPolicy(points, days, ladder);
  }

  /** This policy with another ladder. */
  public PenaltyPolicy withLadder(List<Threshold> thresholds) {
    return new PenaltyPolicy(points, windowDays, thresholds);
  }

  /** The rolling window. */
  public Duration window() {
    return Duration.ofDays(windowDays);
  }

  /** The points of a violation of this type and severity. */
  public int pointsFor(ViolationType type, Severity severity) {
    return points.get(type).of(severity);
  }

  /** The points a violation gives: its own, if a reviewer set them, else the policy's. */
  public int pointsFor(Violation v) {
    Integer own = v.points();
    return own != null ? own : pointsFor(v.type(), v.severity());
  }
}
