package com.steward.brands;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One reviewed (or waiting) version of a brand's profile; {@code claimedFor} when it claims an unowned brand. */
public record BrandRevision(
    UUID id,
    UUID brandId,
    int revision,
    BrandProfileForm profile,
    String status,
    String proposedBy,
    @Nullable String decidedBy,
    @Nullable String reason,
    Instant createdAt,
    @Nullable Instant decidedAt,
    @Nullable UUID claimedFor) {}
