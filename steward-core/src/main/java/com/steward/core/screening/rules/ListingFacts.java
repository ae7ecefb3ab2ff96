package com.steward.core.screening.rules;

import org.jspecify.annotations.Nullable;

/**
 * A listing as screening sees it. {@code sellerRating}, {@code clusterRisk} and {@code imageMatch}
 * come from other features (seller rating, account linkage, image matching) and are absent until
 * those exist; {@code storeId}, the store the listing is in, is absent where the input has none;
 * {@code currency} is the price's (ISO 4217), absent where the input has none.
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
    @Nullable Double imageMatch,
    @Nullable String storeId,
    @Nullable String currency) {

  /** A listing whose price's currency is not known. */
  public ListingFacts(String marketplace, String listingId, String sellerId, String title, String description,
      @Nullable String brand, @Nullable String category, @Nullable Double price, @Nullable Double sellerRating,
      @Nullable Double clusterRisk, @Nullable Double imageMatch, @Nullable String storeId) {
    this(marketplace, listingId, sellerId, title, description, brand, category, price, sellerRating, clusterRisk,
        imageMatch, storeId, null);
  }

  public static ListingFacts of(String marketplace, String listingId, String sellerId, String title,
      String description, @Nullable String brand, @Nullable String category, @Nullable Double price) {
    return new ListingFacts(marketplace, listingId, sellerId, title, description, brand, category, price, null, null,
        null, null);
  }

  /** The same listing in store {@code storeId} (null: not known). */
  public ListingFacts inStore(@Nullable String storeId) {
    return new ListingFacts(marketplace, listingId, sellerId, title, description, brand, category, price, sellerRating,
        clusterRisk, imageMatch, storeId, currency);
  }

  /** The same listing priced in {@code currency} (null: not known). */
  public ListingFacts pricedIn(@Nullable String currency) {
    return new ListingFacts(marketplace, listingId, sellerId, title, description, brand, category, price, sellerRating,
        clusterRisk, imageMatch, storeId, currency);
  }
}
