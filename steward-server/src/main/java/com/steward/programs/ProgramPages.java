package com.steward.programs;

import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A notifier's record in the portal; programs, reputation and misuse in the console. */
@PageController
class ProgramPages {

  private final Statistics statistics;
  private final Reputations reputations;
  private final Programs programs;
  private final Misuse misuse;

  ProgramPages(Statistics statistics, Reputations reputations, Programs programs, Misuse misuse) {
    this.statistics = statistics;
    this.reputations = reputations;
    this.programs = programs;
    this.misuse = misuse;
  }

  @GetMapping("/portal/record")
  String record(Actor actor, Model model) {
    var id = actor.requireRightsHolder();
    model.addAttribute("stats", statistics.notifier(actor, id, 3));
    model.addAttribute("reputation", reputations.of(actor, id, 3));
    model.addAttribute("memberships", programs.memberships(actor, id));
    model.addAttribute("cases", misuse.list(actor, 20));
    return "portal/record";
  }

  @GetMapping("/console/programs")
  String console(Actor actor, Model model) {
    model.addAttribute("comparison", statistics.programs(actor, 3));
    model.addAttribute("notifiers", reputations.all(actor, 3));
    model.addAttribute("cases", misuse.list(actor, 50));
    model.addAttribute("settings", programs.settings());
    return "console/programs";
  }

  record EnrolForm(@Nullable UUID rightsHolderId, @Nullable Program program, @Nullable String sponsor,
      @Nullable String reason) {}

  record EndForm(@Nullable UUID rightsHolderId, @Nullable Program program, @Nullable String reason) {}

  record AppealForm(@Nullable String explanation) {}

  record AppealDecisionForm(@Nullable String decision, @Nullable String reason) {}

  @PostMapping("/console/programs/enrol")
  String enrol(Actor actor, EnrolForm form, RedirectAttributes redirect) {
    if (form.rightsHolderId() == null) {
      throw new com.steward.platform.errors.InvalidRequestException("rightsHolderId", "required");
    }
    Membership m = programs.enrol(actor, form.rightsHolderId(), form.program(),
        form.sponsor() == null || form.sponsor().isBlank() ? null : form.sponsor(), null, form.reason());
    redirect.addFlashAttribute("message", "Enrolled in " + m.program() + ".");
    return "redirect:/console/programs";
  }

  @PostMapping("/console/programs/end")
  String end(Actor actor, EndForm form, RedirectAttributes redirect) {
    if (form.rightsHolderId() == null || form.program() == null) {
      throw new com.steward.platform.errors.InvalidRequestException("rightsHolderId", "the notifier and the program");
    }
    programs.end(actor, form.rightsHolderId(), form.program(), form.reason());
    redirect.addFlashAttribute("message", "Membership ended.");
    return "redirect:/console/programs";
  }

  @PostMapping("/console/programs/review")
  String review(Actor actor, RedirectAttributes redirect) {
    actor.requireStaff();
    var p = programs.reviewAll(actor);
    var m = misuse.review();
    redirect.addFlashAttribute("message", "Review done: programs " + p + ", misuse " + m + ".");
    return "redirect:/console/programs";
  }

  @PostMapping("/console/misuse-cases/{id}/appeal-decision")
  String decide(Actor actor, @PathVariable UUID id, AppealDecisionForm form, RedirectAttributes redirect) {
    MisuseCase c = misuse.decideAppeal(actor, id, form.decision(), form.reason());
    redirect.addFlashAttribute("message", "Appeal decided: the case is " + c.status() + ".");
    return "redirect:/console/programs";
  }

  @PostMapping("/portal/misuse-cases/{id}/appeal")
  String appeal(Actor actor, @PathVariable UUID id, AppealForm form, RedirectAttributes redirect) {
    misuse.appeal(actor, id, form.explanation());
    redirect.addFlashAttribute("message", "Appeal sent; staff will review it.");
    return "redirect:/portal/record";
  }
}
