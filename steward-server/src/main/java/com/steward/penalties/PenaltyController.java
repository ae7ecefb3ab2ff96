package com.steward.penalties;

import com.steward.core.penalties.PenaltyPolicy;
import com.steward.core.penalties.Standing;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.sellers.Seller;
import com.steward.sellers.Sellers;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** A seller's points, the reasons and how to contest them; the ladder in use. */
@RestController
class PenaltyController {

  private final Penalties penalties;
  private final PenaltyPolicies policies;
  private final Marketplaces marketplaces;
  private final Sellers sellers;

  PenaltyController(Penalties penalties, PenaltyPolicies policies, Marketplaces marketplaces, Sellers sellers) {
    this.penalties = penalties;
    this.policies = policies;
    this.marketplaces = marketplaces;
    this.sellers = sellers;
  }

  @GetMapping("/api/v1/marketplaces/{code}/sellers/{id}/penalties")
  Map<String, Object> standing(Actor actor, @PathVariable String code, @PathVariable String id) {
    Marketplace m = marketplaces.scoped(actor, code);
    Seller s = sellers.get(m, id);
    if (actor.role() == Role.SELLER && !s.id().equals(actor.sellerId())) {
      throw new NotFoundException("seller", id);
    }
    if (actor.role() == Role.RIGHTS_HOLDER) {
      throw new NotFoundException("seller", id);
    }
    return view(penalties.standing(s));
  }

  /** Staff overturn one violation by hand, with a reason; answers the standing after it. */
  @PostMapping("/api/v1/marketplaces/{code}/sellers/{id}/violations/{violationId}/overturn")
  Map<String, Object> overturn(Actor actor, @PathVariable String code, @PathVariable String id,
      @PathVariable String violationId, @RequestBody(required = false) OverturnRequest body) {
    actor.requireStaff();
    Marketplace m = marketplaces.scoped(actor, code);
    Seller s = sellers.get(m, id);
    UUID violation;
    try {
      violation = UUID.fromString(violationId);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("violation", violationId);
    }
    return view(penalties.overturnByHand(actor, s, violation, body == null ? null : body.reason()));
  }

  /** Why a violation counts no more. */
  record OverturnRequest(@org.jspecify.annotations.Nullable String reason) {}

  @GetMapping("/api/v1/marketplaces/{code}/penalty-policy")
  PenaltyPolicy policy(Actor actor, @PathVariable String code) {
    return policies.current(marketplaces.scoped(actor, code).id());
  }

  @PutMapping("/api/v1/marketplaces/{code}/penalty-policy")
  PenaltyPolicy replace(Actor actor, @PathVariable String code, @RequestBody JsonNode body) {
    return policies.replace(actor, marketplaces.scoped(actor, code), body);
  }

  static Map<String, Object> view(Standing st) {
    var out = new LinkedHashMap<String, Object>();
    out.put("points", st.points());
    out.put("windowDays", st.windowDays());
    out.put("violations", st.counted().stream().map(c -> Map.of("id", c.violation().id(), "type",
        c.violation().type().name(), "severity",
        c.violation().severity().name(), "points", c.points(), "reference", c.violation().reference(), "occurredAt",
        c.violation().occurredAt(), "expiresAt", c.expiresAt())).toList());
    out.put("restrictions", st.inForce().stream().map(r -> {
      var v = new LinkedHashMap<String, Object>();
      v.put("restriction", r.restriction().name());
      v.put("threshold", r.threshold().points());
      v.put("since", r.since());
      v.put("until", r.until());
      return v;
    }).toList());
    out.put("next", st.next() == null ? null : Map.of("points", st.next().points(), "restriction",
        st.next().restriction().name(), "pointsToGo", st.pointsToNext()));
    out.put("explanation", st.explain(ZoneOffset.UTC));
    out.put("howToContest", Restrictions.REDRESS);
    return out;
  }
}
