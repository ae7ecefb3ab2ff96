package com.steward.core.penalties;

import static com.steward.core.penalties.Severity.MAJOR;
import static com.steward.core.penalties.Severity.MINOR;
import static com.steward.core.penalties.Severity.SEVERE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PenaltyPolicyTests {

  static final PenaltyPolicy STANDARD = PenaltyPolicy.standard();

  @Test
  void theStandardPointsOfEveryTypeAndSeverity() {
    int[][] expected = {{1, 2, 4}, {3, 6, 12}, {6, 12, 24}, {2, 6, 12}, {12, 24, 48}, {24, 48, 48}};
    ViolationType[] types = {ViolationType.SCREENING_BLOCK, ViolationType.UPHELD_NOTICE,
        ViolationType.COUNTERFEIT_CONFIRMED, ViolationType.PROHIBITED_ITEM, ViolationType.IDENTITY_FRAUD,
        ViolationType.BAN_EVASION};
    assertThat(types).containsExactlyInAnyOrder(ViolationType.values());
    for (int i = 0; i < types.length; i++) {
      assertThat(STANDARD.pointsFor(types[i], MINOR)).as(types[i] + " minor").isEqualTo(expected[i][0]);
      assertThat(STANDARD.pointsFor(types[i], MAJOR)).as(types[i] + " major").isEqualTo(expected[i][1]);
      assertThat(STANDARD.pointsFor(types[i], SEVERE)).as(types[i] + " severe").isEqualTo(expected[i][2]);
    }
    assertThat(STANDARD.windowDays()).isEqualTo(365);
  }

  @Test
  void theStandardLadder() {
    assertThat(STANDARD.ladder()).containsExactly(Threshold.warning(4), Threshold.listingLimit(8, 50),
        Threshold.marketingSuspension(12), Threshold.storeSuspension(24, 7), Threshold.storeSuspension(36, 14),
        Threshold.closure(48));
    assertThat(STANDARD.ladder()).extracting(Threshold::describe).containsExactly("warning",
        "listings limited to 50 active", "marketing suspended", "store suspended for 7 days",
        "store suspended for 14 days", "store closed");
  }

  @Test
  void aReviewerCanSetAViolationsPoints() {
    Violation v = Violation.of("V-1", ViolationType.UPHELD_NOTICE, MAJOR, Instant.EPOCH, "N-1");
    assertThat(STANDARD.pointsFor(v)).isEqualTo(6);
    assertThat(STANDARD.pointsFor(v.withPoints(2))).isEqualTo(2);
    assertThat(STANDARD.pointsFor(v.withPoints(0))).isZero();
  }

  @Test
  void changesMakeNewPoliciesAndLeaveTheOldOneAlone() {
    PenaltyPolicy stricter = STANDARD.withPoints(ViolationType.SCREENING_BLOCK, new PointScale(2, 3, 5))
        .withWindowDays(730).withLadder(List.of(Threshold.warning(2), Threshold.closure(20)));
    assertThat(stricter.pointsFor(ViolationType.SCREENING_BLOCK, MINOR)).isEqualTo(2);
    assertThat(stricter.pointsFor(ViolationType.UPHELD_NOTICE, MAJOR)).isEqualTo(6);
    assertThat(stricter.windowDays()).isEqualTo(730);
    assertThat(stricter.ladder()).hasSize(2);
    assertThat(STANDARD).isEqualTo(PenaltyPolicy.standard());
    assertThat(STANDARD.withLadder(List.of()).ladder()).as("points without restrictions").isEmpty();
    assertThatThrownBy(() -> STANDARD.points().put(ViolationType.BAN_EVASION, new PointScale(0, 0, 0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anUnsortedLadderIsRefusedNamingTheRung() {
    assertThatThrownBy(() -> STANDARD.withLadder(List.of(Threshold.warning(8), Threshold.listingLimit(4, 50))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ladder[1].points: must be above ladder[0].points (8), was 4");
    assertThatThrownBy(() -> STANDARD.withLadder(List.of(Threshold.warning(4), Threshold.marketingSuspension(4))))
        .hasMessage("ladder[1].points: must be above ladder[0].points (4), was 4");
  }

  @Test
  void aClosureMustBeTheLastRung() {
    assertThatThrownBy(() -> STANDARD.withLadder(List.of(Threshold.closure(10), Threshold.storeSuspension(20, 7))))
        .hasMessage("ladder[0].restriction: CLOSURE must be the last threshold");
  }

  @Test
  void everyTypeNeedsItsPointsAndTheWindowItsLength() {
    Map<ViolationType, PointScale> partial = new EnumMap<>(STANDARD.points());
    partial.remove(ViolationType.BAN_EVASION);
    assertThatThrownBy(() -> new PenaltyPolicy(partial, 365, STANDARD.ladder()))
        .hasMessage("points.BAN_EVASION: missing, every violation type needs its points");
    assertThatThrownBy(() -> STANDARD.withWindowDays(0)).hasMessage("windowDays: 1 to 3650, was 0");
    assertThatThrownBy(() -> STANDARD.withWindowDays(5000)).hasMessage("windowDays: 1 to 3650, was 5000");
  }

  @Test
  void pointsAreNeverNegativeNorLowerForAGraverViolation() {
    assertThatThrownBy(() -> new PointScale(-1, 2, 3)).hasMessage("minor: 0 to 1000, was -1");
    assertThatThrownBy(() -> new PointScale(3, 2, 3)).hasMessage("major: minor (3) to 1000, was 2");
    assertThatThrownBy(() -> new PointScale(1, 2, 1)).hasMessage("severe: major (2) to 1000, was 1");
    assertThatThrownBy(() -> new PointScale(1, 2, 1001)).hasMessage("severe: major (2) to 1000, was 1001");
    Violation v = Violation.of("V-7", ViolationType.SCREENING_BLOCK, MINOR, Instant.EPOCH, "");
    assertThatThrownBy(() -> v.withPoints(-2)).hasMessage("points: 0 to 1000, was -2 (violation V-7)");
  }

  @Test
  void eachRungCarriesExactlyTheFieldsOfItsRestriction() {
    assertThatThrownBy(() -> Threshold.warning(0)).hasMessage("points: at least 1, was 0");
    assertThatThrownBy(() -> Threshold.listingLimit(8, 0))
        .hasMessage("maxListings: at least 1 for a LISTING_LIMIT, was 0");
    assertThatThrownBy(() -> new Threshold(8, Restriction.WARNING, 50, 0))
        .hasMessage("maxListings: only a LISTING_LIMIT has one, was 50");
    assertThatThrownBy(() -> Threshold.storeSuspension(24, 0))
        .hasMessage("suspensionDays: 1 to 365 for a STORE_SUSPENSION, was 0");
    assertThatThrownBy(() -> new Threshold(48, Restriction.CLOSURE, 0, 30))
        .hasMessage("suspensionDays: only a STORE_SUSPENSION has them, was 30");
  }

  @Test
  void aViolationNeedsAnIdAndItsFacts() {
    assertThatThrownBy(() -> Violation.of(" ", ViolationType.SCREENING_BLOCK, MINOR, Instant.EPOCH, ""))
        .hasMessage("id: required");
    Violation v = new Violation("V-1", ViolationType.PROHIBITED_ITEM, MAJOR, Instant.EPOCH, null, " L-9 ", false);
    assertThat(v.reference()).isEqualTo("L-9");
    assertThat(v.overturn().overturned()).isTrue();
    assertThat(v.overturn().id()).isEqualTo("V-1");
  }
}
