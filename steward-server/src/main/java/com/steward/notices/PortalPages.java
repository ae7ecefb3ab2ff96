package com.steward.notices;

import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import com.steward.rightsholders.IpRight;
import com.steward.rightsholders.RightsHolders;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rights holders' portal: their rights and notices, filing a notice, answering counter-notices. */
@PageController
class PortalPages {

  private final NoticePageModel pages;
  private final Notices notices;
  private final NoticeProcess process;
  private final RightsHolders rightsHolders;

  PortalPages(NoticePageModel pages, Notices notices, NoticeProcess process, RightsHolders rightsHolders) {
    this.pages = pages;
    this.notices = notices;
    this.process = process;
    this.rightsHolders = rightsHolders;
  }

  /** A notice as typed into the form; {@code listings} holds one "marketplace, listing id" per line. */
  record NoticeForm(@Nullable UUID ipRightId, @Nullable NoticeReason reason, @Nullable String explanation,
      @Nullable Boolean goodFaithDeclaration, @Nullable String listings) {}

  record ResponseForm(@Nullable String action, @Nullable String explanation, @Nullable String evidenceTitle,
      @Nullable String evidenceUrl) {}

  @GetMapping("/portal")
  String home(Actor actor, Model model) {
    model.addAttribute("rights", rightsHolders.rightsActingFor(actor));
    model.addAttribute("notices", pages.notices(actor));
    return "portal/home";
  }

  @GetMapping("/portal/notices/new")
  String newNotice(Actor actor, Model model) {
    model.addAttribute("rights", rightsHolders.rightsActingFor(actor).stream().filter(IpRight::verified).toList());
    model.addAttribute("reasons", NoticeReason.values());
    return "portal/new-notice";
  }

  @PostMapping("/portal/notices")
  String file(Actor actor, NoticeForm form, RedirectAttributes redirect) {
    var request = new Notices.NoticeRequest(form.ipRightId(), form.reason(), form.explanation(),
        form.goodFaithDeclaration(), items(form.listings()));
    Notices.Filed filed = notices.file(actor, request, "PORTAL");
    redirect.addFlashAttribute("message", "Notice filed on " + filed.items().size() + " listing(s).");
    return "redirect:/portal/notices/" + filed.notice().id();
  }

  /** Bulk: a CSV file with columns {@code marketplace,listing_id}, read as the API reads it. */
  @PostMapping("/portal/notices/bulk")
  String bulk(Actor actor, @RequestParam("file") MultipartFile file, NoticeForm form, RedirectAttributes redirect)
      throws IOException {
    NoticeCsv.Parsed parsed = NoticeCsv.parse(file.getInputStream());
    Notices.Filed filed = notices.fileBulk(actor, new Notices.NoticeRequest(form.ipRightId(), form.reason(),
        form.explanation(), form.goodFaithDeclaration(), null), parsed.rows(), parsed.problems());
    redirect.addFlashAttribute("message", "Notice filed on " + filed.items().size() + " listing(s); "
        + filed.refused().size() + " row(s) refused.");
    redirect.addFlashAttribute("refused", filed.refused().stream()
        .map(p -> "row " + p.row() + " " + p.field() + ": " + p.message()).toList());
    return "redirect:/portal/notices/" + filed.notice().id();
  }

  @GetMapping("/portal/notices/{id}")
  String notice(Actor actor, @PathVariable UUID id, Model model) {
    model.addAttribute("notice", pages.notice(actor, id));
    return "portal/notice";
  }

  @PostMapping("/portal/notices/{id}/items/{itemId}/response")
  String respond(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId, ResponseForm form,
      RedirectAttributes redirect) {
    NoticeItem item = process.respond(actor, id, itemId, form.action(), form.explanation(),
        NoticePageModel.evidence(form.evidenceTitle(), form.evidenceUrl()));
    redirect.addFlashAttribute("message", "Response recorded: the item is now " + item.status() + ".");
    return "redirect:/portal/notices/" + id;
  }

  private static List<Notices.ItemRequest> items(@Nullable String lines) {
    List<Notices.ItemRequest> out = new ArrayList<>();
    if (lines == null) {
      return out;
    }
    for (String line : lines.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("\\s*[,;\\s]\\s*", 2);
      out.add(new Notices.ItemRequest(parts[0], parts.length > 1 ? parts[1] : null));
    }
    return out;
  }
}
