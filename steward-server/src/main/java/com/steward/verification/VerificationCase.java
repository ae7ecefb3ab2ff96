package com.steward.verification;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A seller's verification: one per seller, through rounds (the first one, then each
 * re-verification). Holds states and dates only; what the seller gave is sealed elsewhere.
 */
public record VerificationCase(
    UUID id,
    UUID sellerId,
    UUID marketplaceId,
    @Nullable String sellerKind,
    Status status,
    Level level,
    int round,
    Instant roundOpenedAt,
    String roundReason,
    @Nullable String statusReason,
    @Nullable String lastTrigger,
    @Nullable Instant selfCertifiedAt,
    @Nullable Instant submittedAt,
    @Nullable Instant approvedAt,
    @Nullable Instant reverifyDueAt,
    @Nullable Instant graceUntil,
    String providerResults,
    @Nullable Instant highVolumeSince,
    @Nullable Instant informDeadline,
    @Nullable Instant informSuspendedAt,
    @Nullable Instant relationshipEndedAt,
    @Nullable Instant purgeAt,
    @Nullable Instant purgedAt,
    Instant createdAt) {

  /** Where a case stands. */
  public enum Status {
    /** Nothing submitted yet in this round. */
    NOT_STARTED,
    /** Submitted; the identity provider's checks are running. */
    SUBMITTED,
    /** In the analysts' queue. */
    IN_REVIEW,
    /** Staff want to see the seller on a video call before deciding. */
    VIDEO_CALL_REQUESTED,
    APPROVED,
    REJECTED,
    /** An approved seller must be verified again (yearly, or on a trigger) before its grace period ends. */
    REVERIFICATION_DUE,
    /** A re-verification was not answered in time. */
    EXPIRED;

    /** States in which the seller may submit (again). */
    public boolean submittable() {
      return Set.of(NOT_STARTED, REJECTED, REVERIFICATION_DUE, EXPIRED).contains(this);
    }

    /** States in which staff may decide. */
    public boolean decidable() {
      return Set.of(SUBMITTED, IN_REVIEW, VIDEO_CALL_REQUESTED).contains(this);
    }
  }

  /** STANDARD: DSA Art. 30 for every trader; HIGH_VOLUME: the INFORM obligations apply as well. */
  public enum Level {
    STANDARD,
    HIGH_VOLUME
  }

  public boolean highVolume() {
    return level == Level.HIGH_VOLUME;
  }

  public boolean purged() {
    return purgedAt != null;
  }
}
