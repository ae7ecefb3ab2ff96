package com.steward.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadRunTests {

  /** The kinds in the order the run sends them, by replaying {@link LoadRun#nextDue} as the run does. */
  private static List<Integer> order(RateSchedule... schedules) {
    long[] sent = new long[schedules.length];
    List<Integer> kinds = new ArrayList<>();
    int next;
    while ((next = LoadRun.nextDue(schedules, sent)) >= 0) {
      kinds.add(next);
      sent[next]++;
    }
    return kinds;
  }

  @Test
  void everyRequestOfEveryKindIsSentOnceInTheOrderItIsDue() {
    // no warmup: listings every 0.5 s (0, 0.5, 1, 1.5), notices every 1 s (0, 1), dry runs at 0.25 s steps
    var listings = new RateSchedule(2, 0, 2);
    var notices = new RateSchedule(1, 0, 2);
    var dryRuns = new RateSchedule(4, 0, 1);
    List<Integer> kinds = order(listings, notices, dryRuns);
    // at 0 all three are due: the tie goes to listings, then notices, then dry runs
    assertThat(kinds).containsExactly(0, 1, 2, 2, 0, 2, 2, 0, 1, 0);
    assertThat(kinds.stream().filter(k -> k == 0).count()).isEqualTo(listings.total());
    assertThat(kinds.stream().filter(k -> k == 2).count()).isEqualTo(dryRuns.total());
  }

  @Test
  void aKindWithoutScheduleIsNeverSentAndNothingLeftEndsTheRun() {
    assertThat(order(null, null, new RateSchedule(3, 0, 1))).containsExactly(2, 2, 2);
    assertThat(order(new RateSchedule(1, 2, 1), null, null)).hasSize((int) new RateSchedule(1, 2, 1).total());
    assertThat(LoadRun.nextDue(new RateSchedule[] {null, null, null}, new long[3])).isEqualTo(-1);
  }
}
