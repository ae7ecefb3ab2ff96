package com.steward.core.screening.rules;

import org.jspecify.annotations.Nullable;

/**
 * A listing as screening sees it. The last three come from other features (seller rating,
 * account linkage, image matching) and are absent until those exist.
 */
public record ListingFacts(
    String marketplace,
    String listingId,
    String sellerId,
    String title,
    String description,
    @Nullable String brand,
    @Nullable String category,
    @Nullable Double price,
    @Nullable Double sellerRating,
    @Nullable Double clusterRisk,
    @Nullable Double imageMatch) {

  public static ListingFacts of(String marketplace, String listingId, String sellerId, String title,
      String description, @Nullable String brand, @Nullable String category, @Nullable Double price) {
    return new ListingFacts(marketplace, listingId, sellerId, title, description, brand, category, price, null, null,
        null);
  }
}
