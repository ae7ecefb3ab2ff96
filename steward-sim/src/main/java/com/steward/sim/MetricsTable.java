package com.steward.sim;

import com.steward.core.metrics.Fraction;
import com.steward.core.metrics.GovernanceReport;
import com.steward.core.metrics.RefundPeriod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report as rows of (metric, value, detail): printed as an aligned table, or written as JSON. */
final class MetricsTable {

  private MetricsTable() {}

  static List<String[]> rows(GovernanceReport r) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row("infringing removals that were proactive", r.proactiveShare()));
    rows.add(new String[] {"proactive : reactive", num(r.proactiveToReactive()) + " : 1", ""});
    rows.add(row("infringing listings removed before first sale", r.removedBeforeFirstSale()));
    rows.add(row("wrongful takedowns (of all removals)", r.wrongfulTakedowns()));
    rows.add(new String[] {"median hours listing -> removal, proactive", hours(r.medianMinutesProactive()), ""});
    rows.add(new String[] {"median hours listing -> removal, by notice", hours(r.medianMinutesNotice()), ""});
    rows.add(row("notice items decided within 24 h", r.noticesDecidedWithinDay()));
    r.invalidNoticesByProgram().forEach((p, f) -> rows.add(row("invalid notice items, " + p, f)));
    rows.add(row("referral response rate", r.referralResponse()));
    rows.add(row("referral confirmation rate", r.referralConfirmation()));
    rows.add(row("genuine listings restored on counter-notice", r.genuineRestoredOnCounterNotice()));
    rows.add(row("fakes restored on counter-notice", r.fakesRestoredOnCounterNotice()));
    var l = r.ringLinkage();
    rows.add(new String[] {"dummy-ring linkage F1 (pairs)", num(l.f1()),
        "P " + num(l.precision()) + ", R " + num(l.recall()) + " (" + l.bothPairs() + "/" + l.predictedPairs() + "/" + l.truePairs() + ")"});
    rows.add(row("banned offenders that returned", r.returnRate()));
    for (RefundPeriod p : r.refunds()) {
      rows.add(new String[] {"refunds for fakes, days " + (p.from() / 1440 + 1) + "-", pct(p.rate()),
          p.fakeRefunds() + "/" + p.orders() + " orders"});
    }
    return rows;
  }

  static String format(GovernanceReport r) {
    List<String[]> rows = rows(r);
    int w0 = "metric".length();
    int w1 = "value".length();
    for (String[] row : rows) {
      w0 = Math.max(w0, row[0].length());
      w1 = Math.max(w1, row[1].length());
    }
    var out = new StringBuilder();
    String fmt = "%-" + w0 + "s  %" + w1 + "s  %s%n";
    out.append(String.format(Locale.ROOT, fmt, "metric", "value", "counts"));
    out.append("-".repeat(w0)).append("  ").append("-".repeat(w1)).append("  ").append("-".repeat(20)).append('\n');
    for (String[] row : rows) {
      out.append(String.format(Locale.ROOT, fmt, row[0], row[1], row[2]));
    }
    return out.toString();
  }

  /** The report as a JSON-ready map: shares as numbers (null when undefined) with their counts. */
  static Map<String, Object> json(GovernanceReport r) {
    var out = new LinkedHashMap<String, Object>();
    out.put("proactiveShare", frac(r.proactiveShare()));
    out.put("proactiveToReactive", nullable(r.proactiveToReactive()));
    out.put("removedBeforeFirstSale", frac(r.removedBeforeFirstSale()));
    out.put("wrongfulTakedowns", frac(r.wrongfulTakedowns()));
    out.put("medianHoursToRemovalProactive", nullable(r.medianMinutesProactive() / 60));
    out.put("medianHoursToRemovalNotice", nullable(r.medianMinutesNotice() / 60));
    out.put("noticesDecidedWithinDay", frac(r.noticesDecidedWithinDay()));
    var invalid = new LinkedHashMap<String, Object>();
    r.invalidNoticesByProgram().forEach((p, f) -> invalid.put(p, frac(f)));
    out.put("invalidNoticesByProgram", invalid);
    out.put("referralResponse", frac(r.referralResponse()));
    out.put("referralConfirmation", frac(r.referralConfirmation()));
    out.put("genuineRestoredOnCounterNotice", frac(r.genuineRestoredOnCounterNotice()));
    out.put("fakesRestoredOnCounterNotice", frac(r.fakesRestoredOnCounterNotice()));
    var l = r.ringLinkage();
    var ring = new LinkedHashMap<String, Object>();
    ring.put("f1", String.valueOf(nullable(l.f1())));
    ring.put("bothPairs", l.bothPairs());
    ring.put("predictedPairs", l.predictedPairs());
    ring.put("truePairs", l.truePairs());
    out.put("ringLinkage", ring);
    out.put("returnRate", frac(r.returnRate()));
    out.put("refunds", r.refunds().stream().map(p -> {
      var period = new LinkedHashMap<String, Object>();
      period.put("fromDay", p.from() / 1440);
      period.put("orders", p.orders());
      period.put("fakeRefunds", p.fakeRefunds());
      return period;
    }).toList());
    return out;
  }

  private static Map<String, Object> frac(Fraction f) {
    var m = new LinkedHashMap<String, Object>();
    m.put("value", nullable(f.value()));
    m.put("part", f.part());
    m.put("whole", f.whole());
    return m;
  }

  private static Object nullable(double d) {
    return Double.isNaN(d) ? "n/a" : Math.round(d * 10_000) / 10_000.0;
  }

  private static String[] row(String name, Fraction f) {
    return new String[] {name, pct(f.value()), f.part() + "/" + f.whole()};
  }

  static String pct(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", v * 100);
  }

  static String num(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  static String hours(double minutes) {
    return Double.isNaN(minutes) ? "n/a" : String.format(Locale.ROOT, "%.1f", minutes / 60);
  }
}
