package com.steward.sellers;

import java.util.UUID;

/** A storefront of a seller; {@code externalId} is the marketplace's own id. */
public record Store(UUID id, UUID sellerId, String externalId, String name) {}
