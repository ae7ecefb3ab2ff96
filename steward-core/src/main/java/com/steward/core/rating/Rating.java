package com.steward.core.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A seller's rating.
 *
 * @param score 0 to 100, the sum of the components' contributions
 * @param band the score as a letter
 * @param sellerRisk 0 to 1 for screening, higher is riskier
 * @param components every component with its contribution, in {@link Factor} order
 * @param riskExplanation how the risk was reached
 */
public record Rating(double score, Band band, double sellerRisk, List<Component> components,
    String riskExplanation) {

  public Rating {
    components = List.copyOf(components);
  }

  /** The component of this factor. */
  public Component component(Factor factor) {
    return components.stream().filter(c -> c.factor() == factor).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no component " + factor));
  }

  /** What a seller reads: the score, each component's share, the risk. */
  public List<String> explain() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "Rating %.1f of 100, band %s", score, band));
    components.forEach(c -> lines.add(c.explain()));
    lines.add(riskExplanation);
    return lines;
  }
}
