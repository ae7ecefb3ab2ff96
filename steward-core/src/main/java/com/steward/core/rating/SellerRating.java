package com.steward.core.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rates a seller. Each component has a value {@code v} from 0 to 100 and a weight {@code w};
 * the score is {@code Σ (w / Σw) · v}, so each component's contribution is {@code (w / Σw) · v}
 * and the contributions add up to the score. The components, with {@link RatingScales} naming the
 * typical values that score 50:
 *
 * <ul>
 *   <li>verification: the level's value (none 0, basic 40, verified 80, enterprise 100);
 *   <li>credibility: the mean of tenure {@code 100 d/(d + tenureHalf)}, orders
 *       {@code 100 o/(o + typicalOrders)}, refunds {@code 100 r0/(r0 + r)} and refunds for
 *       suspected fakes {@code 100 f0/(f0 + f)}; a figure the marketplace does not report counts
 *       50, the typical seller's;
 *   <li>compliance: the mean of upheld notices {@code 100 n0/(n0 + n)} and blocked listings
 *       {@code 100 b0/(b0 + share)}, share = blocked / (active + blocked);
 *   <li>penalties: {@code 100 p0/(p0 + points)}, times the restricted factor while a restriction
 *       is in force;
 *   <li>positive behaviour: {@code 50 + 50 s/(s + half)}, s = brands authorised + test buys
 *       passed;
 *   <li>cooperation: {@code 100 (good + 1)/(good + bad + 2)}, good = answered on time + valid
 *       counter-notices, bad = late or unanswered.
 * </ul>
 *
 * The seller risk for screening is {@code 1 - (score / 100) · (1 - c)}, where the cluster risk
 * {@code c} is at least {@code bannedClusterRisk} when the cluster holds a banned account and
 * otherwise {@code min(maxClusterRisk, riskPerLinkedAccount · (size - 1))}. Deterministic: the
 * same inputs give the same rating.
 */
public final class SellerRating {

  private final RatingWeights weights;
  private final RatingScales scales;
  private final Measures measures;

  public SellerRating(RatingWeights weights, RatingScales scales) {
    if (weights == null || scales == null) {
      throw new IllegalArgumentException("weights and scales: required");
    }
    this.weights = weights;
    this.scales = scales;
    this.measures = new Measures(scales);
  }

  /** The standard weights and scales. */
  public static SellerRating standard() {
    return new SellerRating(RatingWeights.standard(), RatingScales.standard());
  }

  public RatingWeights weights() {
    return weights;
  }

  public RatingScales scales() {
    return scales;
  }

  /** The rating of a seller with these inputs. */
  public Rating rate(RatingInputs in) {
    List<Component> components = new ArrayList<>();
    double score = 0;
    for (Factor f : Factor.values()) {
      Measures.Scored m = switch (f) {
        case VERIFICATION -> measures.verification(in.verification());
        case CREDIBILITY -> measures.credibility(in.credibility());
        case COMPLIANCE -> measures.compliance(in.compliance());
        case PENALTIES -> measures.penalties(in.penalties());
        case POSITIVE_BEHAVIOUR -> measures.positive(in.positive());
        case COOPERATION -> measures.cooperation(in.cooperation());
      };
      double w = weights.of(f) / weights.total();
      components.add(new Component(f, m.value(), w, w * m.value(), m.explanation()));
      score += w * m.value();
    }
    score = Math.clamp(score, 0, 100);
    RatingInputs.ClusterLink cluster = in.cluster();
    double sizeRisk = Math.min(scales.maxClusterRisk(), scales.riskPerLinkedAccount() * (cluster.size() - 1));
    double clusterRisk = cluster.linkedToBanned() ? Math.max(scales.bannedClusterRisk(), sizeRisk) : sizeRisk;
    double risk = Math.clamp(1 - score / 100 * (1 - clusterRisk), 0, 1);
    return new Rating(score, Band.of(score), risk, components, riskWords(score, cluster, clusterRisk, risk));
  }

  private static String riskWords(double score, RatingInputs.ClusterLink cluster, double clusterRisk, double risk) {
    String because;
    if (cluster.linkedToBanned()) {
      because = String.format(Locale.ROOT, "; linked to a banned account, cluster risk %.2f", clusterRisk);
    } else if (cluster.size() > 1) {
      because = String.format(Locale.ROOT, "; %d linked accounts, cluster risk %.2f", cluster.size(), clusterRisk);
    } else {
      because = "; no linked accounts";
    }
    return String.format(Locale.ROOT, "Seller risk %.2f from the rating %.1f", risk, score) + because;
  }
}
