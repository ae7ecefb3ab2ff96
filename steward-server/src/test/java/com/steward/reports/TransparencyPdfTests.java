package com.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.programs.ProgramComparison;
import com.steward.reports.TransparencyReport.Enforcement;
import com.steward.reports.TransparencyReport.HazeClearing;
import com.steward.reports.TransparencyReport.ReferralMonth;
import com.steward.reports.TransparencyReport.Referrals;
import com.steward.reports.TransparencyReport.RefundMonth;
import com.steward.reports.TransparencyReport.Refunds;
import com.steward.reports.TransparencyReport.TakedownMonth;
import com.steward.reports.TransparencyReport.Takedowns;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF in the standard fonts: text they cannot show is replaced rather than failing the report. */
class TransparencyPdfTests {

  @Test
  void charactersTheStandardFontsCannotShowAreReplaced() throws Exception {
    byte[] pdf = TransparencyPdf.render(report("淘宝 Café\u0007 № 1"));
    try (var doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Marketplace: ?? Café  ? 1 (tb)", "2026-01-01 to 2026-01-31");
    }
  }

  @Test
  void anEmptyMonthStillDrawsItsChartsAndTables() throws Exception {
    try (var doc = Loader.loadPDF(TransparencyPdf.render(report("Shop")))) {
      assertThat(doc.getNumberOfPages()).isPositive();
      assertThat(new PDFTextStripper().getText(doc)).contains("none (no denominator)", "Refund rate per month");
    }
  }

  static TransparencyReport report(String name) {
    var zero = new ProgramComparison.Group("GOOD_FAITH", 0, 0, 0, 0, 0, 0);
    var notices = new ProgramComparison(List.of(zero, new ProgramComparison.Group("PARTNER", 0, 0, 0, 0, 0, 0),
        new ProgramComparison.Group("TRUSTED_FLAGGER", 0, 0, 0, 0, 0, 0)),
        new ProgramComparison.Group(ProgramComparison.MEMBERS, 0, 0, 0, 0, 0, 0),
        new ProgramComparison.Group(ProgramComparison.REGULAR, 0, 0, 0, 0, 0, 0), null, null);
    var none = new TakedownMonth("2026-01", 0, 0, 0, 0, 0);
    var referral = new ReferralMonth("2026-01", 0, 0, 0, 0, 0);
    var haze = new Reports.Month("2026-01", 0, 0, 0);
    var refund = new RefundMonth("2026-01", 0, 0, 0, 0, 0, 0);
    var r = new TransparencyReport("tb", name, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 1, 31), "UTC", Instant.parse("2026-02-01T08:00:00Z"), List.of("2026-01"),
        new Takedowns(List.of(none), none, 0, null), notices, new Referrals(List.of(referral), referral),
        new HazeClearing(List.of(haze), haze), new Enforcement(List.of(), List.of(), 0, 0, 0),
        new Refunds(List.of(refund), refund), List.of());
    return r.withCharts(ReportCharts.of(r));
  }
}
