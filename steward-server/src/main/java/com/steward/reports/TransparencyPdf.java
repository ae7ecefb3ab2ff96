package com.steward.reports;

import com.steward.programs.ProgramComparison;
import com.steward.reports.TransparencyReport.RefundMonth;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The transparency report as a PDF (Apache PDFBox): the title, the marketplace and the period, then
 * each section's definition, its numbers in a table and its charts drawn as vector graphics.
 */
final class TransparencyPdf {

  static final String TITLE = "Transparency report";

  private TransparencyPdf() {}

  static byte[] render(TransparencyReport r) {
    try (var doc = new PDDocument(); var bytes = new ByteArrayOutputStream()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(TITLE + " " + scope(r) + " " + r.from() + " to " + r.lastDay());
      info.setCreator("Steward");
      info.setCreationDate(GregorianCalendar.from(r.generatedAt().atZone(ZoneOffset.UTC)));
      Map<String, Chart> charts = r.charts().stream().collect(Collectors.toMap(Chart::id, Function.identity()));
      try (var p = new PdfPages(doc, "Steward " + TITLE.toLowerCase() + ", " + scope(r) + ", " + r.from() + " to "
          + r.lastDay())) {
        p.title(TITLE);
        p.paragraph("Marketplace: " + scope(r), 10);
        p.paragraph("Period: " + r.from() + " to " + r.lastDay() + " inclusive (" + r.zone() + ")", 10);
        p.paragraph("Computed from Steward's records at " + r.generatedAt() + ".", 8);
        takedowns(p, r, charts);
        notices(p, r, charts);
        referrals(p, r, charts);
        haze(p, r, charts);
        penalties(p, r);
        refunds(p, r, charts);
      }
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String scope(TransparencyReport r) {
    return r.marketplace() == null ? "all marketplaces" : r.marketplaceName() + " (" + r.marketplace() + ")";
  }

  private static void takedowns(PdfPages p, TransparencyReport r, Map<String, Chart> charts) throws IOException {
    var t = r.takedowns();
    p.heading("1. Listings removed: proactive and reactive");
    p.paragraph("Proactive: listings blocked by screening, taken down on a referral the brand confirmed, or removed "
        + "with a banned account. Reactive: listings taken down on a notice from a rights holder. Proactive share: "
        + pct(t.proactiveShare()) + "; proactive removals per reactive one: " + (t.proactiveToReactive() == null
        ? "none (no reactive removal)" : ChartLayout.number(t.proactiveToReactive())) + ".", 8.5f);
    var rows = new ArrayList<List<String>>();
    for (var m : concat(t.months(), t.total())) {
      rows.add(List.of(m.month(), n(m.screeningBlocks()), n(m.referralTakedowns()), n(m.banRemovals()),
          n(m.proactive()), n(m.reactive())));
    }
    p.table(List.of("Month", "Screening blocks", "Referral takedowns", "Ban removals", "Proactive", "Reactive"), rows,
        new float[] {70, 85, 90, 80, 80, 80});
    p.chart(charts.get("takedowns"));
  }

  private static void notices(PdfPages p, TransparencyReport r, Map<String, Chart> charts) throws IOException {
    var c = r.notices();
    p.heading("2. Notices: program members and regular notifiers");
    p.paragraph("Items (listings named) of notices filed in the period, in the group of the program the notifier "
        + "was in when it filed. Invalid: reversed after a counter-notice or audit, or rejected at review, over "
        + "settled items. Items per account, members over regular: " + ratio(c.itemsPerAccountRatio())
        + "; invalid rate, regular over members: " + ratio(c.invalidRateRatio()) + ".", 8.5f);
    var groups = new ArrayList<>(c.programs());
    groups.add(c.programMembers());
    groups.add(c.regular());
    var rows = new ArrayList<List<String>>();
    for (ProgramComparison.Group g : groups) {
      rows.add(List.of(ReportCharts.label(g.group()), n(g.accounts()), n(g.items()),
          ChartLayout.number(g.itemsPerAccount()), n(g.settled()), n(g.invalid()), pct(g.invalidRate())));
    }
    p.table(List.of("Group", "Accounts", "Items", "Items per account", "Settled", "Invalid", "Invalid rate"), rows,
        new float[] {110, 60, 60, 80, 60, 60, 65});
    p.chart(charts.get("program-items"));
    p.chart(charts.get("program-invalid"));
  }

  private static void referrals(PdfPages p, TransparencyReport r, Map<String, Chart> charts) throws IOException {
    p.heading("3. Referrals to brands");
    p.paragraph("Listings screening was unsure of, referred to the brand's owner in the month. Answered: confirmed "
        + "or dismissed so far. Response rate: answered of received; confirmation rate: confirmed of answered.", 8.5f);
    var rows = new ArrayList<List<String>>();
    for (var m : concat(r.referrals().months(), r.referrals().total())) {
      rows.add(List.of(m.month(), n(m.received()), n(m.answered()), n(m.confirmed()), pct(m.responseRate()),
          pct(m.confirmationRate())));
    }
    p.table(List.of("Month", "Received", "Answered", "Confirmed", "Response rate", "Confirmation rate"), rows,
        new float[] {70, 75, 75, 75, 95, 95});
    p.chart(charts.get("referrals"));
  }

  private static void haze(PdfPages p, TransparencyReport r, Map<String, Chart> charts) throws IOException {
    p.heading("4. Haze Clearing");
    p.paragraph("Listings blocked by screening before they went live, against complaints of trademark misuse "
        + "(notices and the listings they name) filed in the month.", 8.5f);
    var rows = new ArrayList<List<String>>();
    for (var m : concat(r.hazeClearing().months(), r.hazeClearing().total())) {
      rows.add(List.of(m.month(), n(m.screeningBlocks()), n(m.trademarkMisuseNotices()), n(m.trademarkMisuseItems())));
    }
    p.table(List.of("Month", "Screening blocks", "Misuse notices", "Misuse items"), rows,
        new float[] {70, 100, 100, 100});
    p.chart(charts.get("haze-clearing"));
  }

  private static void penalties(PdfPages p, TransparencyReport r) throws IOException {
    var e = r.penalties();
    p.heading("5. Penalties and bans");
    p.paragraph("Violations that occurred in the period (standing, or overturned since), restrictions of the penalty "
        + "ladder applied in it, accounts banned and bans lifted. Accounts banned: " + n(e.accountsBanned())
        + "; bans lifted: " + n(e.bansLifted()) + "; listings removed with banned accounts: "
        + n(e.listingsRemovedByBans()) + ".", 8.5f);
    p.table(List.of("Violation", "Standing", "Overturned"), e.violations().stream()
        .map(v -> List.of(v.type(), n(v.standing()), n(v.overturned()))).toList(), new float[] {150, 80, 80});
    p.table(List.of("Restriction", "Applied"), e.restrictions().stream()
        .map(x -> List.of(x.restriction(), n(x.applied()))).toList(), new float[] {150, 80});
  }

  private static void refunds(PdfPages p, TransparencyReport r, Map<String, Chart> charts) throws IOException {
    p.heading("6. Refunds");
    p.paragraph("From the trading figures the marketplace reports per day: refunds, and refunds whose buyer gave a "
        + "suspected fake as the reason, as shares of orders.", 8.5f);
    var rows = new ArrayList<List<String>>();
    for (RefundMonth m : concat(r.refunds().months(), r.refunds().total())) {
      rows.add(List.of(m.month(), n(m.daysReported()), n(m.orders()), n(m.refunds()), n(m.refundsAsFake()),
          pct(m.refundRate()), pct(m.fakeRefundRate())));
    }
    p.table(List.of("Month", "Days", "Orders", "Refunds", "As fake", "Refund rate", "Fake refund rate"), rows,
        new float[] {70, 50, 70, 65, 65, 80, 95});
    p.chart(charts.get("refunds"));
  }

  private static <T> List<T> concat(List<T> months, T total) {
    var all = new ArrayList<>(months);
    all.add(total);
    return all;
  }

  private static String n(long v) {
    return Long.toString(v);
  }

  static String pct(double share) {
    return ChartLayout.number(ReportCharts.percent(share)) + "%";
  }

  private static String ratio(Double v) {
    return v == null ? "none (no denominator)" : ChartLayout.number(v);
  }
}
