package com.steward.core.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.steward.core.notices.NoticeItemStatus;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ReputationTests {

  @Test
  void anEmptyRecordSitsAtOneHalfWithALowBound() {
    Reputation r = Reputation.of(Outcomes.NONE, 0.95);
    assertThat(r.accuracy()).isEqualTo(0.5);
    assertThat(r.accuracyLower()).isCloseTo(0.05, within(1e-9));
  }

  @Test
  void volumeRaisesTheBoundAtTheSameShare() {
    Reputation few = Reputation.of(new Outcomes(9, 1, 0, 0), 0.95);
    Reputation many = Reputation.of(new Outcomes(900, 100, 0, 0), 0.95);
    assertThat(few.accuracy()).isCloseTo(10.0 / 12, within(1e-12));
    assertThat(many.accuracy()).isCloseTo(901.0 / 1002, within(1e-12));
    assertThat(few.accuracyLower()).as("ten notices prove little").isLessThan(0.65);
    assertThat(many.accuracyLower()).as("a thousand prove a lot").isBetween(0.88, 0.90);
  }

  @Test
  void theGoodFaithAccountOfTheReportPassesAndTheSpuriousAgentDoesNot() {
    // 29 times more notices, 20 times fewer invalid ones (report section V), over a quarter
    Reputation goodFaith = Reputation.of(new Outcomes(2_900, 10, 5, 0), 0.95);
    Reputation spurious = Reputation.of(new Outcomes(60, 35, 25, 0), 0.95);
    assertThat(goodFaith.accuracyLower()).isGreaterThan(0.99);
    assertThat(goodFaith.counterNoticeUpper()).isLessThan(0.01);
    assertThat(spurious.accuracyLower()).isLessThan(0.5);
    assertThat(spurious.counterNoticeUpper()).isGreaterThan(0.3);
  }

  @Test
  void statusesCountAsTheirOutcome() {
    Outcomes o = Outcomes.NONE;
    for (NoticeItemStatus s : NoticeItemStatus.values()) {
      o = o.plus(Outcomes.of(s, 1));
    }
    assertThat(o).isEqualTo(new Outcomes(2, 1, 1, 3));
    assertThat(o.decided()).isEqualTo(4);
    assertThatThrownBy(() -> new Outcomes(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    Outcomes all = o;
    assertThatThrownBy(() -> Reputation.of(all, 1.0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void theBoundNeverExceedsTheMeanAndMoreUpheldNeverLowersIt(@ForAll @LongRange(max = 5_000) long upheld,
      @ForAll @LongRange(max = 5_000) long reversed, @ForAll @LongRange(max = 5_000) long rejected) {
    Reputation r = Reputation.of(new Outcomes(upheld, reversed, rejected, 0), 0.95);
    Reputation better = Reputation.of(new Outcomes(upheld + 1, reversed, rejected, 0), 0.95);
    assertThat(r.accuracyLower()).isBetween(0.0, r.accuracy());
    assertThat(r.counterNoticeUpper()).isBetween(r.counterNoticeSuccess(), 1.0);
    assertThat(better.accuracyLower()).isGreaterThanOrEqualTo(r.accuracyLower() - 1e-12);
  }
}
