package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a sweep's next chunk runs, at a pace (chunks of 200 listings). */
class SweepPaceTests {

  private static final Instant T = Instant.parse("2026-11-29T09:00:00Z");

  @Test
  void theNextChunkRunsItsShareOfASecondAfterTheLastBegan() {
    // 100 listings a second: a chunk of 200 every 2 s
    assertThat(Sweeps.nextChunk(T, T.plusMillis(300), 100)).isEqualTo(T.plusSeconds(2));
    assertThat(Sweeps.nextChunk(T, T.plusMillis(300), 400)).isEqualTo(T.plusMillis(500));
    assertThat(Sweeps.nextChunk(T, T.plusMillis(300), 1)).isEqualTo(T.plusSeconds(200));
  }

  @Test
  void aChunkThatTookLongerThanItsShareIsFollowedAtOnce() {
    assertThat(Sweeps.nextChunk(T, T.plusSeconds(3), 100)).isEqualTo(T.plusSeconds(3));
  }

  @Test
  void withoutAPaceTheNextChunkRunsAtOnce() {
    assertThat(Sweeps.nextChunk(T, T.plusMillis(300), 0)).isEqualTo(T.plusMillis(300));
  }
}
