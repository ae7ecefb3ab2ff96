package com.steward.referrals;

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

/** Referrals: the owners' queue, the evidence, the answers, and the staff's escalations. */
@RestController
class ReferralController {

  private final Referrals referrals;
  private final ReferralFeedback feedback;

  ReferralController(Referrals referrals, ReferralFeedback feedback) {
    this.referrals = referrals;
    this.feedback = feedback;
  }

  record ApplyRequest(@Nullable String kind, @Nullable String reason, @Nullable Integer days,
      @Nullable Integer minReferrals, @Nullable Double blockShare, @Nullable Double allowShare) {}

  /**
   * A brand's referral statistics and threshold recommendations: staff, or the brand's owner.
   * Defaults: 90 days, bands of at least 50 answered referrals, BLOCK at 95% confirmed, ALLOW at 5%.
   */
  @GetMapping("/api/v1/brands/{id}/referral-stats")
  Map<String, Object> stats(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "90") int days,
      @RequestParam(defaultValue = "50") int minReferrals, @RequestParam(defaultValue = "0.95") double blockShare,
      @RequestParam(defaultValue = "0.05") double allowShare) {
    return feedback.stats(actor, id, days, minReferrals, blockShare, allowShare);
  }

  /** Staff approve a recommendation: a new, approved revision of the brand's thresholds. */
  @PostMapping("/api/v1/brands/{id}/referral-stats/apply")
  com.steward.brands.BrandRevision apply(Actor actor, @PathVariable UUID id, @RequestBody ApplyRequest body) {
    return feedback.apply(actor, id, body.kind(), body.reason(), body.days() == null ? 90 : body.days(),
        body.minReferrals() == null ? 50 : body.minReferrals(), body.blockShare() == null ? 0.95 : body.blockShare(),
        body.allowShare() == null ? 0.05 : body.allowShare());
  }

  record AnswerRequest(Referrals.@Nullable Answer answer, @Nullable String reason, @Nullable UUID ipRightId) {}

  record CloseRequest(@Nullable String reason) {}

  @GetMapping("/api/v1/referrals")
  List<Map<String, Object>> list(Actor actor, @RequestParam(required = false) @Nullable String status,
      @RequestParam(defaultValue = "100") int limit) {
    return referrals.list(actor, status, limit).stream().map(referrals::summary).toList();
  }

  @GetMapping("/api/v1/referrals/{id}")
  Map<String, Object> get(Actor actor, @PathVariable UUID id) {
    return referrals.view(actor, id);
  }

  @PostMapping("/api/v1/referrals/{id}/answer")
  Map<String, Object> answer(Actor actor, @PathVariable UUID id, @RequestBody AnswerRequest body) {
    referrals.answer(actor, id, body.answer(), body.reason(), body.ipRightId());
    return referrals.view(actor, id);
  }

  @PostMapping("/api/v1/referrals/{id}/close")
  Map<String, Object> close(Actor actor, @PathVariable UUID id, @RequestBody CloseRequest body) {
    referrals.close(actor, id, body.reason());
    return referrals.view(actor, id);
  }
}
