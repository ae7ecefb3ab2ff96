package com.steward.core.audit;

import java.time.Instant;

/** What happened: the hashed content of one audit entry. {@code detail} is canonical JSON text. */
public record AuditRecord(
    long sequence,
    Instant occurredAt,
    String actor,
    String action,
    String subjectType,
    String subjectId,
    String detail) {}
