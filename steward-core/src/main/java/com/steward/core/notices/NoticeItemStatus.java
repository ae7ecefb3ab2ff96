package com.steward.core.notices;

/**
 * Where one notice item (one listing named in a notice) stands in notice-and-takedown.
 *
 * <pre>
 * PENDING_REVIEW --accept--> TAKEN_DOWN --counter-notice--> COUNTER_NOTICED --upheld--> UPHELD
 *       |                        |                               |
 *     reject                window ends                withdrawn or window ends
 *       v                        v                               v
 *   REJECTED              FINAL_TAKEDOWN                      RESTORED
 *
 * TAKEN_DOWN also goes to RESTORED when the notifier withdraws, or when an analyst auditing an
 * expedited takedown reverses it.
 * </pre>
 */
public enum NoticeItemStatus {
  PENDING_REVIEW,
  REJECTED,
  TAKEN_DOWN,
  COUNTER_NOTICED,
  FINAL_TAKEDOWN,
  UPHELD,
  RESTORED;

  /** An open item blocks a second notice on the same listing and right. */
  public boolean isOpen() {
    return switch (this) {
      case PENDING_REVIEW, TAKEN_DOWN, COUNTER_NOTICED -> true;
      case REJECTED, FINAL_TAKEDOWN, UPHELD, RESTORED -> false;
    };
  }

  /** Whether the listing is down while the item is in this state. */
  public boolean listingRemoved() {
    return switch (this) {
      case TAKEN_DOWN, COUNTER_NOTICED, FINAL_TAKEDOWN, UPHELD -> true;
      case PENDING_REVIEW, REJECTED, RESTORED -> false;
    };
  }
}
