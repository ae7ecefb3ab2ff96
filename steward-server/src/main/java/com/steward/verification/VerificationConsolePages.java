package com.steward.verification;

import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's verification pages: the review queue with open complaints, and one case with the
 * identity document and the challenge photo side by side (served through an audited, staff-only
 * address, never from a public path) and the decision forms.
 */
@PageController
class VerificationConsolePages {

  private final VerificationReview review;
  private final VerificationAppeals appeals;

  VerificationConsolePages(VerificationReview review, VerificationAppeals appeals) {
    this.review = review;
    this.appeals = appeals;
  }

  record DecisionForm(VerificationReview.@Nullable Decision decision, @Nullable String reason) {}

  record ComplaintForm(VerificationAppeals.@Nullable Decision decision, @Nullable String reason) {}

  @GetMapping("/console/verification")
  String queue(Actor actor, Model model) {
    model.addAttribute("cases", review.queue(actor, null, 200));
    model.addAttribute("complaints", appeals.list(actor, "OPEN", 200));
    return "console/verification-queue";
  }

  @GetMapping("/console/verification/{id}")
  String detail(Actor actor, @PathVariable UUID id, Model model) {
    Map<String, Object> c = review.detail(actor, id);
    model.addAttribute("vcase", c);
    model.addAttribute("trader", c.get("traderInformation") instanceof TraderInfo t ? t : null);
    model.addAttribute("pairs", pairs(c));
    model.addAttribute("decidable", VerificationReview.QUEUE.contains(c.get("status")));
    model.addAttribute("complaint", appeals.list(actor, "OPEN", 500).stream()
        .filter(a -> a.caseId().equals(id)).findFirst().orElse(null));
    return "console/verification-case";
  }

  @GetMapping("/console/verification/documents/{id}")
  ResponseEntity<byte[]> document(Actor actor, @PathVariable UUID id) {
    return VerificationReviewController.serve(review.document(actor, id));
  }

  @PostMapping("/console/verification/{id}/decision")
  String decide(Actor actor, @PathVariable UUID id, DecisionForm form, RedirectAttributes redirect) {
    var out = review.decide(actor, id, form.decision(), form.reason());
    redirect.addFlashAttribute("message", "Decided: " + out.get("status") + ".");
    return "redirect:/console/verification/" + id;
  }

  @PostMapping("/console/verification/{id}/executives/{executiveId}/decision")
  String decideExecutive(Actor actor, @PathVariable UUID id, @PathVariable UUID executiveId, DecisionForm form,
      RedirectAttributes redirect) {
    var out = review.decideExecutive(actor, id, executiveId, form.decision(), form.reason());
    redirect.addFlashAttribute("message", "Executive " + out.get("status") + ".");
    return "redirect:/console/verification/" + id;
  }

  @PostMapping("/console/verification/{id}/complaints/{complaintId}/decision")
  String decideComplaint(Actor actor, @PathVariable UUID id, @PathVariable UUID complaintId, ComplaintForm form,
      RedirectAttributes redirect) {
    var out = appeals.decide(actor, complaintId, form.decision(), form.reason());
    redirect.addFlashAttribute("message", "Complaint decided: " + out.get("status") + ".");
    return "redirect:/console/verification/" + id;
  }

  /**
   * The documents to compare, one pair per person: the latest identity document beside the
   * latest challenge photo (with the pose and code it had to show).
   */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> pairs(Map<String, Object> c) {
    var documents = (List<Map<String, Object>>) c.get("documents");
    var challenges = (List<Map<String, Object>>) c.get("challenges");
    var people = new java.util.ArrayList<Map<String, Object>>();
    if (!"ENTERPRISE".equals(c.get("kind"))) {
      people.add(pair("The seller", null, documents, challenges));
    }
    for (var e : (List<Map<String, Object>>) c.get("executives")) {
      Object info = e.get("info");
      String who = info instanceof ExecutiveInfo x ? x.displayName() + " (" + e.get("role") + ")" : "Executive";
      people.add(pair(who, (UUID) e.get("id"), documents, challenges));
    }
    return people;
  }

  private static Map<String, Object> pair(String who, @Nullable UUID executive, List<Map<String, Object>> documents,
      List<Map<String, Object>> challenges) {
    var m = new java.util.LinkedHashMap<String, Object>();
    m.put("who", who);
    m.put("executiveId", executive);
    m.put("identity", latest(documents, executive, "IDENTITY_DOCUMENT"));
    Map<String, Object> photo = latest(documents, executive, "CHALLENGE_PHOTO");
    m.put("photo", photo);
    m.put("challenge", photo == null ? null : challenges.stream()
        .filter(ch -> Objects.equals(ch.get("id"), photo.get("challengeId"))).findFirst().orElse(null));
    return m;
  }

  private static @Nullable Map<String, Object> latest(List<Map<String, Object>> documents, @Nullable UUID executive,
      String kind) {
    return documents.stream().filter(d -> kind.equals(d.get("kind")) && Objects.equals(d.get("executiveId"), executive))
        .reduce((a, b) -> b).orElse(null);
  }
}
