package com.steward.screening;

import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Permission;
import com.steward.platform.security.Permissions;
import com.steward.platform.web.PageController;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The console's screening pages: rule sets (draft, backtest, publish, roll back) and sweeps. */
@PageController
class ScreeningPages {

  private final RuleSets ruleSets;
  private final Backtests backtests;
  private final Sweeps sweeps;
  private final Permissions permissions;
  private final JsonMapper json;
  private final ScreeningAppeals appeals;
  private final com.steward.listings.Listings listings;
  private final BrandScreeningReport brandReport;

  ScreeningPages(RuleSets ruleSets, Backtests backtests, Sweeps sweeps, Permissions permissions, JsonMapper json,
      ScreeningAppeals appeals, com.steward.listings.Listings listings, BrandScreeningReport brandReport) {
    this.brandReport = brandReport;
    this.appeals = appeals;
    this.listings = listings;
    this.ruleSets = ruleSets;
    this.backtests = backtests;
    this.sweeps = sweeps;
    this.permissions = permissions;
    this.json = json;
  }

  /** The portal's page of what screening did for one brand (its owner, the owner's agents; staff). */
  @GetMapping("/portal/brands/{id}/screening")
  String brandScreening(Actor actor, @PathVariable java.util.UUID id,
      @RequestParam(defaultValue = "6") int months, Model model) {
    model.addAttribute("report", brandReport.of(actor, id, months));
    return "portal/brand-screening";
  }

  /** The console's backtest of a brand's revision: what approving it would change over the catalogue. */
  @org.springframework.web.bind.annotation.PostMapping("/console/brands/{brandId}/revisions/{revision}/backtest")
  String brandBacktest(Actor actor, @PathVariable java.util.UUID brandId, @PathVariable int revision,
      @RequestParam(defaultValue = "10000") int limit, Model model) {
    model.addAttribute("backtest", backtests.runBrandRevision(actor, brandId, revision, limit, null));
    return "console/brand-backtest";
  }

  record DraftForm(@Nullable String body, @Nullable String note) {}

  @GetMapping("/console/rule-sets")
  String list(Actor actor, Model model) {
    var all = ruleSets.list(actor, 200);
    model.addAttribute("ruleSets", all);
    all.stream().filter(s -> "PUBLISHED".equals(s.status())).findFirst().ifPresent(p -> {
      model.addAttribute("published", p);
      model.addAttribute("template", pretty(p.body()));
    });
    model.addAttribute("permissions", permissions.of(actor));
    return "console/rule-sets";
  }

  @GetMapping("/console/rule-sets/{version}")
  String show(Actor actor, @PathVariable String version, Model model) {
    return page(actor, version, null, model);
  }

  /** The rule set's page with a backtest over the catalogue: a form, so that no link can start one. */
  @org.springframework.web.bind.annotation.PostMapping("/console/rule-sets/{version}/backtest")
  String backtest(Actor actor, @PathVariable String version, @RequestParam(defaultValue = "10000") int limit,
      Model model) {
    return page(actor, version, limit, model);
  }

  private String page(Actor actor, String version, @Nullable Integer backtest, Model model) {
    RuleSets.Stored s = ruleSets.get(actor, version);
    Set<Permission> mine = permissions.of(actor);
    model.addAttribute("ruleSet", s);
    model.addAttribute("body", pretty(s.body()));
    model.addAttribute("canEdit", "DRAFT".equals(s.status()) && mine.contains(Permission.RULES_AUTHOR));
    model.addAttribute("canPublish", ("DRAFT".equals(s.status()) || "RETIRED".equals(s.status()))
        && mine.contains(Permission.RULES_PUBLISH) && !s.writtenBy(actor.label()));
    model.addAttribute("ownDraft", s.writtenBy(actor.label()));
    if (backtest != null) {
      model.addAttribute("backtest", backtests.run(actor, ruleSets.rules(s), backtest, null));
    }
    return "console/rule-set";
  }

  @PostMapping("/console/rule-sets")
  String draft(Actor actor, DraftForm form, RedirectAttributes redirect) {
    JsonNode body = parse(form.body());
    RuleSets.Stored s = ruleSets.draft(actor, body, null, form.note());
    redirect.addFlashAttribute("message", "Draft " + s.version() + " saved. Backtest it, then ask a publisher.");
    return "redirect:/console/rule-sets/" + s.version();
  }

