package com.steward.sellerview;

import com.steward.linkage.BanRecords;
import com.steward.linkage.Clusters;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.security.Actor;
import com.steward.platform.web.PageController;
import com.steward.sellers.Seller;
import com.steward.sellers.SellerVerification;
import com.steward.sellers.Sellers;
import com.steward.statements.Statements;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The console's view of one seller in the round: its identity status and stores, the cluster of
 * accounts linked to it drawn as a graph with the evidence of each link, its penalty standing, its
 * rating, its bans and the statements of reasons about its account; and the form that bans the
 * whole cluster. Staff only.
 */
@PageController
class SellerViewPages {

  private final Marketplaces marketplaces;
  private final Sellers sellers;
  private final Clusters clusters;
  private final BanRecords bans;
  private final Statements statements;
  private final IntegrityModel integrity;
  private final ObjectProvider<SellerVerification> verification;

  SellerViewPages(Marketplaces marketplaces, Sellers sellers, Clusters clusters, BanRecords bans,
      Statements statements, IntegrityModel integrity, ObjectProvider<SellerVerification> verification) {
    this.marketplaces = marketplaces;
    this.sellers = sellers;
    this.clusters = clusters;
    this.bans = bans;
    this.statements = statements;
    this.integrity = integrity;
    this.verification = verification;
  }

  record SearchForm(@Nullable String marketplace, @Nullable String sellerId) {}

  record BanForm(@Nullable UUID cluster, @Nullable String reason) {}

  @GetMapping("/console/sellers")
  String search(Actor actor, Model model) {
    actor.requireStaff();
    model.addAttribute("marketplaces", marketplaces.all());
    return "console/sellers";
  }

  @PostMapping("/console/sellers")
  String find(Actor actor, SearchForm form) {
    actor.requireStaff();
    var c = new Check();
    String code = c.text("marketplace", form.marketplace(), 100);
    String id = c.id("sellerId", form.sellerId());
    c.done();
    Marketplace m = marketplaces.scoped(actor, code);
    return "redirect:" + path(m, sellers.get(m, id));
  }

  @GetMapping("/console/sellers/{marketplace}/{sellerId}")
  String view(Actor actor, @PathVariable String marketplace, @PathVariable String sellerId, Model model) {
    actor.requireStaff();
    Marketplace m = marketplaces.scoped(actor, marketplace);
    Seller s = sellers.get(m, sellerId);
    SellerVerification v = verification.getIfAvailable();
    model.addAttribute("marketplace", m);
    model.addAttribute("seller", s);
    model.addAttribute("verificationLevel", v == null ? null : v.levelOf(s.id()));
    model.addAttribute("stores", sellers.stores(s.id()));
    Map<String, Object> cluster = clusters.clusterOf(s.id()).map(id -> clusters.get(actor, m, id)).orElse(null);
    model.addAttribute("cluster", cluster);
    model.addAttribute("graph", cluster == null ? null : ClusterGraph.of(cluster, s.externalId()));
    model.addAttribute("bans", bans.ofSeller(actor, s.id()));
    model.addAttribute("statements", statements.forAccount(s.id()));
    integrity.addTo(model, s);
    return "console/seller";
  }

  @PostMapping("/console/sellers/{marketplace}/{sellerId}/ban")
  String ban(Actor actor, @PathVariable String marketplace, @PathVariable String sellerId, BanForm form,
      RedirectAttributes redirect) {
    actor.requireStaff();
    Marketplace m = marketplaces.scoped(actor, marketplace);
    Seller s = sellers.get(m, sellerId);
    UUID cluster = clusters.clusterOf(s.id()).orElseThrow(() -> new ConflictException("cluster",
        "the marketplace gave no identifiers of this seller, so it is in no cluster"));
    if (form.cluster() != null && !form.cluster().equals(cluster)) {
      throw new ConflictException("cluster", "the seller's cluster changed since the page was shown; look again");
    }
    var out = clusters.ban(actor, m, cluster, form.reason());
    redirect.addFlashAttribute("message", "Cluster banned: " + out.get("sellersBanned") + " accounts banned.");
    return "redirect:" + path(m, s);
  }

  private static String path(Marketplace m, Seller s) {
    return "/console/sellers/" + UriUtils.encodePathSegment(m.code(), java.nio.charset.StandardCharsets.UTF_8) + "/"
        + UriUtils.encodePathSegment(s.externalId(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
