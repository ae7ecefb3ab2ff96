package com.steward.brands;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A brand's profile as the API and the portal send it, and as a revision stores it. */
public record BrandProfileForm(
    @Nullable String name,
    @Nullable List<String> aliases,
    @Nullable List<String> keywords,
    @Nullable List<String> authorizedSellers,
    @Nullable Map<String, Double> priceFloors,
    @Nullable Thresholds thresholds) {

  /** Optional thresholds of the brand's own. */
  public record Thresholds(@Nullable Double refer, @Nullable Double block) {}
}
