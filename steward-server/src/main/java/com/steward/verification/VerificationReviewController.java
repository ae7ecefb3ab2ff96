package com.steward.verification;

import com.steward.platform.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue, decisions, complaints and documents (staff; a seller reads its own documents and complaints). */
@RestController
class VerificationReviewController {

  private final VerificationReview review;
  private final VerificationAppeals appeals;
  private final TraderDataRetention retention;

  VerificationReviewController(VerificationReview review, VerificationAppeals appeals, TraderDataRetention retention) {
    this.review = review;
    this.appeals = appeals;
    this.retention = retention;
  }

  record CaseDecision(VerificationReview.@Nullable Decision decision, @Nullable String reason) {}

  record ComplaintDecision(VerificationAppeals.@Nullable Decision decision, @Nullable String reason) {}

  @GetMapping("/api/v1/verification/cases")
  List<Map<String, Object>> queue(Actor actor, @RequestParam(required = false) @Nullable String status,
      @RequestParam(defaultValue = "100") int limit) {
    return review.queue(actor, status, limit);
  }

  @GetMapping("/api/v1/verification/cases/{id}")
  Map<String, Object> detail(Actor actor, @PathVariable UUID id) {
    return review.detail(actor, id);
  }

  @PostMapping("/api/v1/verification/cases/{id}/decision")
  Map<String, Object> decide(Actor actor, @PathVariable UUID id, @RequestBody CaseDecision body) {
    return review.decide(actor, id, body.decision(), body.reason());
  }

  @PostMapping("/api/v1/verification/cases/{id}/executives/{executiveId}/decision")
  Map<String, Object> decideExecutive(Actor actor, @PathVariable UUID id, @PathVariable UUID executiveId,
      @RequestBody CaseDecision body) {
    return review.decideExecutive(actor, id, executiveId, body.decision(), body.reason());
  }

  @GetMapping("/api/v1/verification/documents/{id}")
  ResponseEntity<byte[]> document(Actor actor, @PathVariable UUID id) {
    return serve(review.document(actor, id));
  }

  @GetMapping("/api/v1/verification/appeals")
  List<VerificationAppeal> appeals(Actor actor,
      @RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "100") int limit) {
    return appeals.list(actor, status, limit);
  }

  @PostMapping("/api/v1/verification/appeals/{id}/decision")
  Map<String, Object> decideAppeal(Actor actor, @PathVariable UUID id, @RequestBody ComplaintDecision body) {
    return appeals.decide(actor, id, body.decision(), body.reason());
  }

  @PostMapping("/api/v1/admin/verification/re-encryption")
  Map<String, Object> reencrypt(Actor actor) {
    return retention.reencrypt(actor);
  }

  /** A document as its detected type, never cached, never sniffed into something else by the browser. */
  static ResponseEntity<byte[]> serve(VerificationReview.OpenedDocument d) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType()))
        .cacheControl(CacheControl.noStore())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + d.kind().toLowerCase() + "-" + d.id()
            + (d.contentType().endsWith("pdf") ? ".pdf" : d.contentType().endsWith("png") ? ".png" : ".jpg") + "\"")
        .body(d.content());
  }
}
