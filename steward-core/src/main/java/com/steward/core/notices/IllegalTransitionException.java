package com.steward.core.notices;

/** A move that the notice-and-takedown process does not allow from the item's current state. */
public final class IllegalTransitionException extends RuntimeException {

  private final NoticeItemStatus from;

  public IllegalTransitionException(NoticeItemStatus from, NoticeItemEvent event) {
    super(
        "a notice item in state "
            + from
            + " does not allow "
            + event.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase());
    this.from = from;
  }

  public NoticeItemStatus from() {
    return from;
  }
}
