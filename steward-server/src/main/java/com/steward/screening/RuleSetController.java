package com.steward.screening;

import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.security.Actor;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Versioned rule sets: list, read, draft, revise, withdraw, backtest and publish. The body of a
 * draft is the rule-set JSON of {@link RuleSetJson}, with optional {@code note} and {@code basedOn}.
 */
@RestController
class RuleSetController {

  private final RuleSets ruleSets;
  private final Backtests backtests;

  RuleSetController(RuleSets ruleSets, Backtests backtests) {
    this.ruleSets = ruleSets;
    this.backtests = backtests;
  }

  record PublishRequest(@Nullable Boolean sweep, @Nullable String digest) {}

  @GetMapping("/api/v1/rule-sets")
  List<Map<String, Object>> list(Actor actor, @RequestParam(defaultValue = "100") int limit) {
    return ruleSets.list(actor, limit).stream().map(ruleSets::summary).toList();
  }

  @GetMapping("/api/v1/rule-sets/{version}")
  Map<String, Object> get(Actor actor, @PathVariable String version) {
    return ruleSets.view(ruleSets.get(actor, version));
  }

  @PostMapping("/api/v1/rule-sets")
  ResponseEntity<Map<String, Object>> draft(Actor actor, @RequestBody JsonNode body) {
    RuleSets.Stored s = ruleSets.draft(actor, body, optionalText(body, "basedOn"), optionalText(body, "note"));
    return ResponseEntity.created(URI.create("/api/v1/rule-sets/" + s.version())).body(ruleSets.view(s));
  }

  @PutMapping("/api/v1/rule-sets/{version}")
  Map<String, Object> revise(Actor actor, @PathVariable String version, @RequestBody JsonNode body) {
    return ruleSets.view(ruleSets.revise(actor, version, body, optionalText(body, "note")));
  }

  @DeleteMapping("/api/v1/rule-sets/{version}")
  Map<String, Object> withdraw(Actor actor, @PathVariable String version) {
    return ruleSets.summary(ruleSets.withdraw(actor, version));
  }

  /** What publishing this version would change, over the first {@code limit} listings (of one marketplace, if given). */
  @PostMapping("/api/v1/rule-sets/{version}/backtest")
  Map<String, Object> backtest(Actor actor, @PathVariable String version,
      @RequestParam(defaultValue = "10000") int limit, @RequestParam(required = false) String marketplace) {
    RuleSets.Stored s = ruleSets.get(actor, version);
    return backtests.run(actor, ruleSets.rules(s), limit, marketplace);
  }

  @PostMapping("/api/v1/rule-sets/{version}/publish")
  Map<String, Object> publish(Actor actor, @PathVariable String version,
      @RequestBody(required = false) @Nullable PublishRequest body) {
    boolean sweep = body == null || body.sweep() == null || body.sweep();
    RuleSets.Published p = ruleSets.publish(actor, version, sweep, body == null ? null : body.digest());
    var out = new LinkedHashMap<>(ruleSets.summary(p.ruleSet()));
    out.put("sweepId", p.sweepId());
    return out;
  }

  private static @Nullable String optionalText(JsonNode body, String field) {
    JsonNode v = body.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      throw new InvalidRequestException(field, "a string");
    }
    return v.asString();
  }
}
