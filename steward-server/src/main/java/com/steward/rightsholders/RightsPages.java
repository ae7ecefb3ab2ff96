package com.steward.rightsholders;

import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console page where analysts verify or reject the IP rights that notices will rest on. */
@PageController
class RightsPages {

  private final RightsHolders rightsHolders;

  RightsPages(RightsHolders rightsHolders) {
    this.rightsHolders = rightsHolders;
  }

  record VerificationForm(@Nullable String decision, @Nullable String reason) {}

  /** A right waiting for verification, with the organisation that claims it. */
  record Pending(IpRight right, String ownerName) {}

  @GetMapping("/console/ip-rights")
  String pending(Actor actor, Model model) {
    actor.requireStaff();
    var owners = new LinkedHashMap<UUID, String>();
    List<Pending> pending = rightsHolders.pendingRights().stream()
        .map(r -> new Pending(r, owners.computeIfAbsent(r.ownerId(),
            id -> rightsHolders.byId(id).map(RightsHolder::name).orElse(id.toString()))))
        .toList();
    model.addAttribute("pending", pending);
    return "console/ip-rights";
  }

  @PostMapping("/console/ip-rights/{id}/verification")
  String verify(Actor actor, @PathVariable UUID id, VerificationForm form, RedirectAttributes redirect) {
    IpRight right = rightsHolders.verifyRight(actor, id, form.decision(), form.reason());
    redirect.addFlashAttribute("message", "The right \"" + right.name() + "\" is now " + right.status() + ".");
    return "redirect:/console/ip-rights";
  }
}
