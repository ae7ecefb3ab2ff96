package com.steward.sellers;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A seller account on one marketplace; {@code externalId} is the marketplace's own id. */
public record Seller(UUID id, UUID marketplaceId, String externalId, String displayName, String accountType,
    @Nullable String country, String status) {}
