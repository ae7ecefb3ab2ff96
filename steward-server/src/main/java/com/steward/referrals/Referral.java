package com.steward.referrals;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A listing put to a brand's owner, and what became of it. */
public record Referral(UUID id, UUID screeningDecisionId, UUID listingId, int listingVersion, UUID marketplaceId,
    UUID brandId, UUID rightsHolderId, double score, String status, @Nullable String answerReason,
    @Nullable String answeredBy, @Nullable Instant answeredAt, @Nullable UUID noticeId, Instant dueAt,
    Instant createdAt) {}
