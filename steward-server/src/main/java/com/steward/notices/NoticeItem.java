package com.steward.notices;

import com.steward.core.notices.NoticeItemStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One listing named in a notice, with where it stands; {@code expeditedBy} names the program whose
 * member's notice acted at once, and {@code auditStatus} tracks the review of such a takedown
 * afterwards (PENDING, CONFIRMED, REVERSED).
 */
public record NoticeItem(
    UUID id,
    UUID noticeId,
    UUID listingId,
    UUID marketplaceId,
    UUID sellerId,
    UUID ipRightId,
    NoticeItemStatus status,
    @Nullable Instant counterNoticeDeadline,
    @Nullable Instant responseDeadline,
    Instant createdAt,
    Instant updatedAt,
    @Nullable String expeditedBy,
    @Nullable String auditStatus) {

  /** The item in another status, everything else kept. */
  public NoticeItem moved(NoticeItemStatus to, @Nullable Instant counterNoticeDeadline, @Nullable Instant responseDeadline,
      Instant at) {
    return new NoticeItem(id, noticeId, listingId, marketplaceId, sellerId, ipRightId, to, counterNoticeDeadline,
        responseDeadline, createdAt, at, expeditedBy, auditStatus);
  }
}
