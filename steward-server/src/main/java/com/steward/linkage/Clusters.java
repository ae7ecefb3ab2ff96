package com.steward.linkage;

import com.steward.audit.AuditLog;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.sellers.Seller;
import com.steward.sellers.Sellers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clusters as staff and marketplaces see them, and what staff decide about them: banning a whole
 * ring, a registration held for review, a banned seller's complaint.
 */
@Service
public class Clusters {

  private final JdbcLinkageRepository repository;
  private final JdbcBanRepository bans;
  private final Bans banning;
  private final Sellers sellers;
  private final Marketplaces marketplaces;
  private final AuditLog audit;
  private final Clock clock;

  Clusters(JdbcLinkageRepository repository, JdbcBanRepository bans, Bans banning, Sellers sellers,
      Marketplaces marketplaces, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.bans = bans;
    this.banning = banning;
    this.sellers = sellers;
    this.marketplaces = marketplaces;
    this.audit = audit;
    this.clock = clock;
  }

  /** The cluster of a seller: members, the links that join them with their evidence, and its ban. */
  public Map<String, Object> ofSeller(Actor actor, Marketplace m, String sellerExternalId) {
    requireStaffOrMarketplace(actor);
    Seller seller = sellers.get(m, sellerExternalId);
    var identity = repository.identity(seller.id()).orElseThrow(() -> new NotFoundException("cluster of seller",
        sellerExternalId));
    return view(m, identity.clusterId());
  }

  public Map<String, Object> get(Actor actor, Marketplace m, UUID clusterId) {
    requireStaffOrMarketplace(actor);
    var c = repository.cluster(clusterId).filter(r -> r.marketplaceId().equals(m.id()))
        .orElseThrow(() -> new NotFoundException("cluster", clusterId));
    return view(m, c.id());
  }

  Map<String, Object> view(Marketplace m, UUID clusterId) {
    var c = repository.cluster(clusterId).orElseThrow();
    List<UUID> ids = repository.members(clusterId);
    Map<UUID, Seller> byId = sellers.byIds(ids);
    var out = new LinkedHashMap<String, Object>();
    out.put("id", c.id());
    out.put("marketplace", m.code());
    out.put("status", c.status());
    out.put("bannedAt", c.bannedAt());
    out.put("banReason", c.banReason());
    out.put("members", ids.stream().map(byId::get).map(s -> Map.of("sellerId", s.externalId(), "displayName",
        s.displayName(), "status", s.status())).toList());
    List<Map<String, Object>> links = new ArrayList<>();
    for (var l : repository.linksWithin(clusterId)) {
      var v = new LinkedHashMap<String, Object>();
      v.put("a", byId.get(l.a()).externalId());
      v.put("b", byId.get(l.b()).externalId());
      v.put("score", Math.round(l.score() * 100) / 100.0);
      v.put("strong", l.strong());
      v.put("evidence", l.evidence());
      v.put("foundBy", l.foundBy());
      links.add(v);
    }
    out.put("links", links);
    return out;
  }

  /** Bans every account of the cluster together (a ring of storefronts behind one identity). */
  @Transactional
  public Map<String, Object> ban(Actor analyst, Marketplace m, UUID clusterId, String reason) {
    String why = staffReason(analyst, reason);
    var cluster = repository.lockCluster(clusterId).filter(r -> r.marketplaceId().equals(m.id()))
        .orElseThrow(() -> new NotFoundException("cluster", clusterId));
    if (cluster.banned()) {
      throw new ConflictException("cluster", "cluster " + clusterId + " is already banned");
    }
    repository.ban(clusterId, analyst.label(), why, clock.instant());
    List<UUID> members = repository.members(clusterId);
    int banned = 0;
    for (Seller s : sellers.byIds(members).values()) {
      if (banning.ban(analyst, m, s, clusterId, "The account is one of " + members.size() + " accounts linked by shared "
          + "identity evidence (cluster " + clusterId + ") and banned together: " + why, false) != null) {
        banned++;
      }
    }
    audit.record(analyst, "cluster.banned", "cluster", clusterId, Map.of("members", members.size(), "reason", why));
    var out = new LinkedHashMap<>(view(m, clusterId));
    out.put("sellersBanned", banned);
    return out;
  }

  /** An analyst's decision on a registration held for review: ban it with the cluster, or clear it. */
  @Transactional
  public Map<String, Object> decideReview(Actor analyst, UUID reviewId, boolean ban, String reason) {
    String why = staffReason(analyst, reason);
    var review = repository.lockReview(reviewId).orElseThrow(() -> new NotFoundException("linkage review", reviewId));
    if (!"OPEN".equals(review.status())) {
      throw new ConflictException("review", "review " + reviewId + " is already decided");
    }
    Marketplace m = marketplaces.byId(review.marketplaceId()).orElseThrow();
    Seller seller = sellers.byId(review.sellerId()).orElseThrow();
    repository.decideReview(reviewId, ban ? "BANNED" : "CLEARED", why, analyst.label(), clock.instant());
    if (ban) {
      banning.ban(analyst, m, seller, review.bannedCluster(), "The registration was linked to a banned cluster ("
          + review.bannedCluster() + ") and an analyst confirmed the link: " + why, false);
    } else {
      sellers.setStatus(seller.id(), "ACTIVE");
      audit.record(analyst, "seller.linkage_cleared", "seller", seller.id(), Map.of("reason", why));
    }
    return Map.of("id", reviewId, "status", ban ? "BANNED" : "CLEARED", "sellerId", seller.externalId());
  }

