package com.steward.notices;

import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The analysts' console: the review queue, a notice with its whole history, and the review form. */
@PageController
class ConsolePages {

  private final NoticePageModel pages;
  private final NoticeProcess process;

  ConsolePages(NoticePageModel pages, NoticeProcess process) {
    this.pages = pages;
    this.process = process;
  }

  record ReviewForm(@Nullable String decision, @Nullable String reason) {}

  @GetMapping("/console")
  String queue(Actor actor, @RequestParam(required = false) @Nullable String marketplace, Model model) {
    model.addAttribute("queue", pages.queue(actor, marketplace));
    model.addAttribute("marketplace", marketplace);
    return "console/queue";
  }

  @GetMapping("/console/notices/{id}")
  String notice(Actor actor, @PathVariable UUID id, Model model) {
    model.addAttribute("notice", pages.notice(actor, id));
    model.addAttribute("trail", pages.trail(actor, id));
    return "console/notice";
  }

  @PostMapping("/console/notices/{id}/items/{itemId}/review")
  String review(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId, ReviewForm form,
      RedirectAttributes redirect) {
    NoticeItem item = process.review(actor, id, itemId, form.decision(), form.reason());
    redirect.addFlashAttribute("message", "Review recorded: the item is now " + item.status() + ".");
    return "redirect:/console/notices/" + id;
  }

  @PostMapping("/console/notices/{id}/items/{itemId}/audit")
  String audit(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId, ReviewForm form,
      RedirectAttributes redirect) {
    NoticeItem item = process.auditTakedown(actor, id, itemId, form.decision(), form.reason());
    redirect.addFlashAttribute("message", "Audit recorded: the item is now " + item.status() + ".");
    return "redirect:/console/notices/" + id;
  }
}
