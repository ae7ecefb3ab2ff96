package com.steward.penalties;

import com.steward.audit.AuditLog;
import com.steward.core.penalties.PenaltyPolicy;
import com.steward.platform.db.RowCache;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The penalty ladder each marketplace uses: data an administrator changes (each change a new
 * stored version, audited), the standard ladder until then. A bad ladder is refused with the field
 * that is wrong.
 */
@Component
class PenaltyPolicies {

  private final JdbcPenaltyRepository repository;
  private final JsonMapper json;
  private final AuditLog audit;
  private final Clock clock;

  PenaltyPolicies(JdbcPenaltyRepository repository, JsonMapper json, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.json = json;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The ladder in force, read at every blocked listing and every rating: kept for a few seconds (the
   * standard ladder too, for a marketplace that has none of its own). A change on this node is seen
   * at once; another node's within the lifetime.
   */
  private final RowCache<java.util.UUID, PenaltyPolicy> policies = new RowCache<>(Duration.ofSeconds(10), 10_000);

  PenaltyPolicy current(java.util.UUID marketplaceId) {
    return policies.get(marketplaceId, id -> Optional.of(repository.policy(id)
        .map(b -> json.readValue(b, PenaltyPolicy.class)).orElseGet(PenaltyPolicy::standard))).orElseThrow();
  }

  @Transactional
  PenaltyPolicy replace(Actor admin, com.steward.marketplaces.Marketplace m, JsonNode body) {
    if (admin.role() != Role.ADMIN) {
      throw new com.steward.platform.errors.ForbiddenException("only an administrator may change the penalty ladder");
    }
    PenaltyPolicy policy;
    try {
      policy = json.treeToValue(body, PenaltyPolicy.class);
    } catch (JacksonException e) {
      Throwable cause = e.getCause();
      String message = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
      throw new InvalidRequestException(field(message), message);
    }
    if (policy == null || policy.points() == null || policy.ladder() == null) {
      throw new InvalidRequestException("policy", "points, windowDays and ladder are required");
    }
    repository.savePolicy(m.id(), json.writeValueAsString(policy), admin.label(), clock.instant());
    policies.changing();
    audit.record(admin, "penalty.policy_changed", "marketplace", m.id(), Map.of("ladder", policy.ladder().size(),
        "windowDays", policy.windowDays()));
    return policy;
  }

  /** The field a validation message starts with ("ladder[1].points: ..."), or the policy as a whole. */
  private static String field(String message) {
    int colon = message == null ? -1 : message.indexOf(':');
    return colon > 0 && !message.substring(0, colon).contains(" ") ? message.substring(0, colon) : "policy";
  }
}
