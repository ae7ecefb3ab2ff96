package com.steward.core.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticeWindowsTests {

  @Test
  void counterNoticeWindowIsCalendarTime() {
    var w = NoticeWindows.defaults(ZoneId.of("Europe/Berlin"));
    assertThat(w.counterNoticeDeadline(Instant.parse("2026-03-02T09:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
  }

  @Test
  void responseWindowSkipsWeekendsAndHolidays() {
    var easter = new BusinessCalendar(Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)));
    var w = new NoticeWindows(Duration.ofDays(14), 10, ZoneId.of("UTC"), easter);
    // from Friday 27 March, 10 business days skipping two weekends, Good Friday and Easter Monday
    assertThat(w.responseDeadline(Instant.parse("2026-03-27T15:30:00Z")))
        .isEqualTo(Instant.parse("2026-04-14T15:30:00Z"));
    assertThat(NoticeWindows.defaults(ZoneId.of("UTC")).responseDeadline(Instant.parse("2026-03-27T15:30:00Z")))
        .as("without the holidays").isEqualTo(Instant.parse("2026-04-10T15:30:00Z"));
  }

  @Test
  void responseWindowKeepsLocalTimeAcrossDaylightSaving() {
    var w = NoticeWindows.defaults(ZoneId.of("Europe/Berlin"));
    // 20 March 10:00 CET (09:00Z); ten business days later is 3 April 10:00 CEST (08:00Z)
    assertThat(w.responseDeadline(Instant.parse("2026-03-20T09:00:00Z")))
        .isEqualTo(Instant.parse("2026-04-03T08:00:00Z"));
  }

  @Test
  void refusesMeaninglessWindows() {
    assertThatThrownBy(() -> new NoticeWindows(Duration.ZERO, 10, ZoneId.of("UTC"), BusinessCalendar.weekdays()))
        .hasMessageContaining("counterNoticeWindow");
    assertThatThrownBy(() -> new NoticeWindows(Duration.ofDays(1), 0, ZoneId.of("UTC"), BusinessCalendar.weekdays()))
        .hasMessageContaining("responseBusinessDays");
  }
}