  @PostMapping("/console/rule-sets/{version}")
  String revise(Actor actor, @PathVariable String version, DraftForm form, RedirectAttributes redirect) {
    ruleSets.revise(actor, version, parse(form.body()), form.note());
    redirect.addFlashAttribute("message", "Draft " + version + " updated.");
    return "redirect:/console/rule-sets/" + version;
  }

  @PostMapping("/console/rule-sets/{version}/publish")
  String publish(Actor actor, @PathVariable String version, @RequestParam(required = false) @Nullable String digest,
      RedirectAttributes redirect) {
    RuleSets.Published p = ruleSets.publish(actor, version, true, digest);
    redirect.addFlashAttribute("message", "Rule set " + version + " is in use; a sweep re-screens the catalogue.");
    return p.sweepId() == null ? "redirect:/console/rule-sets" : "redirect:/console/sweeps";
  }

  @PostMapping("/console/rule-sets/{version}/withdraw")
  String withdraw(Actor actor, @PathVariable String version, RedirectAttributes redirect) {
    ruleSets.withdraw(actor, version);
    redirect.addFlashAttribute("message", "Draft " + version + " withdrawn.");
    return "redirect:/console/rule-sets";
  }

  @GetMapping("/console/sweeps")
  String sweeps(Actor actor, Model model) {
    model.addAttribute("sweeps", sweeps.recent(actor, 20).stream().map(s -> s.progress(sweeps.now())).toList());
    model.addAttribute("pace", sweeps.pace() > 0
        ? java.math.BigDecimal.valueOf(sweeps.pace()).stripTrailingZeros().toPlainString() : null);
    return "console/sweeps";
  }

  @PostMapping("/console/sweeps")
  String startSweep(Actor actor, @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
    actor.requireStaff();
    var c = new com.steward.platform.errors.Check();
    String why = c.text("reason", reason, 500);
    c.done();
    sweeps.start(actor, why);
    redirect.addFlashAttribute("message", "Sweep started.");
    return "redirect:/console/sweeps";
  }

  record ComplaintForm(@Nullable String explanation) {}

  record ComplaintDecisionForm(@Nullable String decision, @Nullable String reason) {}

  @GetMapping("/seller/blocked")
  String blocked(Actor actor, Model model) {
    model.addAttribute("blocked", appeals.blocked(actor));
    return "seller/blocked";
  }

  @PostMapping("/seller/blocked/{marketplace}/{listingId}/appeal")
  String complain(Actor actor, @PathVariable String marketplace, @PathVariable String listingId, ComplaintForm form,
      RedirectAttributes redirect) {
    appeals.file(actor, marketplace, listingId, form.explanation());
    redirect.addFlashAttribute("message", "Complaint sent; staff will decide it.");
    return "redirect:/seller/blocked";
  }

  @GetMapping("/console/screening-appeals")
  String complaints(Actor actor, Model model) {
    actor.requireStaff();
    var open = appeals.list(actor, "OPEN", 200).stream().map(a -> {
      var row = new java.util.LinkedHashMap<String, Object>();
      row.put("appeal", a);
      row.put("listing", listings.byId(a.listingId()).orElseThrow());
      return row;
    }).toList();
    model.addAttribute("complaints", open);
    return "console/screening-appeals";
  }

  @PostMapping("/console/screening-appeals/{id}/decision")
  String decideComplaint(Actor actor, @PathVariable java.util.UUID id, ComplaintDecisionForm form,
      RedirectAttributes redirect) {
    var out = appeals.decide(actor, id, form.decision(), form.reason());
    redirect.addFlashAttribute("message", "Complaint decided: " + out.get("status") + ".");
    return "redirect:/console/screening-appeals";
  }

  private JsonNode parse(@Nullable String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidRequestException("body", "the rule set's JSON");
    }
    try {
      return json.readTree(body);
    } catch (JacksonException e) {
      throw new InvalidRequestException("body", "not valid JSON: " + e.getOriginalMessage());
    }
  }

  private String pretty(String body) {
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(body));
  }
}
