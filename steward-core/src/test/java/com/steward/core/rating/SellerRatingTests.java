package com.steward.core.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.steward.core.rating.RatingInputs.ClusterLink;
import com.steward.core.rating.RatingInputs.Compliance;
import com.steward.core.rating.RatingInputs.Cooperation;
import com.steward.core.rating.RatingInputs.Credibility;
import com.steward.core.rating.RatingInputs.PenaltyRecord;
import com.steward.core.rating.RatingInputs.PositiveSignals;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class SellerRatingTests {

  static final SellerRating RATING = SellerRating.standard();

  /** A seller at every typical value: each measure scores 50 or its best. */
  static final RatingInputs TYPICAL = new RatingInputs(VerificationLevel.BASIC,
      new Credibility(365, 100, 0.05, 0.005), new Compliance(100, 0, 0), new PenaltyRecord(0, false),
      new PositiveSignals(0, 0), new Cooperation(0, 0, 0), new ClusterLink(false, 1));

  static double score(RatingInputs in) {
    return RATING.rate(in).score();
  }

  static void assertRising(IntFunction<RatingInputs> inputs, int... steps) {
    for (int i = 1; i < steps.length; i++) {
      assertThat(score(inputs.apply(steps[i]))).as("at " + steps[i]).isGreaterThan(score(inputs.apply(steps[i - 1])));
    }
  }

  static void assertFalling(IntFunction<RatingInputs> inputs, int... steps) {
    for (int i = 1; i < steps.length; i++) {
      assertThat(score(inputs.apply(steps[i]))).as("at " + steps[i]).isLessThan(score(inputs.apply(steps[i - 1])));
    }
  }

  @Test
  void theTypicalSeller() {
    Rating r = RATING.rate(TYPICAL);
    assertThat(r.score()).isCloseTo(71, within(1e-9));
    assertThat(r.band()).isEqualTo(Band.B);
    assertThat(r.sellerRisk()).isCloseTo(0.29, within(1e-9));
    assertThat(r.components()).extracting(Component::factor).containsExactly(Factor.values());
    assertThat(r.components()).extracting(Component::value).containsExactly(40.0, 50.0, 100.0, 100.0, 50.0, 50.0);
    assertThat(r.components()).extracting(Component::contribution).containsExactly(6.0, 10.0, 25.0, 20.0, 5.0, 5.0);
  }

  @Test
  void contributionsAddUpToTheScoreAndWeightsToOne() {
    RatingInputs mixed = TYPICAL.withVerification(VerificationLevel.VERIFIED)
        .withCredibility(new Credibility(40, null, 0.12, null)).withCompliance(new Compliance(30, 3, 7))
        .withPenalties(new PenaltyRecord(9, true)).withPositive(new PositiveSignals(1, 2))
        .withCooperation(new Cooperation(4, 3, 1)).withCluster(new ClusterLink(false, 4));
    Rating r = RATING.rate(mixed);
    assertThat(r.components().stream().mapToDouble(Component::contribution).sum()).isCloseTo(r.score(), within(1e-9));
    assertThat(r.components().stream().mapToDouble(Component::weight).sum()).isCloseTo(1, within(1e-12));
    assertThat(RATING.rate(mixed)).as("deterministic").isEqualTo(r);
  }

  @Test
  void moreUpheldNoticesLowerTheRating() {
    assertFalling(n -> TYPICAL.withCompliance(new Compliance(100, n, 0)), 0, 1, 2, 5, 20, 200);
  }

  @Test
  void moreBlockedListingsLowerItAndMoreCleanListingsSoftenThat() {
    assertFalling(n -> TYPICAL.withCompliance(new Compliance(100, 0, n)), 0, 1, 5, 50);
    assertRising(n -> TYPICAL.withCompliance(new Compliance(n, 0, 5)), 0, 10, 100, 10_000);
  }

  @Test
  void longerTenureRaisesTheRating() {
    assertRising(d -> TYPICAL.withCredibility(new Credibility(d, 100, 0.05, 0.005)), 0, 30, 365, 2_000);
  }

  @Test
  void verificationRaisesTheRating() {
    double previous = -1;
    for (VerificationLevel level : VerificationLevel.values()) {
      double s = score(TYPICAL.withVerification(level));
      assertThat(s).as(level.name()).isGreaterThan(previous);
      previous = s;
    }
  }

  @Test
  void theMarketplacesFiguresMoveTheRatingTheRightWay() {
    assertRising(o -> TYPICAL.withCredibility(new Credibility(365, o, 0.05, 0.005)), 0, 10, 100, 5_000);
    assertFalling(p -> TYPICAL.withCredibility(new Credibility(365, 100, p / 100.0, 0.005)), 0, 2, 5, 30);
    assertFalling(p -> TYPICAL.withCredibility(new Credibility(365, 100, 0.05, p / 1000.0)), 0, 1, 5, 50);
  }

  @Test
  void missingMarketplaceDataIsNeutralAndSaidToBe() {
    RatingInputs missing = TYPICAL.withCredibility(new Credibility(365, null, null, null));
    Rating r = RATING.rate(missing);
    assertThat(r.score()).as("as the typical seller").isCloseTo(score(TYPICAL), within(1e-9));
    assertThat(r.component(Factor.CREDIBILITY).explanation()).isEqualTo("365 days on the marketplace (50); "
        + "orders not reported by the marketplace, counted as typical (50); "
        + "refund rate not reported by the marketplace, counted as typical (50); "
        + "refunds for suspected fakes not reported by the marketplace, counted as typical (50)");
    double good = score(TYPICAL.withCredibility(new Credibility(365, 100, 0.0, 0.0)));
    double poor = score(TYPICAL.withCredibility(new Credibility(365, 100, 0.3, 0.05)));
    assertThat(r.score()).isBetween(poor, good);
  }

  @Test
  void penaltiesAndRestrictionsLowerTheRating() {
    assertFalling(p -> TYPICAL.withPenalties(new PenaltyRecord(p, false)), 0, 1, 6, 12, 48);
    assertThat(score(TYPICAL.withPenalties(new PenaltyRecord(12, true))))
        .isLessThan(score(TYPICAL.withPenalties(new PenaltyRecord(12, false))));
    assertThat(RATING.rate(TYPICAL.withPenalties(new PenaltyRecord(12, true))).component(Factor.PENALTIES).value())
        .isCloseTo(25, within(1e-9));
  }

  @Test
  void positiveSignalsAndCooperationRaiseIt() {
    assertRising(n -> TYPICAL.withPositive(new PositiveSignals(n, 0)), 0, 1, 3, 30);
    assertRising(n -> TYPICAL.withPositive(new PositiveSignals(0, n)), 0, 1, 3, 30);
    assertRising(n -> TYPICAL.withCooperation(new Cooperation(n, 2, 0)), 0, 1, 10);
    assertRising(n -> TYPICAL.withCooperation(new Cooperation(5, 2, n)), 0, 1, 10);
    assertFalling(n -> TYPICAL.withCooperation(new Cooperation(5, n, 0)), 0, 1, 10);
    assertThat(RATING.rate(TYPICAL).component(Factor.POSITIVE_BEHAVIOUR).explanation())
        .isEqualTo("no positive signals yet, counted as neutral (50)");
  }

  @Test
  void aLinkToABannedClusterPushesTheRiskNearOne() {
    Rating alone = RATING.rate(TYPICAL);
    Rating linked = RATING.rate(TYPICAL.withCluster(new ClusterLink(false, 3)));
    Rating banned = RATING.rate(TYPICAL.withCluster(new ClusterLink(true, 2)));
    assertThat(linked.sellerRisk()).isCloseTo(1 - 0.71 * 0.9, within(1e-9)).isGreaterThan(alone.sellerRisk());
    assertThat(banned.sellerRisk()).isGreaterThanOrEqualTo(0.95).isGreaterThan(linked.sellerRisk());
    assertThat(banned.score()).as("the link is risk, not the seller's record").isEqualTo(alone.score());
    assertThat(banned.riskExplanation())
        .isEqualTo("Seller risk 0.96 from the rating 71.0; linked to a banned account, cluster risk 0.95");
    assertThat(RATING.rate(TYPICAL.withCluster(new ClusterLink(false, 50))).sellerRisk())
        .as("size alone adds at most 0.3").isCloseTo(1 - 0.71 * 0.7, within(1e-9));
    assertThat(RATING.rate(TYPICAL.withCompliance(new Compliance(10, 5, 3))).sellerRisk())
        .isGreaterThan(alone.sellerRisk());
  }

  @Test
  void everyComponentIsExplained() {
    RatingInputs in = TYPICAL.withCompliance(new Compliance(97, 1, 3)).withPositive(new PositiveSignals(2, 1))
        .withCooperation(new Cooperation(9, 1, 1)).withPenalties(new PenaltyRecord(6, false));
    Rating r = RATING.rate(in);
    assertThat(r.explain()).containsExactly(
        String.format(Locale.ROOT, "Rating %.1f of 100, band %s", r.score(), r.band()),
        "verification 40 × 15% = 6.0: contact details confirmed (40)",
        "credibility 50 × 20% = 10.0: 365 days on the marketplace (50); 100 orders in 12 months (50); "
            + "5.0% of orders refunded (50); 0.5% of orders refunded as suspected fakes (50)",
        "compliance 53 × 25% = 13.3: 1 upheld notice in 12 months (67); 3 listings blocked (3.0% of listings) "
            + "in 12 months (40)",
        "penalties 67 × 20% = 13.3: 6 active penalty points (67)",
        "positive behaviour 75 × 10% = 7.5: authorised reseller of 2 brands, 1 test buy passed (75)",
        "cooperation 85 × 10% = 8.5: 9 requests answered on time, 1 late or unanswered, 1 counter-notice found "
            + "valid (85)",
        r.riskExplanation());
    assertThat(RATING.rate(in.withPenalties(new PenaltyRecord(12, true))).component(Factor.PENALTIES).explanation())
        .isEqualTo("12 active penalty points, a restriction is in force (× 0.50) (25)");
  }

  @Test
  void bandsFollowTheScore() {
    assertThat(Band.of(100)).isEqualTo(Band.A);
    assertThat(Band.of(80)).isEqualTo(Band.A);
    assertThat(Band.of(79.99)).isEqualTo(Band.B);
    assertThat(Band.of(65)).isEqualTo(Band.B);
    assertThat(Band.of(50)).isEqualTo(Band.C);
    assertThat(Band.of(35)).isEqualTo(Band.D);
    assertThat(Band.of(34.9)).isEqualTo(Band.E);
    assertThat(Band.of(0)).isEqualTo(Band.E);
    RatingInputs best = new RatingInputs(VerificationLevel.VERIFIED_ENTERPRISE, new Credibility(3_000, 5_000, 0.0, 0.0),
        new Compliance(500, 0, 0), new PenaltyRecord(0, false), new PositiveSignals(10, 10),
        new Cooperation(30, 0, 2), new ClusterLink(false, 1));
    assertThat(RATING.rate(best).band()).isEqualTo(Band.A);
    RatingInputs worst = new RatingInputs(VerificationLevel.NONE, new Credibility(3, 2, 0.6, 0.2),
        new Compliance(5, 12, 40), new PenaltyRecord(45, true), new PositiveSignals(0, 0), new Cooperation(0, 6, 0),
        new ClusterLink(true, 5));
    assertThat(RATING.rate(worst).band()).isEqualTo(Band.E);
  }
}
