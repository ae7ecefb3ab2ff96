package com.steward.core.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The governance metrics of issue 6, each a pure function of truth and observations. The exact
 * definitions are in {@code docs/simulator.md}; each method's comment repeats its own.
 */
public final class GovernanceMetrics {

  /** Minutes in the 24 hours of the notice service level. */
  public static final long DAY_MINUTES = 24 * 60;

  private GovernanceMetrics() {}

  /** Of the infringing listings that came down, those that came down proactively. */
  public static Fraction proactiveShare(Collection<ListingOutcome> listings) {
    long removed = 0;
    long proactive = 0;
    for (ListingOutcome l : listings) {
      if (l.infringing() && l.removed()) {
        removed++;
        if (l.cause() == RemovalCause.PROACTIVE) {
          proactive++;
        }
      }
    }
    return new Fraction(proactive, removed);
  }

  /** Infringing listings removed proactively per infringing listing removed on a notice; NaN without the latter. */
  public static double proactiveToReactive(Collection<ListingOutcome> listings) {
    Fraction f = proactiveShare(listings);
    long reactive = f.whole() - f.part();
    return reactive == 0 ? Double.NaN : (double) f.part() / reactive;
  }

  /**
   * Of all infringing listings, those removed before anyone bought them: removed, and either never
   * sold or removed strictly before the first sale.
   */
  public static Fraction removedBeforeFirstSale(Collection<ListingOutcome> listings) {
    long infringing = 0;
    long early = 0;
    for (ListingOutcome l : listings) {
      if (!l.infringing()) {
        continue;
      }
      infringing++;
      if (l.removedAt() != null && (l.firstSaleAt() == null || l.removedAt() < l.firstSaleAt())) {
        early++;
      }
    }
    return new Fraction(early, infringing);
  }

  /** Of all listings that came down (for any cause), those that did not infringe. */
  public static Fraction wrongfulTakedowns(Collection<ListingOutcome> listings) {
    long removed = 0;
    long wrongful = 0;
    for (ListingOutcome l : listings) {
      if (l.removed()) {
        removed++;
        if (!l.infringing()) {
          wrongful++;
        }
      }
    }
    return new Fraction(wrongful, removed);
  }

  /**
   * The median of minutes from listing to removal over the infringing listings removed for
   * {@code cause} (the mean of the two middle values for an even count); NaN when there are none.
   */
  public static double medianMinutesToRemoval(Collection<ListingOutcome> listings, RemovalCause cause) {
    List<Long> spans = new ArrayList<>();
    for (ListingOutcome l : listings) {
      if (l.infringing() && l.removedAt() != null && l.cause() == cause) {
        spans.add(l.removedAt() - l.listedAt());
      }
    }
    return median(spans);
  }

  static double median(List<Long> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }

  /** Of all notice items filed, those whose first decision came within 24 hours (undecided ones count against). */
  public static Fraction decidedWithinDay(Collection<NoticeOutcome> notices) {
    long within = 0;
    for (NoticeOutcome n : notices) {
      if (n.decidedAt() != null && n.decidedAt() - n.filedAt() <= DAY_MINUTES) {
        within++;
      }
    }
    return new Fraction(within, notices.size());
  }

  /** Per program of the notifier at filing: of the notice items filed, those whose claim was false. */
  public static SortedMap<String, Fraction> invalidByProgram(Collection<NoticeOutcome> notices) {
    Map<String, long[]> counts = new HashMap<>();
    for (NoticeOutcome n : notices) {
      long[] c = counts.computeIfAbsent(n.program(), k -> new long[2]);
      c[1]++;
      if (!n.valid()) {
        c[0]++;
      }
    }
    SortedMap<String, Fraction> out = new TreeMap<>();
    counts.forEach((program, c) -> out.put(program, new Fraction(c[0], c[1])));
    return out;
  }

