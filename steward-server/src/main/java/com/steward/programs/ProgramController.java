package com.steward.programs;

import com.steward.platform.security.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Programs: settings, memberships, staff enrolment and ending, and the review of every record. */
@RestController
class ProgramController {

  private final Programs programs;

  ProgramController(Programs programs) {
    this.programs = programs;
  }

  record Enrolment(@Nullable Program program, @Nullable String sponsor, @Nullable Instant expiresAt,
      @Nullable String reason) {}

  record Ending(@Nullable String reason) {}

  @GetMapping("/api/v1/programs/settings")
  ProgramSettings settings(Actor actor) {
    actor.requireStaff();
    return programs.settings();
  }

  @PutMapping("/api/v1/programs/settings")
  ProgramSettings updateSettings(Actor actor, @RequestBody JsonNode body) {
    return programs.updateSettings(actor, body);
  }

  @GetMapping("/api/v1/rights-holders/{id}/programs")
  List<Membership> memberships(Actor actor, @PathVariable UUID id) {
    return programs.memberships(actor, id);
  }

  @PostMapping("/api/v1/rights-holders/{id}/programs")
  ResponseEntity<Membership> enrol(Actor actor, @PathVariable UUID id, @RequestBody Enrolment body) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(programs.enrol(actor, id, body.program(), body.sponsor(), body.expiresAt(), body.reason()));
  }

  @PostMapping("/api/v1/rights-holders/{id}/programs/{program}/end")
  Membership end(Actor actor, @PathVariable UUID id, @PathVariable Program program, @RequestBody Ending body) {
    return programs.end(actor, id, program, body.reason());
  }

  /** Staff: run the nightly review now (partner terms, Good Faith enrolment and demotion). */
  @PostMapping("/api/v1/programs/review")
  Map<String, Integer> review(Actor actor) {
    actor.requireStaff();
    return programs.reviewAll(actor);
  }
}
