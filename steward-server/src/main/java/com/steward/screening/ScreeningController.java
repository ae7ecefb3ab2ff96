package com.steward.screening;

import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.ForbiddenException;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ScreeningController {

  private final Screening screening;
  private final Marketplaces marketplaces;
  private final Backtests backtests;
  private final BrandScreeningReport brandReport;

  ScreeningController(Screening screening, Marketplaces marketplaces, Backtests backtests,
      BrandScreeningReport brandReport) {
    this.screening = screening;
    this.marketplaces = marketplaces;
    this.backtests = backtests;
    this.brandReport = brandReport;
  }

  /**
   * What screening blocked and referred naming the brand, per month and the latest listings: the
   * brand's owner and its agents, and staff ({@code months}: 1 to 36, 6 unless given).
   */
  @org.springframework.web.bind.annotation.GetMapping("/api/v1/brands/{id}/screening")
  Map<String, Object> brandScreening(Actor actor, @org.springframework.web.bind.annotation.PathVariable java.util.UUID id,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "6") int months) {
    return brandReport.of(actor, id, months);
  }

  /**
   * Staff: what a draft rule set would change over the catalogue (first {@code limit} listings by
   * id), or over one marketplace's listings.
   */
  @PostMapping("/api/v1/screening/backtest")
  Map<String, Object> backtest(Actor actor, @RequestBody tools.jackson.databind.JsonNode ruleSet,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "10000") int limit,
      @org.springframework.web.bind.annotation.RequestParam(required = false) String marketplace) {
    actor.requireStaff();
    return backtests.run(actor, RuleSetJson.parse(ruleSet), limit, marketplace);
  }

  /**
   * Staff: what approving a brand's revision would change over the catalogue (first {@code limit}
   * listings by id); any revision, pending or decided, may be tried, and nothing is approved.
   */
  @PostMapping("/api/v1/brands/{brandId}/revisions/{revision}/backtest")
  Map<String, Object> brandBacktest(Actor actor, @org.springframework.web.bind.annotation.PathVariable java.util.UUID brandId,
      @org.springframework.web.bind.annotation.PathVariable int revision,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "10000") int limit,
      @org.springframework.web.bind.annotation.RequestParam(required = false) String marketplace) {
    actor.requireStaff();
    return backtests.runBrandRevision(actor, brandId, revision, limit, marketplace);
  }

  /** What screening would decide for this listing now; nothing is stored and nothing happens to it. */
  @PostMapping("/api/v1/screening/dry-run")
  Map<String, Object> dryRun(Actor actor, @RequestBody DecisionJson.ListingJson listing) {
    if (!actor.isStaff() && actor.role() != Role.MARKETPLACE) {
      throw new ForbiddenException("staff and marketplaces may run screening");
    }
    if (listing.marketplace() != null && actor.role() == Role.MARKETPLACE) {
      marketplaces.scoped(actor, listing.marketplace());
    }
    try {
      return DecisionJson.of(screening.screen(listing.facts()));
    } catch (IllegalArgumentException e) {
      String msg = e.getMessage() == null ? "invalid listing" : e.getMessage();
      int colon = msg.indexOf(':');
      throw new InvalidRequestException(colon > 0 ? msg.substring(0, colon) : "body",
          colon > 0 ? msg.substring(colon + 1).strip() : msg);
    }
  }
}