  /** Of all referrals, those the brand answered. */
  public static Fraction referralResponse(Collection<ReferralOutcome> referrals) {
    return new Fraction(referrals.stream().filter(ReferralOutcome::answered).count(), referrals.size());
  }

  /**
   * Of the counter-notices on listings that were {@code genuine} (or, with false, on fakes), those
   * after which the listing came back: the first is how often an honest seller wrongly taken down
   * gets its listing back, the second how often a counterfeiter games the process.
   */
  public static Fraction restoredOnCounterNotice(Collection<CounterNoticeOutcome> counterNotices, boolean genuine) {
    return new Fraction(counterNotices.stream().filter(c -> c.genuine() == genuine && c.restored()).count(),
        counterNotices.stream().filter(c -> c.genuine() == genuine).count());
  }

  /** Of the answered referrals, those the brand confirmed. */
  public static Fraction referralConfirmation(Collection<ReferralOutcome> referrals) {
    return new Fraction(referrals.stream().filter(ReferralOutcome::confirmed).count(),
        referrals.stream().filter(ReferralOutcome::answered).count());
  }

  /**
   * Pairwise agreement between the true rings and the observed clusters, over the accounts of
   * {@code observedCluster} (account to cluster id). {@code trueRing} maps each ring account to
   * its ring; an account absent from it is in no ring. Counted through the contingency table, so
   * it is linear in the accounts.
   */
  public static PairScores ringLinkage(Map<String, String> trueRing, Map<String, String> observedCluster) {
    Map<String, Long> perRing = new HashMap<>();
    Map<String, Long> perCluster = new HashMap<>();
    Map<String, Long> perCell = new HashMap<>();
    for (Map.Entry<String, String> e : observedCluster.entrySet()) {
      String cluster = e.getValue();
      perCluster.merge(cluster, 1L, Long::sum);
      String ring = trueRing.get(e.getKey());
      if (ring != null) {
        perRing.merge(ring, 1L, Long::sum);
        perCell.merge(ring + '\u0000' + cluster, 1L, Long::sum);
      }
    }
    return new PairScores(pairs(perCell.values()), pairs(perCluster.values()), pairs(perRing.values()));
  }

  private static long pairs(Collection<Long> sizes) {
    long sum = 0;
    for (long n : sizes) {
      sum += n * (n - 1) / 2;
    }
    return sum;
  }

  /** Of the offenders banned, those that came back with a storefront that got a listing live. */
  public static Fraction returnRate(Collection<OffenderOutcome> banned) {
    return new Fraction(banned.stream().filter(OffenderOutcome::returned).count(), banned.size());
  }

  /**
   * Orders and refunds for fakes per period of {@code periodMinutes}, from minute 0 to
   * {@code horizon} (exclusive; the last period may be shorter), by when the order was placed.
   */
  public static List<RefundPeriod> refundsByPeriod(Collection<OrderOutcome> orders, long periodMinutes, long horizon) {
    if (periodMinutes <= 0 || horizon <= 0) {
      throw new IllegalArgumentException("periodMinutes and horizon must be positive, not " + periodMinutes + ", " + horizon);
    }
    int periods = (int) ((horizon + periodMinutes - 1) / periodMinutes);
    long[] placed = new long[periods];
    long[] refunded = new long[periods];
    for (OrderOutcome o : orders) {
      if (o.placedAt() < 0 || o.placedAt() >= horizon) {
        throw new IllegalArgumentException("order placed at " + o.placedAt() + " outside [0, " + horizon + ")");
      }
      int p = (int) (o.placedAt() / periodMinutes);
      placed[p]++;
      if (o.refundedAsFake()) {
        refunded[p]++;
      }
    }
    List<RefundPeriod> out = new ArrayList<>();
    for (int p = 0; p < periods; p++) {
      out.add(new RefundPeriod(p, p * periodMinutes, placed[p], refunded[p]));
    }
    return out;
  }
}
