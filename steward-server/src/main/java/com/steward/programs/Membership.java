package com.steward.programs;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A period in a program; open while {@code endedAt} is null. */
public record Membership(UUID id, UUID rightsHolderId, Program program, String source, @Nullable String sponsor,
    String reason, String startedBy, Instant startedAt, @Nullable Instant expiresAt, @Nullable Instant endedAt,
    @Nullable String endedBy, @Nullable String endKind, @Nullable String endReason) {

  public boolean open() {
    return endedAt == null;
  }
}
