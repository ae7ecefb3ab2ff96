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
  private final ReferralFeedback feedback;

  ReferralPages(Referrals referrals, ReferralFeedback feedback) {
    this.referrals = referrals;
    this.feedback = feedback;
  }

  record ApplyForm(@Nullable String kind, @Nullable String reason) {}

  /** A brand's referral feedback with the recommendations an analyst can approve (default settings). */
  @GetMapping("/console/brands/{id}/referrals")
  String feedback(Actor actor, @PathVariable UUID id, Model model) {
    actor.requireStaff();
    model.addAttribute("stats", feedback.stats(actor, id, 90, 50, 0.95, 0.05));
    return "console/brand-referrals";
  }

  @PostMapping("/console/brands/{id}/referrals/apply")
  String apply(Actor actor, @PathVariable UUID id, ApplyForm form, RedirectAttributes redirect) {
    var revision = feedback.apply(actor, id, form.kind(), form.reason(), 90, 50, 0.95, 0.05);
    redirect.addFlashAttribute("message", ("ORDINARY_WORD".equals(form.kind()) ? "Name marked as an ordinary word"
        : "Thresholds changed") + " in revision " + revision.revision() + ".");
    return "redirect:/console/brands/" + id + "/referrals";
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
