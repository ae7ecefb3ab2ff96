package com.steward.sellerview;

import com.steward.linkage.BanRecords;
import com.steward.linkage.Clusters;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import com.steward.sellers.Seller;
import com.steward.sellers.Sellers;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in seller's standing: its penalty points with their reasons and expiry, the
 * restrictions in force and how to contest them, its rating with every component explained; when
 * banned, the ban and the complaint form (DSA Art. 20). A seller only ever sees its own.
 */
@PageController
class StandingPages {

  private final Sellers sellers;
  private final Clusters clusters;
  private final BanRecords bans;
  private final IntegrityModel integrity;

  StandingPages(Sellers sellers, Clusters clusters, BanRecords bans, IntegrityModel integrity) {
    this.sellers = sellers;
    this.clusters = clusters;
    this.bans = bans;
    this.integrity = integrity;
  }

  @GetMapping("/seller/standing")
  String standing(Actor actor, Model model) {
    Seller s = sellers.byId(actor.requireSeller()).orElseThrow(() -> new NotFoundException("seller",
        actor.sellerId()));
    model.addAttribute("seller", s);
    model.addAttribute("bans", bans.mine(actor));
    model.addAttribute("howToComplain", BanRecords.howToComplain());
    integrity.addTo(model, s);
    return "seller/standing";
  }

  @PostMapping("/seller/standing/complaint")
  String complain(Actor actor, @RequestParam(required = false) @Nullable String explanation,
      RedirectAttributes redirect) {
    clusters.appeal(actor, explanation);
    redirect.addFlashAttribute("message", "Complaint sent; staff will decide it.");
    return "redirect:/seller/standing";
  }
}
