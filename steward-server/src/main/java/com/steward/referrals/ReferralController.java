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

  ReferralController(Referrals referrals) {
    this.referrals = referrals;
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
