package com.steward.core.notices;

import static com.steward.core.notices.NoticeItemStatus.COUNTER_NOTICED;
import static com.steward.core.notices.NoticeItemStatus.FINAL_TAKEDOWN;
import static com.steward.core.notices.NoticeItemStatus.PENDING_REVIEW;
import static com.steward.core.notices.NoticeItemStatus.REJECTED;
import static com.steward.core.notices.NoticeItemStatus.RESTORED;
import static com.steward.core.notices.NoticeItemStatus.TAKEN_DOWN;
import static com.steward.core.notices.NoticeItemStatus.UPHELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeItemLifecycleTests {

  @Test
  void theHappyPathsOfNoticeAndTakedown() {
    assertThat(NoticeItemLifecycle.apply(PENDING_REVIEW, new NoticeItemEvent.Accepted())).isEqualTo(TAKEN_DOWN);
    assertThat(NoticeItemLifecycle.apply(PENDING_REVIEW, new NoticeItemEvent.Rejected())).isEqualTo(REJECTED);
    assertThat(NoticeItemLifecycle.apply(TAKEN_DOWN, new NoticeItemEvent.CounterNoticed())).isEqualTo(COUNTER_NOTICED);
    assertThat(NoticeItemLifecycle.apply(TAKEN_DOWN, new NoticeItemEvent.CounterNoticeWindowEnded()))
        .isEqualTo(FINAL_TAKEDOWN);
    assertThat(NoticeItemLifecycle.apply(COUNTER_NOTICED, new NoticeItemEvent.Upheld())).isEqualTo(UPHELD);
    assertThat(NoticeItemLifecycle.apply(COUNTER_NOTICED, new NoticeItemEvent.ResponseWindowEnded())).isEqualTo(RESTORED);
    assertThat(NoticeItemLifecycle.apply(COUNTER_NOTICED, new NoticeItemEvent.Withdrawn())).isEqualTo(RESTORED);
    assertThat(NoticeItemLifecycle.apply(TAKEN_DOWN, new NoticeItemEvent.Withdrawn())).isEqualTo(RESTORED);
    assertThat(NoticeItemLifecycle.apply(TAKEN_DOWN, new NoticeItemEvent.ReversedOnAudit())).isEqualTo(RESTORED);
    assertThat(NoticeItemLifecycle.allows(PENDING_REVIEW, new NoticeItemEvent.ReversedOnAudit()))
        .as("only a takedown is audited").isFalse();
  }

  @Test
  void finalStatesAllowNothing() {
    List<NoticeItemEvent> all = List.of(new NoticeItemEvent.Accepted(), new NoticeItemEvent.Rejected(),
        new NoticeItemEvent.CounterNoticed(), new NoticeItemEvent.Upheld(), new NoticeItemEvent.Withdrawn(),
        new NoticeItemEvent.CounterNoticeWindowEnded(), new NoticeItemEvent.ResponseWindowEnded(),
        new NoticeItemEvent.ReversedOnAudit());
    for (NoticeItemStatus end : List.of(REJECTED, FINAL_TAKEDOWN, UPHELD, RESTORED)) {
      assertThat(end.isOpen()).isFalse();
      for (NoticeItemEvent e : all) {
        assertThat(NoticeItemLifecycle.allows(end, e)).as(end + " " + e).isFalse();
      }
    }
  }

  @Test
  void aSellerCannotCounterNoticeBeforeATakedownNorTwice() {
    assertThatThrownBy(() -> NoticeItemLifecycle.apply(PENDING_REVIEW, new NoticeItemEvent.CounterNoticed()))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("PENDING_REVIEW");
    assertThatThrownBy(() -> NoticeItemLifecycle.apply(COUNTER_NOTICED, new NoticeItemEvent.CounterNoticed()))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("counter noticed");
  }

  @Test
  void theListingIsDownExactlyWhileATakedownStands() {
    assertThat(TAKEN_DOWN.listingRemoved()).isTrue();
    assertThat(COUNTER_NOTICED.listingRemoved()).isTrue();
    assertThat(UPHELD.listingRemoved()).isTrue();
    assertThat(RESTORED.listingRemoved()).isFalse();
    assertThat(PENDING_REVIEW.listingRemoved()).isFalse();
  }
}
