package com.steward.reports;

import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.security.Actor;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportController {

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
}
