package com.steward.core.rating;

import static com.steward.core.rating.SellerRatingTests.TYPICAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.steward.core.rating.RatingInputs.ClusterLink;
import com.steward.core.rating.RatingInputs.Compliance;
import com.steward.core.rating.RatingInputs.Cooperation;
import com.steward.core.rating.RatingInputs.Credibility;
import com.steward.core.rating.RatingInputs.PenaltyRecord;
import com.steward.core.rating.RatingInputs.PositiveSignals;
import org.junit.jupiter.api.Test;

class RatingSettingsTests {

  @Test
  void theStandardWeightsAndScales() {
    RatingWeights w = RatingWeights.standard();
    assertThat(w).isEqualTo(new RatingWeights(0.15, 0.20, 0.25, 0.20, 0.10, 0.10));
    assertThat(w.total()).isCloseTo(1, within(1e-12));
    assertThat(w.of(Factor.COMPLIANCE)).isEqualTo(0.25);
    assertThat(RatingScales.standard())
        .isEqualTo(new RatingScales(365, 100, 0.05, 0.005, 2, 0.02, 12, 0.5, 3, 0.95, 0.05, 0.3));
  }

  @Test
  void weightsAreRelative() {
    SellerRating scaled = new SellerRating(new RatingWeights(3, 4, 5, 4, 2, 2), RatingScales.standard());
    assertThat(scaled.rate(TYPICAL).score()).isCloseTo(SellerRating.standard().rate(TYPICAL).score(), within(1e-9));
    SellerRating complianceOnly = new SellerRating(new RatingWeights(0, 0, 1, 0, 0, 0), RatingScales.standard());
    Rating r = complianceOnly.rate(TYPICAL.withCompliance(new Compliance(100, 2, 0)));
    assertThat(r.score()).isCloseTo(75, within(1e-9));
    assertThat(r.component(Factor.VERIFICATION).contribution()).isZero();
  }

  @Test
  void badWeightsAreRefusedNamingTheWeight() {
    assertThatThrownBy(() -> new RatingWeights(0.15, 0.2, -0.25, 0.2, 0.1, 0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("compliance: 0 to 1000, was -0.25");
    assertThatThrownBy(() -> new RatingWeights(0.15, Double.NaN, 0.25, 0.2, 0.1, 0.1))
        .hasMessage("credibility: 0 to 1000, was NaN");
    assertThatThrownBy(() -> new RatingWeights(0, 0, 0, 0, 0, 0))
        .hasMessage("weights: at least one must be above 0");
  }

  @Test
  void badScalesAreRefusedNamingTheScale() {
    assertThatThrownBy(() -> new RatingScales(365, 0, 0.05, 0.005, 2, 0.02, 12, 0.5, 3, 0.95, 0.05, 0.3))
        .hasMessage("typicalOrders: above 0, was 0.0");
    assertThatThrownBy(() -> new RatingScales(365, 100, 0.05, 0.005, 2, 0.02, 12, 1.5, 3, 0.95, 0.05, 0.3))
        .hasMessage("restrictedFactor: 0 to 1, was 1.5");
    assertThatThrownBy(() -> new RatingScales(365, 100, 0.05, 0.005, 2, 0.02, 12, 0.5, 3, 1.2, 0.05, 0.3))
        .hasMessage("bannedClusterRisk: 0 to 1, was 1.2");
  }

  @Test
  void badInputsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> new Credibility(-1, null, null, null)).hasMessage("tenureDays: at least 0, was -1");
    assertThatThrownBy(() -> new Credibility(10, -5, null, null)).hasMessage("orders: at least 0, was -5");
    assertThatThrownBy(() -> new Credibility(10, 5, 1.5, null)).hasMessage("refundRate: 0 to 1, was 1.5");
    assertThatThrownBy(() -> new Credibility(10, 5, null, Double.NaN))
        .hasMessage("fakeRefundRate: 0 to 1, was NaN");
    assertThatThrownBy(() -> new Compliance(10, -1, 0)).hasMessage("upheldNotices: at least 0, was -1");
    assertThatThrownBy(() -> new PenaltyRecord(-3, false)).hasMessage("activePoints: at least 0, was -3");
    assertThatThrownBy(() -> new PositiveSignals(0, -1)).hasMessage("testBuysPassed: at least 0, was -1");
    assertThatThrownBy(() -> new Cooperation(0, 0, -1)).hasMessage("validCounterNotices: at least 0, was -1");
    assertThatThrownBy(() -> new ClusterLink(false, 0)).hasMessage("size: at least 1 (the seller itself), was 0");
  }
}
