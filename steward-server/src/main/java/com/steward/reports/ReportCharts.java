package com.steward.reports;

import com.steward.programs.ProgramComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The transparency report's charts, made once from the report's numbers so that the console's SVG,
 * the PDF and the JSON show the same bars, in the order of the report's sections: takedowns by month,
 * the programs against regular notifiers, then referrals, Haze Clearing and refunds by month.
 */
final class ReportCharts {

  static final String GREEN = "#2e7d5b";
  static final String ORANGE = "#d9822b";
  static final String BLUE = "#3b6ea8";
  static final String GREY = "#8a8f94";
  static final String RED = "#b32d2e";

  private ReportCharts() {}

  static List<Chart> of(TransparencyReport r) {
    List<String> months = r.months();
    var t = r.takedowns().months();
    var h = r.hazeClearing().months();
    var f = r.referrals().months();
    var d = r.refunds().months();
    List<ProgramComparison.Group> groups = new ArrayList<>(r.notices().programs());
    groups.add(r.notices().regular());
    List<String> names = groups.stream().map(g -> label(g.group())).toList();
    return List.of(
        new Chart("takedowns", "Listings removed per month: proactive and reactive", "listings", months, List.of(
            series("Proactive", GREEN, t, x -> x.proactive()), series("Reactive", ORANGE, t, x -> x.reactive()))),
        new Chart("program-items", "Listings named per notifier account", "items per account", names, List.of(
            series("Items per account", BLUE, groups, x -> x.itemsPerAccount()))),
        new Chart("program-invalid", "Invalid notices: reversed or rejected of settled", "% of settled items", names,
            List.of(series("Invalid rate", RED, groups, x -> percent(x.invalidRate())))),
        new Chart("referrals", "Referrals per month: received, answered, confirmed", "referrals", months, List.of(
            series("Received", GREY, f, x -> x.received()), series("Answered", BLUE, f, x -> x.answered()),
            series("Confirmed", GREEN, f, x -> x.confirmed()))),
        new Chart("haze-clearing", "Haze Clearing: screening blocks and trademark-misuse complaints", "listings",
            months, List.of(series("Screening blocks", GREEN, h, x -> x.screeningBlocks()),
                series("Trademark-misuse items", RED, h, x -> x.trademarkMisuseItems()))),
        new Chart("refunds", "Refund rate per month", "% of orders", months, List.of(
            series("Refunds", BLUE, d, x -> percent(x.refundRate())),
            series("Refunds for suspected fakes", RED, d, x -> percent(x.fakeRefundRate())))));
  }

  /** How a program's name reads in a chart or a table. */
  static String label(String group) {
    return switch (group) {
      case "GOOD_FAITH" -> "Good Faith";
      case "PARTNER" -> "Partner";
      case "TRUSTED_FLAGGER" -> "Trusted flagger";
      case ProgramComparison.MEMBERS -> "All program members";
      case ProgramComparison.REGULAR -> "Regular notifiers";
      default -> group;
    };
  }

  private static <T> Chart.Series series(String name, String color, List<T> rows, ToDoubleFunction<T> value) {
    return new Chart.Series(name, color, rows.stream().map(x -> value.applyAsDouble(x)).toList());
  }

  /** A share as a percentage with two decimals. */
  static double percent(double share) {
    return Math.round(share * 10_000) / 100.0;
  }
}
