package com.steward.platform.web;

import com.steward.platform.errors.ForbiddenException;
import com.steward.platform.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each signed-in user to the pages of its role. */
@PageController
class HomePage {

  @GetMapping("/")
  String home(Actor actor) {
    return switch (actor.role()) {
      case ADMIN, ANALYST -> "redirect:/console";
      case RIGHTS_HOLDER -> "redirect:/portal";
      case SELLER -> "redirect:/seller";
      case MARKETPLACE -> throw new ForbiddenException("marketplaces use the API, not the pages");
    };
  }
}
