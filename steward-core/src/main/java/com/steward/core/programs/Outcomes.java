package com.steward.core.programs;

import com.steward.core.notices.NoticeItemStatus;

/**
 * What became of a notifier's notice items. An item counts once it is settled:
 * <ul>
 *   <li>upheld: taken down and left down (no counter-notice in time, or the counter-notice
 *       failed because the notifier upheld its claim);
 *   <li>reversed: restored after a counter-notice (the notifier withdrew, or did not answer in
 *       time);
 *   <li>rejected: refused at review.
 * </ul>
 * Items still in review, down with the counter-notice window open, or disputed are pending and
 * do not count yet.
 */
public record Outcomes(long upheld, long reversed, long rejected, long pending) {

  public Outcomes {
    if (upheld < 0 || reversed < 0 || rejected < 0 || pending < 0) {
      throw new IllegalArgumentException("counts are never negative");
    }
  }

  public static final Outcomes NONE = new Outcomes(0, 0, 0, 0);

  /** The outcome class of an item in this status. */
  public static Outcomes of(NoticeItemStatus status, long count) {
    return switch (status) {
      case FINAL_TAKEDOWN, UPHELD -> new Outcomes(count, 0, 0, 0);
      case RESTORED -> new Outcomes(0, count, 0, 0);
      case REJECTED -> new Outcomes(0, 0, count, 0);
      case PENDING_REVIEW, TAKEN_DOWN, COUNTER_NOTICED -> new Outcomes(0, 0, 0, count);
    };
  }

  public Outcomes plus(Outcomes o) {
    return new Outcomes(upheld + o.upheld, reversed + o.reversed, rejected + o.rejected, pending + o.pending);
  }

  /** Settled items: the volume behind the estimate. */
  public long decided() {
    return upheld + reversed + rejected;
  }

  /** Items that were taken down at some point: upheld or reversed. */
  public long takenDown() {
    return upheld + reversed;
  }
}
