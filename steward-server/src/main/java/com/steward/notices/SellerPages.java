package com.steward.notices;

import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sellers' pages: notices against their listings, the statements of reasons, and the
 * counter-notice form. {@code /seller/notices/{id}} is the address that statements give for redress.
 */
@PageController
class SellerPages {

  private final NoticePageModel pages;
  private final NoticeProcess process;

  SellerPages(NoticePageModel pages, NoticeProcess process) {
    this.pages = pages;
    this.process = process;
  }

  record CounterNoticeForm(@Nullable String explanation, @Nullable String evidenceTitle,
      @Nullable String evidenceUrl, @Nullable Boolean consentToJurisdiction) {}

  @GetMapping("/seller")
  String home(Actor actor, Model model) {
    actor.requireSeller();
    model.addAttribute("notices", pages.notices(actor));
    return "seller/home";
  }

  @GetMapping("/seller/notices/{id}")
  String notice(Actor actor, @PathVariable UUID id, Model model) {
    actor.requireSeller();
    model.addAttribute("notice", pages.notice(actor, id));
    return "seller/notice";
  }

  @PostMapping("/seller/notices/{id}/items/{itemId}/counter-notice")
  String counterNotice(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId, CounterNoticeForm form,
      RedirectAttributes redirect) {
    NoticeItem item = process.counterNotice(actor, id, itemId, form.explanation(),
        NoticePageModel.evidence(form.evidenceTitle(), form.evidenceUrl()), form.consentToJurisdiction());
    redirect.addFlashAttribute("message", "Counter-notice sent: the item is now " + item.status()
        + ". The rights holder has until " + item.responseDeadline() + " to answer.");
    return "redirect:/seller/notices/" + id;
  }
}
