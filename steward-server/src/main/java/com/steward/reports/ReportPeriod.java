package com.steward.reports;

import com.steward.platform.errors.Check;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The days a report covers, {@code [from, to)}, in the operator's zone: {@code to} is the first day
 * not covered. Its months are the calendar months it touches (the first and last may be partial).
 * Left out, {@code to} is tomorrow (today included) and {@code from} the first day of the month
 * eleven months before, so that the default is the last twelve months, the current one to date.
 */
record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

  /** The longest period a report covers. */
  static final int MAX_MONTHS = 120;

  ReportPeriod {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("an empty period: " + from + " to " + to);
    }
  }

  /** Parses {@code from} and {@code to} (YYYY-MM-DD, either may be blank); problems name the parameter. */
  static ReportPeriod parse(@Nullable String from, @Nullable String to, LocalDate today, ZoneId zone) {
    var c = new Check();
    LocalDate t = blank(to) ? today.plusDays(1) : date(c, "to", to);
    LocalDate f = blank(from) ? (t == null ? null : YearMonth.from(t.minusDays(1)).minusMonths(11).atDay(1))
        : date(c, "from", from);
    if (f != null && t != null) {
      if (!t.isAfter(f)) {
        c.add("to", "after from (the first day not covered)");
      } else if (ChronoUnit.MONTHS.between(YearMonth.from(f), YearMonth.from(t.minusDays(1))) >= MAX_MONTHS) {
        c.add("from", "at most " + MAX_MONTHS + " months before to");
      }
    }
    c.done();
    return new ReportPeriod(f, t, zone);
  }

  /** The last day covered. */
  LocalDate lastDay() {
    return to.minusDays(1);
  }

  Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  Instant end() {
    return to.atStartOfDay(zone).toInstant();
  }

  /** The months touched, oldest first, as YYYY-MM. */
  List<String> months() {
    var out = new ArrayList<String>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(lastDay())); m = m.plusMonths(1)) {
      out.add(m.toString());
    }
    return out;
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  private static @Nullable LocalDate date(Check c, String field, String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      c.add(field, "a date as YYYY-MM-DD");
      return null;
    }
  }
}