  public List<Map<String, Object>> openReviews(Actor analyst) {
    analyst.requireStaff();
    return repository.openReviews(null, 200).stream().map(r -> {
      Seller s = sellers.byId(r.sellerId()).orElseThrow();
      Marketplace m = marketplaces.byId(r.marketplaceId()).orElseThrow();
      return (Map<String, Object>) new LinkedHashMap<String, Object>(Map.of("id", r.id(), "marketplace", m.code(),
          "sellerId", s.externalId(), "bannedCluster", r.bannedCluster(), "createdAt", r.createdAt()));
    }).toList();
  }

  /** A banned seller's complaint against its ban (DSA Art. 20). */
  @Transactional
  public Map<String, Object> appeal(Actor seller, String explanation) {
    UUID sellerId = seller.requireSeller();
    var c = new Check();
    String text = c.text("explanation", explanation, 10, 5000);
    c.done();
    var ban = bans.inForce(sellerId).orElseThrow(() -> new ConflictException("ban", "your account is not banned"));
    UUID id = UUID.randomUUID();
    if (!bans.insertAppeal(new JdbcBanRepository.Appeal(id, ban.id(), sellerId, text, "OPEN", null, null, null,
        clock.instant()))) {
      throw new ConflictException("ban", "a complaint against this ban is already open");
    }
    audit.record(seller, "ban.appealed", "seller", sellerId, Map.of("ban", ban.id().toString()));
    return Map.of("id", id, "status", "OPEN", "statementOfReasons", ban.statementPuid());
  }

  /** Staff decide a complaint: LIFT brings the account and the listings the ban removed back; UPHOLD keeps the ban. */
  @Transactional
  public Map<String, Object> decideAppeal(Actor analyst, UUID appealId, boolean lift, String reason) {
    String why = staffReason(analyst, reason);
    var appeal = bans.lockAppeal(appealId).orElseThrow(() -> new NotFoundException("appeal", appealId));
    if (!"OPEN".equals(appeal.status())) {
      throw new ConflictException("appeal", "appeal " + appealId + " is already decided");
    }
    bans.decideAppeal(appealId, lift ? "LIFTED" : "UPHELD", why, analyst.label(), clock.instant());
    var ban = bans.find(appeal.banId()).orElseThrow();
    if (lift) {
      banning.lift(analyst, marketplaces.byId(ban.marketplaceId()).orElseThrow(),
          sellers.byId(appeal.sellerId()).orElseThrow(), ban, why);
    } else {
      audit.record(analyst, "ban.upheld", "seller", appeal.sellerId(), Map.of("reason", why));
    }
    return Map.of("id", appealId, "status", lift ? "LIFTED" : "UPHELD");
  }

  public List<Map<String, Object>> openAppeals(Actor analyst) {
    analyst.requireStaff();
    return bans.openAppeals(null, 200).stream().map(a -> {
      var ban = bans.find(a.banId()).orElseThrow();
      var v = new LinkedHashMap<String, Object>(Map.of("id", a.id(), "ban", a.banId(), "marketplace",
          marketplaces.byId(ban.marketplaceId()).orElseThrow().code(), "sellerId",
          sellers.byId(a.sellerId()).orElseThrow().externalId(), "banReason", ban.reason(), "explanation",
          a.explanation(), "createdAt", a.createdAt()));
      return (Map<String, Object>) v;
    }).toList();
  }

  /** The cluster a seller is linked into, if its identifiers were ever given. */
  public java.util.Optional<UUID> clusterOf(UUID sellerId) {
    return repository.identity(sellerId).map(JdbcLinkageRepository.Stored::clusterId);
  }

  /** The sellers whose points count together with {@code sellerId}'s: its cluster, or itself alone. */
  public List<UUID> accountsOf(UUID sellerId) {
    return membershipOf(sellerId).accounts();
  }

  /**
   * A seller's cluster (null if its identifiers were never given), whether the cluster is banned,
   * and the accounts whose points count together: the cluster's, or the seller alone.
   */
  public record Membership(@Nullable UUID clusterId, boolean banned, List<UUID> accounts) {

    /** What the penalty ladder files the accounts' restrictions under: the cluster, or the seller alone. */
    public UUID key(UUID sellerId) {
      return clusterId == null ? sellerId : clusterId;
    }
  }

  /** The seller's {@link Membership}, read in one query. */
  public Membership membershipOf(UUID sellerId) {
    return repository.membership(sellerId).orElse(new Membership(null, false, List.of(sellerId)));
  }

  /**
   * Closes every account of {@code sellerIds} (the penalty ladder's last step): each is banned with
   * a statement of reasons, inside the caller's transaction.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public void close(Actor by, Marketplace m, List<UUID> sellerIds, String facts) {
    for (UUID id : sellerIds) {
      Seller s = sellers.byId(id).orElseThrow();
      banning.ban(by, m, s, clusterOf(id).orElse(null), facts, true);
    }
  }

  /** Staff only, with a reason of 5 to 2,000 characters (a problem on {@code reason} otherwise). */
  private static String staffReason(Actor analyst, String reason) {
    analyst.requireStaff();
    var c = new Check();
    String why = c.text("reason", reason, 5, 2000);
    c.done();
    return why;
  }

  private static void requireStaffOrMarketplace(Actor actor) {
    if (actor.role() != Role.MARKETPLACE) {
      actor.requireStaff();
    }
  }
}
