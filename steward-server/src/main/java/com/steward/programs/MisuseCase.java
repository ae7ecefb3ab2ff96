package com.steward.programs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A misuse case against a notifier or a seller: warned, suspended, ended, or lifted on appeal. */
public record MisuseCase(UUID id, String subjectType, UUID subjectId, String status, List<String> findings,
    String statement, Instant warnedAt, @Nullable Instant suspendedAt, @Nullable Instant suspendedUntil,
    @Nullable String appeal, @Nullable Instant appealedAt, @Nullable String appealDecision,
    @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable Instant endedAt) {}
