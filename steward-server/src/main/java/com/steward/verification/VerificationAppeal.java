package com.steward.verification;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A seller's complaint against a refusal, an expiry or a suspension, and how staff decided it. */
public record VerificationAppeal(UUID id, UUID caseId, UUID decisionId, String explanation, String status,
    @Nullable String reason, @Nullable String decidedBy, @Nullable Instant decidedAt, Instant createdAt) {}
