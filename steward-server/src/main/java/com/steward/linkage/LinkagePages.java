package com.steward.linkage;

import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.Check;
import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's linkage page: registrations held because they link to a banned cluster, complaints
 * of banned sellers, and a rescan per marketplace with the progress of its latest one.
 */
@PageController
class LinkagePages {

  private static final String PAGE = "redirect:/console/linkage";

  private final Clusters clusters;
  private final Rescans rescans;
  private final Marketplaces marketplaces;

  LinkagePages(Clusters clusters, Rescans rescans, Marketplaces marketplaces) {
    this.clusters = clusters;
    this.rescans = rescans;
    this.marketplaces = marketplaces;
  }

  record DecisionForm(@Nullable String decision, @Nullable String reason) {}

  @GetMapping("/console/linkage")
  String page(Actor actor, Model model) {
    model.addAttribute("reviews", clusters.openReviews(actor));
    model.addAttribute("complaints", clusters.openAppeals(actor));
    model.addAttribute("rescans", marketplaces.all().stream().map(m -> {
      var row = new LinkedHashMap<String, Object>();
      row.put("marketplace", m);
      row.put("latest", rescans.latest(actor, m).orElse(null));
      return (Map<String, Object>) row;
    }).toList());
    return "console/linkage";
  }

  @PostMapping("/console/linkage/reviews/{id}/decision")
  String decideReview(Actor actor, @PathVariable UUID id, DecisionForm form, RedirectAttributes redirect) {
    actor.requireStaff();
    var out = clusters.decideReview(actor, id, LinkageController.choice(form.decision(), "BAN", "CLEAR"),
        form.reason());
    redirect.addFlashAttribute("message", "Registration of " + out.get("sellerId") + " " + out.get("status") + ".");
    return PAGE;
  }

  @PostMapping("/console/linkage/complaints/{id}/decision")
  String decideComplaint(Actor actor, @PathVariable UUID id, DecisionForm form, RedirectAttributes redirect) {
    actor.requireStaff();
    var out = clusters.decideAppeal(actor, id, LinkageController.choice(form.decision(), "LIFT", "UPHOLD"),
        form.reason());
    redirect.addFlashAttribute("message", "Complaint decided: " + out.get("status") + ".");
    return PAGE;
  }

  @PostMapping("/console/linkage/rescans")
  String rescan(Actor actor, @RequestParam(required = false) @Nullable String marketplace,
      RedirectAttributes redirect) {
    actor.requireStaff();
    var c = new Check();
    String code = c.text("marketplace", marketplace, 100);
    c.done();
    Marketplace m = marketplaces.scoped(actor, code);
    rescans.start(actor, m);
    redirect.addFlashAttribute("message", "Rescan of " + m.code() + " started.");
    return PAGE;
  }
}
