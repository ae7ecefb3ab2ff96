package com.steward.core.notices;

/** What can happen to a notice item; each moves it along {@link NoticeItemStatus}. */
public sealed interface NoticeItemEvent {

  /** An analyst accepted the item: the listing comes down. */
  record Accepted() implements NoticeItemEvent {}

  /** An analyst rejected the item: the listing stays up. */
  record Rejected() implements NoticeItemEvent {}

  /** The seller disputed the takedown within the window. */
  record CounterNoticed() implements NoticeItemEvent {}

  /** The rights holder showed, within its window, that it has taken action. */
  record Upheld() implements NoticeItemEvent {}

  /** The rights holder withdrew its notice for this listing. */
  record Withdrawn() implements NoticeItemEvent {}

  /** The seller's counter-notice window ended without a counter-notice. */
  record CounterNoticeWindowEnded() implements NoticeItemEvent {}

  /** The rights holder's response window ended without an answer. */
  record ResponseWindowEnded() implements NoticeItemEvent {}

  /** An analyst auditing an expedited takedown finds it unfounded: the listing comes back. */
  record ReversedOnAudit() implements NoticeItemEvent {}
}
