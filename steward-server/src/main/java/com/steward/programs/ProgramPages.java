package com.steward.programs;

import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
}
