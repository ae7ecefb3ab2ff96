package com.steward.reports;

import com.steward.marketplaces.Marketplaces;
import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The transparency report in the console: a period and marketplace form, the charts as inline SVG,
 * the tables, and the same report as PDF and CSV for a signed-in analyst (the API's files need a key).
 */
@PageController
class ReportPages {

  private final Reports reports;
  private final Marketplaces marketplaces;

  ReportPages(Reports reports, Marketplaces marketplaces) {
    this.reports = reports;
    this.marketplaces = marketplaces;
  }

  @GetMapping("/console/reports/transparency")
  String transparency(Actor actor, @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String marketplace, Model model) {
    actor.requireStaff();
    TransparencyReport r = reports.transparency(actor, from, to, marketplace);
    Map<String, String> svg = new LinkedHashMap<>();
    r.charts().forEach(c -> svg.put(c.id(), SvgCharts.svg(c)));
    model.addAttribute("report", r);
    model.addAttribute("svg", svg);
    model.addAttribute("marketplaces", marketplaces.all());
    model.addAttribute("query", query(r));
    model.addAttribute("scope", TransparencyPdf.scope(r));
    model.addAttribute("proactiveShare", TransparencyPdf.pct(r.takedowns().proactiveShare()));
    var groups = new ArrayList<>(r.notices().programs());
    groups.add(r.notices().programMembers());
    groups.add(r.notices().regular());
    model.addAttribute("groups", groups);
    Map<String, String> labels = new LinkedHashMap<>();
    groups.forEach(g -> labels.put(g.group(), ReportCharts.label(g.group())));
    model.addAttribute("labels", labels);
    return "console/transparency";
  }

  @GetMapping("/console/reports/transparency.pdf")
  ResponseEntity<byte[]> pdf(Actor actor, @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String marketplace) {
    actor.requireStaff();
    return ReportController.pdf(reports.transparency(actor, from, to, marketplace));
  }

  @GetMapping("/console/reports/transparency.csv")
  ResponseEntity<byte[]> csv(Actor actor, @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String marketplace) {
    actor.requireStaff();
    return ReportController.csv(reports.transparency(actor, from, to, marketplace));
  }

  /** The report's period and marketplace as a query string, for the links to its files. */
  private static String query(TransparencyReport r) {
    String q = "from=" + r.from() + "&to=" + r.to();
    return r.marketplace() == null ? q : q + "&marketplace=" + URLEncoder.encode(r.marketplace(),
        StandardCharsets.UTF_8);
  }
}
