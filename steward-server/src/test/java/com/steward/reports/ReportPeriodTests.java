package com.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.errors.StewardException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The period of a report: its defaults, its months, its bounds in the operator's zone, and bad input. */
class ReportPeriodTests {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Test
  void byDefaultTheLastTwelveMonthsWithThisOneToDate() {
    var p = ReportPeriod.parse(null, " ", TODAY, ZoneOffset.UTC);
    assertThat(p.from()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(p.to()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(p.lastDay()).isEqualTo(TODAY);
    assertThat(p.months()).hasSize(12).startsWith("2025-04").endsWith("2026-03");
  }

  @Test
  void partialMonthsAtTheEdgesAreMonthsOfTheirOwn() {
    var p = ReportPeriod.parse("2026-01-15", "2026-02-10", TODAY, ZoneOffset.UTC);
    assertThat(p.months()).containsExactly("2026-01", "2026-02");
    assertThat(ReportPeriod.parse("2026-01-01", "2026-02-01", TODAY, ZoneOffset.UTC).months())
        .as("the first day not covered starts no month").containsExactly("2026-01");
  }

  @Test
  void daysStartAtMidnightInTheOperatorsZone() {
    var p = ReportPeriod.parse("2026-01-01", "2026-04-01", TODAY, ZoneId.of("Europe/Berlin"));
    assertThat(p.start()).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
    assertThat(p.end()).as("summer time by April").isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
  }

  @Test
  void badPeriodsAreRefusedNamingTheParameter() {
    assertThat(field(() -> ReportPeriod.parse("2026-02-30", null, TODAY, ZoneOffset.UTC))).isEqualTo("from");
    assertThat(field(() -> ReportPeriod.parse(null, "soon", TODAY, ZoneOffset.UTC))).isEqualTo("to");
    assertThat(field(() -> ReportPeriod.parse("2026-03-01", "2026-03-01", TODAY, ZoneOffset.UTC))).isEqualTo("to");
    assertThat(field(() -> ReportPeriod.parse("2010-01-01", "2026-03-01", TODAY, ZoneOffset.UTC))).isEqualTo("from");
    assertThat(ReportPeriod.parse("2016-03-01", "2026-03-01", TODAY, ZoneOffset.UTC).months()).hasSize(120);
  }

  private static String field(Runnable parse) {
    var e = (StewardException) org.assertj.core.api.Assertions.catchThrowable(parse::run);
    assertThat(e).isInstanceOf(InvalidRequestException.class);
    return e.problems().getFirst().field();
  }

  @Test
  void anEmptyPeriodCannotBeMade() {
    assertThatThrownBy(() -> new ReportPeriod(TODAY, TODAY, ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
