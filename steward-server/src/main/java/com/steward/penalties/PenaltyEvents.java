package com.steward.penalties;

import com.steward.core.notices.NoticeItemStatus;
import com.steward.core.penalties.Severity;
import com.steward.core.penalties.ViolationType;
import com.steward.notices.Notices;
import com.steward.screening.Screening;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What feeds the points, heard inside the deciding transaction: a screening block (minor), a
 * notice item taken down for good (a final takedown or an upheld counter-notice: major), and their
 * reversals (a complaint that lifts a block; an item restored after it was final).
 */
@Component
class PenaltyEvents {

  /** Upheld notices within {@link #BURST_DAYS} days that call for checking the seller's identity again. */
  static final int BURST = 3;
  static final int BURST_DAYS = 30;

  private final Penalties penalties;
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;

  PenaltyEvents(Penalties penalties, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
    this.penalties = penalties;
    this.clock = clock;
    this.events = events;
  }

  @EventListener
  void onBlocked(Screening.Blocked e) {
    penalties.record(e.seller(), ViolationType.SCREENING_BLOCK, Severity.MINOR,
        "listing blocked by screening" + (e.brand().isEmpty() ? "" : " (brand " + e.brand() + ")"),
        "screening:" + e.decisionId(), e.at());
  }

  @EventListener
  void onBlockLifted(Screening.BlockLifted e) {
    penalties.overturn("screening:" + e.decisionId(), e.why());
  }

  @EventListener
  void onNoticeItemMoved(Notices.NoticeItemMoved e) {
    if (e.to() == NoticeItemStatus.FINAL_TAKEDOWN || e.to() == NoticeItemStatus.UPHELD) {
      penalties.record(e.sellerId(), ViolationType.UPHELD_NOTICE, Severity.MAJOR,
          "notice " + e.noticeId() + " upheld against the listing", "notice-item:" + e.itemId(), clock.instant());
      if (penalties.count(e.sellerId(), ViolationType.UPHELD_NOTICE,
          clock.instant().minus(java.time.Duration.ofDays(BURST_DAYS))) == BURST) {
        events.publishEvent(new com.steward.sellers.SellerEvents.ReverificationTriggered(e.sellerId(),
            "a burst of upheld notices: " + BURST + " within " + BURST_DAYS + " days"));
      }
    } else if (e.to() == NoticeItemStatus.RESTORED) {
      penalties.overturn("notice-item:" + e.itemId(), "the listing was restored");
    }
  }
}
