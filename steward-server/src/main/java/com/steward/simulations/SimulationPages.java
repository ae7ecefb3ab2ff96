package com.steward.simulations;

import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's page of simulator runs: governance measured against a known truth. */
@PageController
class SimulationPages {

  private final SimulationRuns runs;

  SimulationPages(SimulationRuns runs) {
    this.runs = runs;
  }

  @GetMapping("/console/simulations")
  String list(Actor actor, Model model) {
    model.addAttribute("runs", runs.list(actor, null, 20));
    return "console/simulations";
  }
}
