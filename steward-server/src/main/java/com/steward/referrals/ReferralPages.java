package com.steward.referrals;

import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Referral pages: the owner's queue and answer form in the portal, escalations in the console. */
@PageController
class ReferralPages {

  private final Referrals referrals;

  ReferralPages(Referrals referrals) {
    this.referrals = referrals;
  }

  record AnswerForm(Referrals.@Nullable Answer answer, @Nullable String reason) {}

  @GetMapping("/portal/referrals")
  String queue(Actor actor, Model model) {
    model.addAttribute("open", referrals.list(actor, "OPEN,ESCALATED", 200).stream().map(referrals::summary).toList());
    model.addAttribute("answered", referrals.list(actor, "CONFIRMED,AUTHENTIC,NOT_OURS,UNSURE,CLOSED", 50).stream()
        .map(referrals::summary).toList());
    return "portal/referrals";
  }

  @GetMapping("/portal/referrals/{id}")
  String referral(Actor actor, @PathVariable UUID id, Model model) {
    model.addAttribute("referral", referrals.view(actor, id));
    return "portal/referral";
  }

  @PostMapping("/portal/referrals/{id}/answer")
  String answer(Actor actor, @PathVariable UUID id, AnswerForm form, RedirectAttributes redirect) {
    Referral r = referrals.answer(actor, id, form.answer(), form.reason(), null);
    redirect.addFlashAttribute("message", "CONFIRMED".equals(r.status())
        ? "Confirmed: a notice was filed on your behalf and the listing is down."
        : "Answered: " + r.status() + ".");
    return "redirect:/portal/referrals/" + id;
  }

  @GetMapping("/console/referrals")
  String escalated(Actor actor, Model model) {
    actor.requireStaff();
    model.addAttribute("escalated", referrals.list(actor, "ESCALATED", 200).stream().map(referrals::summary).toList());
    return "console/referrals";
  }

  @PostMapping("/console/referrals/{id}/close")
  String close(Actor actor, @PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam(
      required = false) @Nullable String reason, RedirectAttributes redirect) {
    referrals.close(actor, id, reason);
    redirect.addFlashAttribute("message", "Referral closed.");
    return "redirect:/console/referrals";
  }
}
