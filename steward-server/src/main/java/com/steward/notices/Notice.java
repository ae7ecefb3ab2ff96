package com.steward.notices;

import java.time.Instant;
import java.util.UUID;

/** A notice as filed (DSA Art. 16: who, which right, why, and a good-faith declaration). */
public record Notice(
    UUID id,
    UUID notifierId,
    UUID ipRightId,
    NoticeReason reason,
    String explanation,
    String contactName,
    String contactEmail,
    String channel,
    String submittedBy,
    Instant createdAt) {}
