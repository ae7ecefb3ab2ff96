package com.steward.screening;

import com.steward.platform.security.Actor;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Complaints against screening blocks: the seller files, staff decide. */
@RestController
class ScreeningAppealController {

  private final ScreeningAppeals appeals;

  ScreeningAppealController(ScreeningAppeals appeals) {
    this.appeals = appeals;
  }

  record Complaint(@Nullable String explanation) {}

  record Decision(@Nullable String decision, @Nullable String reason) {}

  @PostMapping("/api/v1/marketplaces/{code}/listings/{id}/appeal")
  ResponseEntity<ScreeningAppeals.Appeal> file(Actor actor, @PathVariable String code, @PathVariable String id,
      @RequestBody Complaint body) {
    ScreeningAppeals.Appeal a = appeals.file(actor, code, id, body.explanation());
    return ResponseEntity.created(URI.create("/api/v1/screening-appeals/" + a.id())).body(a);
  }

  @GetMapping("/api/v1/screening-appeals")
  List<ScreeningAppeals.Appeal> list(Actor actor, @RequestParam(required = false) @Nullable String status,
      @RequestParam(defaultValue = "100") int limit) {
    return appeals.list(actor, status, limit);
  }

  @PostMapping("/api/v1/screening-appeals/{id}/decision")
  Map<String, Object> decide(Actor actor, @PathVariable UUID id, @RequestBody Decision body) {
    return appeals.decide(actor, id, body.decision(), body.reason());
  }
}
