package com.steward.programs;

import com.steward.platform.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Notifier reputation: staff see every notifier, a notifier its own account. */
@RestController
class ReputationController {

  private final Reputations reputations;

  ReputationController(Reputations reputations) {
    this.reputations = reputations;
  }

  @GetMapping("/api/v1/rights-holders/{id}/reputation")
  Map<String, Object> one(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "3") int months) {
    return reputations.of(actor, id, months);
  }

  @GetMapping("/api/v1/reputation")
  List<Map<String, Object>> all(Actor actor, @RequestParam(defaultValue = "3") int months) {
    return reputations.all(actor, months);
  }
}
