package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How long a sweep's next chunk waits for its pace (chunks of 200 listings). */
class SweepPaceTests {

  private static final Instant T = Instant.parse("2026-11-29T09:00:00Z");

  @Test
  void aChunkWaitsUntilTheOneBeforeItIsItsShareOfASecondOld() {
    // 100 listings a second: a chunk of 200 every 2 s
    assertThat(Sweeps.pause(200, T, T, 100)).isEqualTo(Duration.ofSeconds(2));
    assertThat(Sweeps.pause(200, T, T.plusMillis(500), 100)).isEqualTo(Duration.ofMillis(1500));
    assertThat(Sweeps.pause(400, T, T.plusSeconds(2), 100)).isZero();
    assertThat(Sweeps.pause(400, T, T.plusSeconds(30), 100)).as("behind its pace: no wait").isZero();
    assertThat(Sweeps.pause(200, T, T, 400)).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void theFirstChunkAndAnUnpacedSweepDoNotWait() {
    assertThat(Sweeps.pause(0, T, T, 100)).isZero();
    assertThat(Sweeps.pause(200, T, T, 0)).isZero();
  }

  @Test
  void aClockSetBackWaitsNoLongerThanOneShare() {
    assertThat(Sweeps.pause(200, T, T.minusSeconds(3600), 100)).isEqualTo(Duration.ofSeconds(2));
  }
}
