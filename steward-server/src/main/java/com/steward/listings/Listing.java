package com.steward.listings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A listing as the marketplace last pushed it, with the status Steward's decisions gave it. */
public record Listing(
    UUID id,
    UUID marketplaceId,
    String externalId,
    UUID sellerId,
    UUID storeId,
    String title,
    String description,
    @Nullable String brand,
    @Nullable String category,
    @Nullable BigDecimal price,
    @Nullable String currency,
    List<String> imageUrls,
    @Nullable String shipFromCountry,
    @Nullable String shipFromRegion,
    ListingStatus status,
    int version,
    Instant createdAt,
    Instant updatedAt) {}
