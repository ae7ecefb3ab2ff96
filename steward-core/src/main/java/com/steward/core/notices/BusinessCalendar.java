package com.steward.core.notices;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days: Monday to Friday, less the given public holidays. */
public record BusinessCalendar(Set<LocalDate> holidays) {

  public BusinessCalendar {
    holidays = Set.copyOf(holidays);
  }

  public static BusinessCalendar weekdays() {
    return new BusinessCalendar(Set.of());
  }

  public boolean isBusinessDay(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** The date {@code days} business days after {@code start} (the start day itself not counted). */
  public LocalDate plusBusinessDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must be >= 0, was " + days);
    }
    LocalDate d = start;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (isBusinessDay(d)) {
        left--;
      }
    }
    return d;
  }
}
