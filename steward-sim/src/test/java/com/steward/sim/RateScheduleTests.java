package com.steward.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RateScheduleTests {

  private static final long S = 1_000_000_000L;

  @Test
  void hundredPerSecondOverSixtySecondsIsSixThousandMeasuredSendsTenMillisecondsApartAfterTheWarmup() {
    var s = new RateSchedule(100, 10, 60);
    assertThat(s.measured()).isEqualTo(6_000);
    assertThat(s.warmup()).isEqualTo(500);
    assertThat(s.total()).isEqualTo(6_500);
    assertThat(s.offsetNanos(500)).isEqualTo(10 * S);
    assertThat(s.offsetNanos(501)).isEqualTo(10 * S + 10_000_000L);
    assertThat(s.offsetNanos(1_500)).isEqualTo(20 * S);
    assertThat(s.offsetNanos(6_499)).isEqualTo(69_990_000_000L);
    assertThat(s.isMeasured(499)).isFalse();
    assertThat(s.isMeasured(500)).isTrue();
    assertThat(LongStream.range(0, s.total()).filter(s::isMeasured).count()).isEqualTo(6_000);
  }

  @Test
  void theWarmupRampsTheRateUpInAStraightLineAndEndsBeforeTheMeasuredPart() {
    var s = new RateSchedule(100, 10, 60);
    assertThat(s.offsetNanos(0)).isZero();
    // i due at sqrt(2 * 10 * i / 100) s: 1 at 0.447 s, 125 at 5 s, 499 at 9.99 s
    assertThat(s.offsetNanos(1) / 1e9).isCloseTo(Math.sqrt(0.2), within(1e-9));
    assertThat(s.offsetNanos(125)).isEqualTo(5 * S);
    assertThat(s.offsetNanos(499)).isBetween(9 * S, 10 * S - 1);
    // a quarter of the warmup's sends in its first half: the rate at 5 s is half the full rate
    long firstHalf = LongStream.range(0, s.warmup()).filter(i -> s.offsetNanos(i) < 5 * S).count();
    assertThat(firstHalf).isEqualTo(125);
    for (long i = 1; i < s.total(); i++) {
      assertThat(s.offsetNanos(i)).isGreaterThan(s.offsetNanos(i - 1));
    }
  }

  @Test
  void withoutWarmupTheSendsAreOneOverTheRateApartFromTheStart() {
    var s = new RateSchedule(7, 0, 3);
    assertThat(s.warmup()).isZero();
    assertThat(s.total()).isEqualTo(21);
    assertThat(s.isMeasured(0)).isTrue();
    for (long i = 1; i < s.total(); i++) {
      long gap = s.offsetNanos(i) - s.offsetNanos(i - 1);
      assertThat(gap).isBetween(142_857_142L, 142_857_143L);
    }
    assertThat(s.offsetNanos(s.total() - 1)).isLessThan(3 * S);
    assertThatThrownBy(() -> s.offsetNanos(21)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> s.offsetNanos(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aFractionalRateCountsTheSendsDueBeforeTheEnd() {
    // 2.5/s over 3 s: at 0, 0.4, 0.8, ... 2.8 s, that is 8 sends (7.5 rounded up)
    assertThat(new RateSchedule(2.5, 0, 3).total()).isEqualTo(8);
    // 0.1 * 30 is 3.0000000000000004 in doubles: still 3 sends, at 0, 10 and 20 s
    var slow = new RateSchedule(0.1, 0, 30);
    assertThat(slow.total()).isEqualTo(3);
    assertThat(slow.offsetNanos(2)).isEqualTo(20 * S);
  }

  @Test
  void refusesARateThatIsNotAboveZero() {
    assertThatThrownBy(() -> new RateSchedule(0, 0, 10)).hasMessageContaining("rate");
    assertThatThrownBy(() -> new RateSchedule(Double.NaN, 0, 10)).hasMessageContaining("rate");
  }
}
