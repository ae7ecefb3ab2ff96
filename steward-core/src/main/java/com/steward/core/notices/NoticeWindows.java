package com.steward.core.notices;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The two windows of the process: the seller's for a counter-notice (calendar time, default 14
 * days) and the rights holder's for its response (business days in the operator's zone, default
 * 10). A window ends at the same wall-clock time as it started.
 */
public record NoticeWindows(
    Duration counterNoticeWindow, int responseBusinessDays, ZoneId zone, BusinessCalendar calendar) {

  public NoticeWindows {
    if (counterNoticeWindow.isNegative() || counterNoticeWindow.isZero()) {
      throw new IllegalArgumentException("counterNoticeWindow must be positive, was " + counterNoticeWindow);
    }
    if (responseBusinessDays < 1) {
      throw new IllegalArgumentException("responseBusinessDays must be >= 1, was " + responseBusinessDays);
    }
  }

  public static NoticeWindows defaults(ZoneId zone) {
    return new NoticeWindows(Duration.ofDays(14), 10, zone, BusinessCalendar.weekdays());
  }

  public Instant counterNoticeDeadline(Instant takenDownAt) {
    return takenDownAt.plus(counterNoticeWindow);
  }

  public Instant responseDeadline(Instant counterNoticedAt) {
    ZonedDateTime start = counterNoticedAt.atZone(zone);
    return calendar
        .plusBusinessDays(start.toLocalDate(), responseBusinessDays)
        .atTime(start.toLocalTime())
        .atZone(zone)
        .toInstant();
  }
}
