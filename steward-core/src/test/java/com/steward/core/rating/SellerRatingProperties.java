package com.steward.core.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.steward.core.rating.RatingInputs.ClusterLink;
import com.steward.core.rating.RatingInputs.Compliance;
import com.steward.core.rating.RatingInputs.Cooperation;
import com.steward.core.rating.RatingInputs.Credibility;
import com.steward.core.rating.RatingInputs.PenaltyRecord;
import com.steward.core.rating.RatingInputs.PositiveSignals;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The rating stays in range whatever the inputs, and never rises with more upheld notices. */
class SellerRatingProperties {

  static final SellerRating RATING = SellerRating.standard();

  @Provide
  Arbitrary<RatingInputs> inputs() {
    Arbitrary<Integer> counts = Arbitraries.integers().between(0, 100_000);
    Arbitrary<Integer> small = Arbitraries.integers().between(0, 200);
    Arbitrary<Double> shares = Arbitraries.doubles().between(0, 1).injectNull(0.3);
    Arbitrary<Credibility> credibility = Combinators.combine(counts, counts.injectNull(0.3), shares, shares)
        .as(Credibility::new);
    Arbitrary<Compliance> compliance = Combinators.combine(counts, small, small).as(Compliance::new);
    Arbitrary<PenaltyRecord> penalties = Combinators.combine(small, Arbitraries.of(true, false))
        .as(PenaltyRecord::new);
    Arbitrary<PositiveSignals> positive = Combinators.combine(small, small).as(PositiveSignals::new);
    Arbitrary<Cooperation> cooperation = Combinators.combine(small, small, small).as(Cooperation::new);
    Arbitrary<ClusterLink> cluster = Combinators.combine(Arbitraries.of(true, false),
        Arbitraries.integers().between(1, 500)).as(ClusterLink::new);
    return Combinators.combine(Arbitraries.of(VerificationLevel.class), credibility, compliance, penalties,
        positive, cooperation, cluster).as(RatingInputs::new);
  }

  @Property(tries = 1000)
  void theRatingIsInRangeAndItsContributionsAddUp(@ForAll("inputs") RatingInputs in) {
    Rating r = RATING.rate(in);
    assertThat(r.score()).isBetween(0.0, 100.0);
    assertThat(r.sellerRisk()).isBetween(0.0, 1.0);
    assertThat(r.band()).isEqualTo(Band.of(r.score()));
    for (Component c : r.components()) {
      assertThat(c.value()).as(c.factor().label()).isBetween(0.0, 100.0);
    }
    assertThat(r.components().stream().mapToDouble(Component::contribution).sum()).isCloseTo(r.score(), within(1e-9));
    if (in.cluster().linkedToBanned()) {
      assertThat(r.sellerRisk()).isGreaterThanOrEqualTo(0.95);
    }
  }

  @Property(tries = 1000)
  void moreUpheldNoticesNeverRaiseTheRating(@ForAll("inputs") RatingInputs in) {
    Compliance c = in.compliance();
    Rating now = RATING.rate(in);
    Rating worse = RATING.rate(in.withCompliance(new Compliance(c.listings(), c.upheldNotices() + 1,
        c.blockedListings())));
    assertThat(worse.score()).isLessThan(now.score());
    assertThat(worse.sellerRisk()).isGreaterThanOrEqualTo(now.sellerRisk());
  }
}
