package com.steward.core.rating;

import com.steward.core.rating.RatingInputs.Compliance;
import com.steward.core.rating.RatingInputs.Cooperation;
import com.steward.core.rating.RatingInputs.Credibility;
import com.steward.core.rating.RatingInputs.PenaltyRecord;
import com.steward.core.rating.RatingInputs.PositiveSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import org.jspecify.annotations.Nullable;

/** Each component's value from 0 to 100, with the words that explain it. */
final class Measures {

  /** A component's value and its explanation. */
  record Scored(double value, String explanation) {}

  static final double NEUTRAL = 50;

  private final RatingScales s;

  Measures(RatingScales scales) {
    this.s = scales;
  }

  Scored verification(VerificationLevel v) {
    String words = switch (v) {
      case NONE -> "identity not verified";
      case BASIC -> "contact details confirmed";
      case VERIFIED -> "identity verified";
      case VERIFIED_ENTERPRISE -> "verified as an enterprise";
    };
    return new Scored(v.value(), words + part(v.value()));
  }

  /** The mean of tenure, orders, refunds and refunds for suspected fakes; absent figures count 50. */
  Scored credibility(Credibility c) {
    List<String> parts = new ArrayList<>();
    double sum = 0;
    double tenure = rising(c.tenureDays(), s.tenureHalfDays());
    parts.add(plural(c.tenureDays(), "day") + " on the marketplace" + part(tenure));
    sum += tenure;
    Integer orders = c.orders();
    sum += reported(parts, orders == null ? null : orders.doubleValue(), "orders",
        o -> rising(o, s.typicalOrders()), o -> plural((int) o, "order") + " in 12 months");
    sum += reported(parts, c.refundRate(), "refund rate", r -> falling(r, s.typicalRefundRate()),
        r -> percent(r) + " of orders refunded");
    sum += reported(parts, c.fakeRefundRate(), "refunds for suspected fakes",
        r -> falling(r, s.typicalFakeRefundRate()), r -> percent(r) + " of orders refunded as suspected fakes");
    return new Scored(sum / 4, String.join("; ", parts));
  }

  /** The mean of upheld notices and the share of listings blocked. */
  Scored compliance(Compliance c) {
    double notices = falling(c.upheldNotices(), s.halfUpheldNotices());
    int tried = c.listings() + c.blockedListings();
    double share = tried == 0 ? 0 : (double) c.blockedListings() / tried;
    double blocks = falling(share, s.typicalBlockedShare());
    String n = c.upheldNotices() == 0 ? "no upheld notices" : plural(c.upheldNotices(), "upheld notice");
    String b = c.blockedListings() == 0 ? "no listings blocked"
        : plural(c.blockedListings(), "listing") + " blocked (" + percent(share) + " of listings)";
    return new Scored((notices + blocks) / 2, n + " in 12 months" + part(notices) + "; " + b + " in 12 months"
        + part(blocks));
  }

  /** Falls with active points; multiplied by the restricted factor while a restriction is in force. */
  Scored penalties(PenaltyRecord p) {
    double v = falling(p.activePoints(), s.halfPenaltyPoints());
    String words = p.activePoints() == 0 ? "no active penalty points"
        : plural(p.activePoints(), "active penalty point");
    if (p.restricted()) {
      v *= s.restrictedFactor();
      words += String.format(Locale.ROOT, ", a restriction is in force (× %.2f)", s.restrictedFactor());
    }
    return new Scored(v, words + part(v));
  }

  /** From 50 without signals towards 100; positive behaviour only ever helps. */
  Scored positive(PositiveSignals p) {
    int signals = p.authorisedBrands() + p.testBuysPassed();
    double v = NEUTRAL + rising(signals, s.halfPositiveSignals()) / 2;
    if (signals == 0) {
      return new Scored(v, "no positive signals yet, counted as neutral" + part(v));
    }
    return new Scored(v, "authorised reseller of " + plural(p.authorisedBrands(), "brand") + ", "
        + plural(p.testBuysPassed(), "test buy") + " passed" + part(v));
  }

  /** The share of good answers with one of each added, so that no record at all sits at 50. */
  Scored cooperation(Cooperation c) {
    int good = c.answeredOnTime() + c.validCounterNotices();
    double v = 100.0 * (good + 1) / (good + c.lateOrUnanswered() + 2);
    if (good + c.lateOrUnanswered() == 0) {
      return new Scored(v, "no requests or counter-notices yet, counted as neutral" + part(v));
    }
    return new Scored(v, plural(c.answeredOnTime(), "request") + " answered on time, " + c.lateOrUnanswered()
        + " late or unanswered, " + plural(c.validCounterNotices(), "counter-notice") + " found valid" + part(v));
  }

  private static double reported(List<String> parts, @Nullable Double figure, String name,
      DoubleUnaryOperator score, DoubleFunction<String> words) {
    if (figure == null) {
      parts.add(name + " not reported by the marketplace, counted as typical" + part(NEUTRAL));
      return NEUTRAL;
    }
    double v = score.applyAsDouble(figure);
    parts.add(words.apply(figure) + part(v));
    return v;
  }

  static double rising(double x, double half) {
    return 100 * x / (x + half);
  }

  static double falling(double x, double half) {
    return 100 * half / (half + x);
  }

  private static String part(double value) {
    return String.format(Locale.ROOT, " (%.0f)", value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
