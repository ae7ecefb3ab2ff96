package com.steward.simulations;

import com.steward.platform.security.Actor;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SimulationRunController {

  private final SimulationRuns runs;

  SimulationRunController(SimulationRuns runs) {
    this.runs = runs;
  }

  /** The simulator reports a finished run for its marketplace. */
  @PostMapping("/api/v1/marketplaces/{code}/simulation-runs")
  ResponseEntity<SimulationRun> record(Actor actor, @PathVariable String code, @RequestBody SimulationRuns.Report body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(runs.record(actor, code, body));
  }

  @GetMapping("/api/v1/marketplaces/{code}/simulation-runs")
  List<SimulationRun> list(Actor actor, @PathVariable String code, @RequestParam(defaultValue = "20") int limit) {
    return runs.list(actor, code, limit);
  }
}
