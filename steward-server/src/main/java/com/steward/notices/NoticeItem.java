package com.steward.notices;

import com.steward.core.notices.NoticeItemStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One listing named in a notice, with where it stands. */
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
    Instant updatedAt) {}
