package com.steward.core.penalties;

import static com.steward.core.penalties.PenaltyLedgerTests.LEDGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandingExplanationTests {

  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  @Test
  void aSellerReadsThePointsTheirReasonsAndWhatComesNext() {
    Violation notice = Violation.of("V-1", ViolationType.UPHELD_NOTICE, Severity.MAJOR,
        Instant.parse("2026-03-02T10:00:00Z"), "N-123 (counterfeit)");
    Standing s = LEDGER.standing(List.of(notice), NOW);
    assertThat(s.explain(ZoneOffset.UTC)).containsExactly(
        "6 points in the last 365 days",
        "6 points: upheld notice N-123 (counterfeit), major, expires 2027-03-02",
        "Since 2026-03-02: warning, until 2027-03-02 if no new points are added",
        "Next: listings limited to 50 active at 8 points, 2 points away");
  }

  @Test
  void suspensionsClosuresAndReviewedPointsAreSaid() {
    Violation block = new Violation("V-1", ViolationType.SCREENING_BLOCK, Severity.MINOR,
        Instant.parse("2026-05-30T12:00:00Z"), 1, "", false);
    Violation fraud = Violation.of("V-2", ViolationType.IDENTITY_FRAUD, Severity.MAJOR,
        Instant.parse("2026-05-31T12:00:00Z"), "forged registration");
    List<String> lines = LEDGER.standing(List.of(block, fraud), NOW).explain(ZoneOffset.UTC);
    assertThat(lines).startsWith("25 points in the last 365 days",
        "1 point: blocked listing, minor, points set on review, expires 2027-05-30",
        "24 points: identity fraud forged registration, major, expires 2027-05-31");
    assertThat(lines).contains("Since 2026-05-31: store suspended for 7 days, until 2026-06-07",
        "Next: store suspended for 14 days at 36 points, 11 points away");
    Violation evasion = Violation.of("V-3", ViolationType.BAN_EVASION, Severity.SEVERE,
        Instant.parse("2026-06-01T00:00:00Z"), "linked to banned cluster C-9");
    assertThat(LEDGER.standing(List.of(block, fraud, evasion), NOW).explain(ZoneOffset.UTC))
        .contains("Since 2026-06-01: store closed").noneMatch(l -> l.startsWith("Next"));
  }

  @Test
  void datesAreTheSellersCalendarDates() {
    Violation v = Violation.of("V-1", ViolationType.SCREENING_BLOCK, Severity.MINOR,
        Instant.parse("2026-03-02T20:00:00Z"), "L-5");
    CountedViolation c = LEDGER.standing(List.of(v), NOW).counted().getFirst();
    assertThat(c.explain(ZoneOffset.UTC)).endsWith("expires 2027-03-02");
    assertThat(c.explain(ZoneId.of("Asia/Shanghai")))
        .isEqualTo("1 point: blocked listing L-5, minor, expires 2027-03-03");
    assertThat(LEDGER.standing(List.of(), NOW).explain(ZoneOffset.UTC)).containsExactly(
        "No points in the last 365 days", "Next: warning at 4 points, 4 points away");
  }
}
