package com.steward.core.rating;

import org.jspecify.annotations.Nullable;

/**
 * What the rating is computed from, one record per component, plus the cluster for the risk.
 * Counts are over the last 12 months unless said otherwise.
 */
public record RatingInputs(VerificationLevel verification, Credibility credibility, Compliance compliance,
    PenaltyRecord penalties, PositiveSignals positive, Cooperation cooperation, ClusterLink cluster) {

  public RatingInputs {
    if (verification == null || credibility == null || compliance == null || penalties == null || positive == null
        || cooperation == null || cluster == null) {
      throw new IllegalArgumentException("verification, credibility, compliance, penalties, positive, cooperation, "
          + "cluster: all required");
    }
  }

  /**
   * The seller's track record. All but tenure come from the marketplace and may be absent; an
   * absent figure counts as typical, never against the seller.
   *
   * @param tenureDays days since the seller's account was created
   * @param orders orders in the last 12 months; null if the marketplace does not report them
   * @param refundRate refunded orders over orders, 0 to 1; null if not reported
   * @param fakeRefundRate orders refunded because the buyer suspected a fake, over orders, 0 to 1;
   *     null if not reported
   */
  public record Credibility(int tenureDays, @Nullable Integer orders, @Nullable Double refundRate,
      @Nullable Double fakeRefundRate) {

    public Credibility {
      requireCount("tenureDays", tenureDays);
      if (orders != null) {
        requireCount("orders", orders);
      }
      requireShare("refundRate", refundRate);
      requireShare("fakeRefundRate", fakeRefundRate);
    }
  }

  /**
   * @param listings the seller's active listings
   * @param upheldNotices notice items against the seller upheld in the last 12 months
   * @param blockedListings listings screening blocked in the last 12 months
   */
  public record Compliance(int listings, int upheldNotices, int blockedListings) {

    public Compliance {
      requireCount("listings", listings);
      requireCount("upheldNotices", upheldNotices);
      requireCount("blockedListings", blockedListings);
    }
  }

  /**
   * @param activePoints the cluster's active penalty points
   * @param restricted whether a restriction of the penalty ladder is in force
   */
  public record PenaltyRecord(int activePoints, boolean restricted) {

    public PenaltyRecord {
      requireCount("activePoints", activePoints);
    }
  }

  /**
   * @param authorisedBrands brands the seller is an authorised reseller of
   * @param testBuysPassed test buys of the seller's goods found genuine
   */
  public record PositiveSignals(int authorisedBrands, int testBuysPassed) {

    public PositiveSignals {
      requireCount("authorisedBrands", authorisedBrands);
      requireCount("testBuysPassed", testBuysPassed);
    }
  }

  /**
   * @param answeredOnTime requests for information the seller answered in time
   * @param lateOrUnanswered requests answered late or not at all
   * @param validCounterNotices the seller's counter-notices found valid
   */
  public record Cooperation(int answeredOnTime, int lateOrUnanswered, int validCounterNotices) {

    public Cooperation {
      requireCount("answeredOnTime", answeredOnTime);
      requireCount("lateOrUnanswered", lateOrUnanswered);
      requireCount("validCounterNotices", validCounterNotices);
    }
  }

  /**
   * @param linkedToBanned whether the seller's linked cluster holds a banned account
   * @param size accounts in the cluster, the seller's own included (1 if it stands alone)
   */
  public record ClusterLink(boolean linkedToBanned, int size) {

    public ClusterLink {
      if (size < 1) {
        throw new IllegalArgumentException("size: at least 1 (the seller itself), was " + size);
      }
    }
  }

  public RatingInputs withVerification(VerificationLevel v) {
    return new RatingInputs(v, credibility, compliance, penalties, positive, cooperation, cluster);
  }

  public RatingInputs withCredibility(Credibility c) {
    return new RatingInputs(verification, c, compliance, penalties, positive, cooperation, cluster);
  }

  public RatingInputs withCompliance(Compliance c) {
    return new RatingInputs(verification, credibility, c, penalties, positive, cooperation, cluster);
  }

  public RatingInputs withPenalties(PenaltyRecord p) {
    return new RatingInputs(verification, credibility, compliance, p, positive, cooperation, cluster);
  }

  public RatingInputs withPositive(PositiveSignals p) {
    return new RatingInputs(verification, credibility, compliance, penalties, p, cooperation, cluster);
  }

  public RatingInputs withCooperation(Cooperation c) {
    return new RatingInputs(verification, credibility, compliance, penalties, positive, c, cluster);
  }

  public RatingInputs withCluster(ClusterLink c) {
    return new RatingInputs(verification, credibility, compliance, penalties, positive, cooperation, c);
  }

  private static void requireCount(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + ": at least 0, was " + value);
    }
  }

  private static void requireShare(String field, @Nullable Double value) {
    if (value != null && !(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(field + ": 0 to 1, was " + value);
    }
  }
}
