package com.steward.reports;

import com.steward.programs.ProgramComparison;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Every number behind the transparency report, one a row: {@code section,metric,period,value}, where
 * period is a month (YYYY-MM) or {@code total} and rates are shares between 0 and 1. The first rows
 * say what the report covers.
 */
final class TransparencyCsv {

  static final List<String> HEADER = List.of("section", "metric", "period", "value");

  private TransparencyCsv() {}

  record Row(String section, String metric, String period, String value) {}

  static String csv(TransparencyReport r) {
    var out = new StringWriter();
    try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
        .setRecordSeparator("\n").get())) {
      for (Row row : rows(r)) {
        printer.printRecord(row.section(), row.metric(), row.period(), row.value());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static List<Row> rows(TransparencyReport r) {
    var rows = new ArrayList<Row>();
    String total = TransparencyReport.TOTAL;
    rows.add(new Row("report", "marketplace", "", r.marketplace() == null ? "all" : r.marketplace()));
    rows.add(new Row("report", "from", "", r.from().toString()));
    rows.add(new Row("report", "to", "", r.to().toString()));
    rows.add(new Row("report", "zone", "", r.zone()));
    for (var m : withTotal(r.takedowns().months(), r.takedowns().total())) {
      add(rows, "takedowns", "screeningBlocks", m.month(), m.screeningBlocks());
      add(rows, "takedowns", "referralTakedowns", m.month(), m.referralTakedowns());
      add(rows, "takedowns", "banRemovals", m.month(), m.banRemovals());
      add(rows, "takedowns", "proactive", m.month(), m.proactive());
      add(rows, "takedowns", "reactive", m.month(), m.reactive());
    }
    add(rows, "takedowns", "proactiveShare", total, r.takedowns().proactiveShare());
    add(rows, "takedowns", "proactiveToReactive", total, r.takedowns().proactiveToReactive());
    var groups = new ArrayList<>(r.notices().programs());
    groups.add(r.notices().programMembers());
    groups.add(r.notices().regular());
    for (ProgramComparison.Group g : groups) {
      add(rows, "notices", g.group() + ".accounts", total, g.accounts());
      add(rows, "notices", g.group() + ".items", total, g.items());
      add(rows, "notices", g.group() + ".itemsPerAccount", total, g.itemsPerAccount());
      add(rows, "notices", g.group() + ".settled", total, g.settled());
      add(rows, "notices", g.group() + ".invalid", total, g.invalid());
      add(rows, "notices", g.group() + ".invalidRate", total, g.invalidRate());
    }
    add(rows, "notices", "itemsPerAccountRatio", total, r.notices().itemsPerAccountRatio());
    add(rows, "notices", "invalidRateRatio", total, r.notices().invalidRateRatio());
    for (var m : withTotal(r.referrals().months(), r.referrals().total())) {
      add(rows, "referrals", "received", m.month(), m.received());
      add(rows, "referrals", "answered", m.month(), m.answered());
      add(rows, "referrals", "confirmed", m.month(), m.confirmed());
      add(rows, "referrals", "responseRate", m.month(), m.responseRate());
      add(rows, "referrals", "confirmationRate", m.month(), m.confirmationRate());
    }
    for (var m : withTotal(r.hazeClearing().months(), r.hazeClearing().total())) {
      add(rows, "hazeClearing", "screeningBlocks", m.month(), m.screeningBlocks());
      add(rows, "hazeClearing", "trademarkMisuseNotices", m.month(), m.trademarkMisuseNotices());
      add(rows, "hazeClearing", "trademarkMisuseItems", m.month(), m.trademarkMisuseItems());
    }
    var e = r.penalties();
    for (var v : e.violations()) {
      add(rows, "penalties", "violations." + v.type() + ".standing", total, v.standing());
      add(rows, "penalties", "violations." + v.type() + ".overturned", total, v.overturned());
    }
    for (var x : e.restrictions()) {
      add(rows, "penalties", "restrictions." + x.restriction(), total, x.applied());
    }
    add(rows, "penalties", "accountsBanned", total, e.accountsBanned());
    add(rows, "penalties", "bansLifted", total, e.bansLifted());
    add(rows, "penalties", "listingsRemovedByBans", total, e.listingsRemovedByBans());
    for (var m : withTotal(r.refunds().months(), r.refunds().total())) {
      add(rows, "refunds", "daysReported", m.month(), m.daysReported());
      add(rows, "refunds", "orders", m.month(), m.orders());
      add(rows, "refunds", "refunds", m.month(), m.refunds());
      add(rows, "refunds", "refundsAsFake", m.month(), m.refundsAsFake());
      add(rows, "refunds", "refundRate", m.month(), m.refundRate());
      add(rows, "refunds", "fakeRefundRate", m.month(), m.fakeRefundRate());
    }
    return rows;
  }

  private static void add(List<Row> rows, String section, String metric, String period, long value) {
    rows.add(new Row(section, metric, period, Long.toString(value)));
  }

  /** A rate as plain decimal digits; none (an empty cell) when it has no denominator. */
  private static void add(List<Row> rows, String section, String metric, String period, @Nullable Double value) {
    rows.add(new Row(section, metric, period,
        value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()));
  }

  private static <T> List<T> withTotal(List<T> months, T total) {
    var all = new ArrayList<>(months);
    all.add(total);
    return all;
  }
}
