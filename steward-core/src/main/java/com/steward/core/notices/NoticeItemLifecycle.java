package com.steward.core.notices;

import com.steward.core.notices.NoticeItemEvent.Accepted;
import com.steward.core.notices.NoticeItemEvent.CounterNoticeWindowEnded;
import com.steward.core.notices.NoticeItemEvent.CounterNoticed;
import com.steward.core.notices.NoticeItemEvent.Rejected;
import com.steward.core.notices.NoticeItemEvent.ResponseWindowEnded;
import com.steward.core.notices.NoticeItemEvent.ReversedOnAudit;
import com.steward.core.notices.NoticeItemEvent.Upheld;
import com.steward.core.notices.NoticeItemEvent.Withdrawn;

/** The transition function of notice-and-takedown: the only place that knows which move is legal. */
public final class NoticeItemLifecycle {

  private NoticeItemLifecycle() {}

  /**
   * The state after {@code event}.
   *
   * @throws IllegalTransitionException if the event is not allowed in {@code from}
   */
  public static NoticeItemStatus apply(NoticeItemStatus from, NoticeItemEvent event) {
    NoticeItemStatus to =
        switch (event) {
          case Accepted a -> from == NoticeItemStatus.PENDING_REVIEW ? NoticeItemStatus.TAKEN_DOWN : null;
          case Rejected r -> from == NoticeItemStatus.PENDING_REVIEW ? NoticeItemStatus.REJECTED : null;
          case CounterNoticed c ->
              from == NoticeItemStatus.TAKEN_DOWN ? NoticeItemStatus.COUNTER_NOTICED : null;
          case CounterNoticeWindowEnded w ->
              from == NoticeItemStatus.TAKEN_DOWN ? NoticeItemStatus.FINAL_TAKEDOWN : null;
          case Upheld u -> from == NoticeItemStatus.COUNTER_NOTICED ? NoticeItemStatus.UPHELD : null;
          case Withdrawn w ->
              from == NoticeItemStatus.COUNTER_NOTICED || from == NoticeItemStatus.TAKEN_DOWN
                  ? NoticeItemStatus.RESTORED
                  : null;
          case ResponseWindowEnded w ->
              from == NoticeItemStatus.COUNTER_NOTICED ? NoticeItemStatus.RESTORED : null;
          case ReversedOnAudit r -> from == NoticeItemStatus.TAKEN_DOWN ? NoticeItemStatus.RESTORED : null;
        };
    if (to == null) {
      throw new IllegalTransitionException(from, event);
    }
    return to;
  }

  /** Whether {@code event} is allowed in {@code from}. */
  public static boolean allows(NoticeItemStatus from, NoticeItemEvent event) {
    try {
      apply(from, event);
      return true;
    } catch (IllegalTransitionException e) {
      return false;
    }
  }
}
