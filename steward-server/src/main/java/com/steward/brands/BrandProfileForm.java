package com.steward.brands;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A brand's profile as the API and the portal send it, and as a revision stores it.
 * {@code authorizedSellers} are {@code <marketplace>:<sellerId>} (every store of the seller),
 * {@code authorizedStores} {@code <marketplace>:<storeId>} (that store only).
 * {@code referenceImages} are URLs of the brand's genuine products and logos, kept for image
 * matching (screening does not use them yet: its {@code IMAGE_MATCH} measure waits for that work).
 * {@code ordinaryWord} marks a name that is also an ordinary word of product titles (Zoom, Plus):
 * screening counts it only where the listing points to the brand (its attribute, another of its
 * terms, the word opening the title, a suspicious term); absent or false, the name counts wherever
 * it stands.
 */
public record BrandProfileForm(
    @Nullable String name,
    @Nullable List<String> aliases,
    @Nullable List<String> keywords,
    @Nullable List<String> authorizedSellers,
    @Nullable Map<String, Double> priceFloors,
    @Nullable Thresholds thresholds,
    @Nullable List<String> referenceImages,
    @Nullable List<String> authorizedStores,
    @Nullable String priceFloorCurrency,
    @Nullable Boolean ordinaryWord) {

  /** A profile whose name is not marked as an ordinary word. */
  public BrandProfileForm(@Nullable String name, @Nullable List<String> aliases, @Nullable List<String> keywords,
      @Nullable List<String> authorizedSellers, @Nullable Map<String, Double> priceFloors,
      @Nullable Thresholds thresholds, @Nullable List<String> referenceImages, @Nullable List<String> authorizedStores,
      @Nullable String priceFloorCurrency) {
    this(name, aliases, keywords, authorizedSellers, priceFloors, thresholds, referenceImages, authorizedStores,
        priceFloorCurrency, null);
  }

  /** A profile without reference images or single authorised stores. */
  public BrandProfileForm(@Nullable String name, @Nullable List<String> aliases, @Nullable List<String> keywords,
      @Nullable List<String> authorizedSellers, @Nullable Map<String, Double> priceFloors,
      @Nullable Thresholds thresholds) {
    this(name, aliases, keywords, authorizedSellers, priceFloors, thresholds, List.of(), List.of(), null);
  }

  /** A profile whose price floors hold in any currency. */
  public BrandProfileForm(@Nullable String name, @Nullable List<String> aliases, @Nullable List<String> keywords,
      @Nullable List<String> authorizedSellers, @Nullable Map<String, Double> priceFloors,
      @Nullable Thresholds thresholds, @Nullable List<String> referenceImages, @Nullable List<String> authorizedStores) {
    this(name, aliases, keywords, authorizedSellers, priceFloors, thresholds, referenceImages, authorizedStores, null);
  }

  /** The same profile with these thresholds of the brand's own. */
  public BrandProfileForm withThresholds(@Nullable Thresholds t) {
    return new BrandProfileForm(name, aliases, keywords, authorizedSellers, priceFloors, t, referenceImages,
        authorizedStores, priceFloorCurrency, ordinaryWord);
  }

  /** The same profile with its name marked as an ordinary word of titles, or not. */
  public BrandProfileForm withOrdinaryWord(boolean marked) {
    return new BrandProfileForm(name, aliases, keywords, authorizedSellers, priceFloors, thresholds, referenceImages,
        authorizedStores, priceFloorCurrency, marked ? Boolean.TRUE : null);
  }

  /** Optional thresholds of the brand's own. */
  public record Thresholds(@Nullable Double refer, @Nullable Double block) {}
}
