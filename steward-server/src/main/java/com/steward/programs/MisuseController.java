package com.steward.programs;

import com.steward.platform.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Misuse cases (DSA Art. 23): the review, the cases, appeals and their decisions. */
@RestController
class MisuseController {

  private final Misuse misuse;

  MisuseController(Misuse misuse) {
    this.misuse = misuse;
  }

  record AppealRequest(@Nullable String explanation) {}

  record AppealDecision(@Nullable String decision, @Nullable String reason) {}

  /** Staff: run the nightly misuse review now. */
  @PostMapping("/api/v1/misuse/review")
  Map<String, Integer> review(Actor actor) {
    actor.requireStaff();
    return misuse.review();
  }

  @GetMapping("/api/v1/misuse-cases")
  List<MisuseCase> list(Actor actor, @RequestParam(defaultValue = "100") int limit) {
    return misuse.list(actor, limit);
  }

  @GetMapping("/api/v1/misuse-cases/{id}")
  MisuseCase get(Actor actor, @PathVariable UUID id) {
    return misuse.get(actor, id);
  }

  @PostMapping("/api/v1/misuse-cases/{id}/appeal")
  MisuseCase appeal(Actor actor, @PathVariable UUID id, @RequestBody AppealRequest body) {
    return misuse.appeal(actor, id, body.explanation());
  }

  @PostMapping("/api/v1/misuse-cases/{id}/appeal-decision")
  MisuseCase decide(Actor actor, @PathVariable UUID id, @RequestBody AppealDecision body) {
    return misuse.decideAppeal(actor, id, body.decision(), body.reason());
  }
}
