package com.steward.linkage;

import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.InvalidRequestException;
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
import org.springframework.web.bind.annotation.RestController;

/** Clusters of linked seller accounts, bans of rings, reviews of held registrations, complaints, rescans. */
@RestController
class LinkageController {

  private final Clusters clusters;
  private final Rescans rescans;
  private final Marketplaces marketplaces;

  LinkageController(Clusters clusters, Rescans rescans, Marketplaces marketplaces) {
    this.clusters = clusters;
    this.rescans = rescans;
    this.marketplaces = marketplaces;
  }

  record Reason(@Nullable String reason) {}

  record Decision(@Nullable String decision, @Nullable String reason) {}

  record Complaint(@Nullable String explanation) {}

  @GetMapping("/api/v1/marketplaces/{code}/sellers/{id}/cluster")
  Map<String, Object> ofSeller(Actor actor, @PathVariable String code, @PathVariable String id) {
    return clusters.ofSeller(actor, marketplaces.scoped(actor, code), id);
  }

  @GetMapping("/api/v1/marketplaces/{code}/clusters/{id}")
  Map<String, Object> get(Actor actor, @PathVariable String code, @PathVariable UUID id) {
    return clusters.get(actor, marketplaces.scoped(actor, code), id);
  }

  @PostMapping("/api/v1/marketplaces/{code}/clusters/{id}/ban")
  Map<String, Object> ban(Actor actor, @PathVariable String code, @PathVariable UUID id, @RequestBody Reason body) {
    actor.requireStaff();
    return clusters.ban(actor, marketplaces.scoped(actor, code), id, body.reason());
  }

  @GetMapping("/api/v1/linkage-reviews")
  List<Map<String, Object>> reviews(Actor actor) {
    return clusters.openReviews(actor);
  }

  @PostMapping("/api/v1/linkage-reviews/{id}/decision")
  Map<String, Object> decideReview(Actor actor, @PathVariable UUID id, @RequestBody Decision body) {
    actor.requireStaff();
    return clusters.decideReview(actor, id, choice(body.decision(), "BAN", "CLEAR"), body.reason());
  }

  @PostMapping("/api/v1/ban-appeals")
  ResponseEntity<Map<String, Object>> appeal(Actor actor, @RequestBody Complaint body) {
    Map<String, Object> a = clusters.appeal(actor, body.explanation());
    return ResponseEntity.created(URI.create("/api/v1/ban-appeals/" + a.get("id"))).body(a);
  }

  @GetMapping("/api/v1/ban-appeals")
  List<Map<String, Object>> appeals(Actor actor) {
    return clusters.openAppeals(actor);
  }

  @PostMapping("/api/v1/ban-appeals/{id}/decision")
  Map<String, Object> decideAppeal(Actor actor, @PathVariable UUID id, @RequestBody Decision body) {
    actor.requireStaff();
    return clusters.decideAppeal(actor, id, choice(body.decision(), "LIFT", "UPHOLD"), body.reason());
  }

  @PostMapping("/api/v1/marketplaces/{code}/linkage-rescans")
  ResponseEntity<Map<String, Object>> rescan(Actor actor, @PathVariable String code) {
    actor.requireStaff();
    Marketplace m = marketplaces.scoped(actor, code);
    UUID id = rescans.start(actor, m);
    return ResponseEntity.accepted().location(URI.create("/api/v1/marketplaces/" + code + "/linkage-rescans/" + id))
        .body(rescans.get(actor, m, id));
  }

  @GetMapping("/api/v1/marketplaces/{code}/linkage-rescans/{id}")
  Map<String, Object> rescanProgress(Actor actor, @PathVariable String code, @PathVariable UUID id) {
    actor.requireStaff();
    return rescans.get(actor, marketplaces.scoped(actor, code), id);
  }

  /** true for {@code yes}, false for {@code no}; anything else is a problem on {@code decision}. */
  static boolean choice(@Nullable String decision, String yes, String no) {
    if (yes.equals(decision)) {
      return true;
    }
    if (no.equals(decision)) {
      return false;
    }
    throw new InvalidRequestException("decision", "one of " + yes + ", " + no);
  }
}
