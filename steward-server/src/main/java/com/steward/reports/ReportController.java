package com.steward.reports;

import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.security.Actor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports of the API: the trademark-misuse trend, and the transparency report as JSON, as a CSV
 * of every number in it, and as a PDF with its charts.
 */
@RestController
class ReportController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final Reports reports;
  private final Marketplaces marketplaces;

  ReportController(Reports reports, Marketplaces marketplaces) {
    this.reports = reports;
    this.marketplaces = marketplaces;
  }

  @GetMapping("/api/v1/reports/trademark-misuse")
  List<Reports.Month> trademarkMisuse(Actor actor, @RequestParam(defaultValue = "12") int months,
      @RequestParam(required = false) @Nullable String marketplace) {
    actor.requireStaff();
    Marketplace m = marketplace == null ? null : marketplaces.scoped(actor, marketplace);
    return reports.trademarkMisuse(actor, months, m);
  }

  /** {@code from} and {@code to} (the first day not covered) as YYYY-MM-DD; {@code marketplace} a code. */
  @GetMapping("/api/v1/reports/transparency")
  TransparencyReport transparency(Actor actor, @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String marketplace) {
    return reports.transparency(actor, from, to, marketplace);
  }

  @GetMapping("/api/v1/reports/transparency.csv")
  ResponseEntity<byte[]> transparencyCsv(Actor actor, @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String marketplace) {
    return csv(reports.transparency(actor, from, to, marketplace));
  }

  @GetMapping("/api/v1/reports/transparency.pdf")
  ResponseEntity<byte[]> transparencyPdf(Actor actor, @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String marketplace) {
    return pdf(reports.transparency(actor, from, to, marketplace));
  }

  static ResponseEntity<byte[]> csv(TransparencyReport r) {
    return file(TransparencyCsv.csv(r).getBytes(StandardCharsets.UTF_8), CSV, r, "csv");
  }

  static ResponseEntity<byte[]> pdf(TransparencyReport r) {
    return file(TransparencyPdf.render(r), MediaType.APPLICATION_PDF, r, "pdf");
  }

  private static ResponseEntity<byte[]> file(byte[] body, MediaType type, TransparencyReport r, String extension) {
    String name = "transparency-" + (r.marketplace() == null ? "all" : r.marketplace()) + "-" + r.from() + "-"
        + r.lastDay() + "." + extension;
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }
}
