package com.steward.core.screening.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What screening knows of one brand: its name and aliases in any script, protected keywords,
 * the sellers authorised to name it ({@code <marketplace>:<sellerId>}), price floors per
 * category, and thresholds of its own (or the rule set's defaults).
 */
public record BrandProfile(
    String name,
    List<String> aliases,
    List<String> keywords,
    Set<String> authorizedSellers,
    Map<String, Double> priceFloors,
    @Nullable Thresholds thresholds) {

  public BrandProfile {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a brand needs a name");
    }
    aliases = List.copyOf(aliases);
    keywords = List.copyOf(keywords);
    authorizedSellers = Set.copyOf(authorizedSellers);
    priceFloors = Map.copyOf(priceFloors);
  }
}
