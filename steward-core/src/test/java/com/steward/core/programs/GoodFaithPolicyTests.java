package com.steward.core.programs;

import static com.steward.core.programs.GoodFaithPolicy.Verdict.DEMOTE;
import static com.steward.core.programs.GoodFaithPolicy.Verdict.ENROL;
import static com.steward.core.programs.GoodFaithPolicy.Verdict.STAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GoodFaithPolicyTests {

  static final GoodFaithPolicy P = GoodFaithPolicy.DEFAULT;

  static Reputation record(long upheld, long reversed, long rejected) {
    return Reputation.of(new Outcomes(upheld, reversed, rejected, 0), 0.95);
  }

  @Test
  void aCleanRecordWithEnoughVolumeEnrols() {
    assertThat(P.judge(record(40, 0, 0), false, false)).isEqualTo(ENROL);
    assertThat(P.judge(record(29, 0, 0), false, false)).as("below the volume").isEqualTo(STAY);
    assertThat(P.judge(record(20, 0, 0), false, false)).isEqualTo(STAY);
  }

  @Test
  void aHighShareOnFewItemsDoesNotEnrolBecauseTheBoundIsLow() {
    Reputation r = record(30, 2, 0);
    assertThat(r.accuracy()).isGreaterThan(0.9);
    assertThat(P.judge(r, false, false)).isEqualTo(STAY);
  }

  @Test
  void successfulCounterNoticesKeepANotifierOut() {
    assertThat(P.judge(record(200, 12, 0), false, false)).as("12 / 212 reversed").isEqualTo(STAY);
  }

  @Test
  void aMemberIsDemotedWhenTheRecordFallsAndNotBefore() {
    assertThat(P.judge(record(40, 0, 0), true, false)).isEqualTo(STAY);
    assertThat(P.judge(record(38, 2, 0), true, false)).as("still inside the wider margin").isEqualTo(STAY);
    assertThat(P.judge(record(38, 2, 0), false, false)).as("but not good enough to join").isEqualTo(STAY);
    assertThat(P.judge(record(30, 6, 4), true, false)).isEqualTo(DEMOTE);
    assertThat(P.judge(record(3, 3, 2), true, false)).as("too few to judge").isEqualTo(STAY);
  }

  @Test
  void aCoolOffBlocksAutomaticReturn() {
    assertThat(P.judge(record(200, 0, 0), false, true)).isEqualTo(STAY);
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> new GoodFaithPolicy(0, 30, 0.9, 0.05, 10, 0.8, 0.1, 90, 0.05))
        .hasMessageContaining("windowMonths");
    assertThatThrownBy(() -> new GoodFaithPolicy(3, 30, 0.9, 0.05, 10, 0.95, 0.1, 90, 0.05))
        .hasMessageContaining("demoteAccuracyLower");
    assertThatThrownBy(() -> new GoodFaithPolicy(3, 30, 0.9, 0.2, 10, 0.8, 0.1, 90, 0.05))
        .hasMessageContaining("CounterNoticeSuccess");
    assertThatThrownBy(() -> new GoodFaithPolicy(3, 30, 0.9, 0.05, 10, 0.8, 0.1, 90, 1.5))
        .hasMessageContaining("auditShare");
  }
}
