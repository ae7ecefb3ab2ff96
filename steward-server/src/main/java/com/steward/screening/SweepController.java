package com.steward.screening;

import com.steward.platform.errors.Check;
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

@RestController
class SweepController {

  private final Sweeps sweeps;

  SweepController(Sweeps sweeps) {
    this.sweeps = sweeps;
  }

  record Start(@Nullable String reason) {}

  @PostMapping("/api/v1/sweeps")
  ResponseEntity<Map<String, Object>> start(Actor actor, @RequestBody Start body) {
    actor.requireStaff();
    var c = new Check();
    String reason = c.text("reason", body.reason(), 500);
    c.done();
    UUID id = sweeps.start(actor, reason);
    return ResponseEntity.accepted().location(URI.create("/api/v1/sweeps/" + id))
        .body(sweeps.get(actor, id).progress(sweeps.now()));
  }

  @GetMapping("/api/v1/sweeps/{id}")
  Map<String, Object> get(Actor actor, @PathVariable UUID id) {
    return sweeps.get(actor, id).progress(sweeps.now());
  }

  @GetMapping("/api/v1/sweeps")
  List<Map<String, Object>> recent(Actor actor, @RequestParam(defaultValue = "20") int limit) {
    return sweeps.recent(actor, limit).stream().map(s -> s.progress(sweeps.now())).toList();
  }
}
