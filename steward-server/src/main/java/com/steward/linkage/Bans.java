package com.steward.linkage;

import com.steward.audit.AuditLog;
import com.steward.core.statements.CategoryKeyword;
import com.steward.core.statements.DecisionAccount;
import com.steward.core.statements.StatementCategory;
import com.steward.listings.ListingStatus;
import com.steward.listings.Listings;
import com.steward.marketplaces.Marketplace;
import com.steward.platform.outbox.Outbox;
import com.steward.platform.security.Actor;
import com.steward.sellers.Seller;
import com.steward.sellers.SellerEvents;
import com.steward.sellers.Sellers;
import com.steward.statements.Statements;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bans one seller account: its status, every live listing out of sight (remembered, to bring back
 * exactly those if the ban is lifted), a statement of reasons for the terminated account with the
 * way to complain, an event for the marketplace and for the other seller-integrity features.
 */
@Component
class Bans {

  static final String REDRESS = "You may lodge a complaint against this decision through the internal "
      + "complaint-handling system (DSA Art. 20) within six months, explaining why the accounts are not yours or not "
      + "linked; it is decided by staff. You may also refer the dispute to a certified out-of-court dispute settlement "
      + "body (Art. 21) or seek redress before a court.";

  private final JdbcBanRepository repository;
  private final Sellers sellers;
  private final Listings listings;
  private final Statements statements;
  private final Outbox outbox;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Bans(JdbcBanRepository repository, Sellers sellers, Listings listings, Statements statements, Outbox outbox,
      AuditLog audit, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.sellers = sellers;
    this.listings = listings;
    this.statements = statements;
    this.outbox = outbox;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** A new registration linked to a banned cluster on a strong identifier: banned with the cluster at once. */
  @Transactional(propagation = Propagation.MANDATORY)
  void refuseRegistration(Actor actor, Marketplace m, Seller seller, UUID cluster, List<String> reasons) {
    ban(actor, m, seller, cluster, "Registration of an account linked to a banned account (ban evasion): "
        + String.join("; ", reasons) + ".", true);
  }

  /** Bans {@code seller} as a member of {@code cluster}; returns the statement's PUID, or null if already banned. */
  @Transactional(propagation = Propagation.MANDATORY)
  @org.jspecify.annotations.Nullable
  String ban(Actor actor, Marketplace m, Seller seller, @org.jspecify.annotations.Nullable UUID cluster, String facts,
      boolean automated) {
    if (repository.inForce(seller.id()).isPresent()) {
      return null;
    }
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    sellers.setStatus(seller.id(), "BANNED");
    List<UUID> removed = listings.restrictAllOfSeller(seller.id(), ListingStatus.REMOVED, "system:ban");
    String puid = statements.accountRestriction(new Statements.AccountRestriction(id, m, seller,
        DecisionAccount.DECISION_ACCOUNT_TERMINATED,
        "Marketplace terms: one person may not run accounts to evade a ban or to sell counterfeit goods through "
            + "storefronts under borrowed or false identities",
        "The account shares identity evidence with accounts banned for selling counterfeit goods or for ban evasion.",
        StatementCategory.STATEMENT_CATEGORY_SCAMS_AND_FRAUD, java.util.Set.of(CategoryKeyword.KEYWORD_INAUTHENTIC_ACCOUNTS),
        facts + " The account's " + removed.size() + " live listings were removed.", automated,
        now, now, REDRESS));
    repository.insert(new JdbcBanRepository.Ban(id, m.id(), seller.id(), cluster, facts, puid, "IN_FORCE",
        actor.label(), now, null));
    repository.addListings(id, removed);
    var data = new LinkedHashMap<String, Object>();
    data.put("marketplace", m.code());
    data.put("sellerId", seller.externalId());
    data.put("cluster", cluster == null ? null : cluster.toString());
    data.put("listingsRemoved", removed.size());
    data.put("statementOfReasons", puid);
    outbox.publish(m.id(), "seller.banned", data);
    audit.record(actor, "seller.banned", "seller", seller.id(), Map.of("cluster", String.valueOf(cluster),
        "listingsRemoved", removed.size(), "statementOfReasons", puid));
    events.publishEvent(new SellerEvents.SellerBanned(seller.id(), cluster, facts));
    return puid;
  }

  /** Lifts a seller's ban: active again, the listings the ban removed back, an event; inside the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  void lift(Actor actor, Marketplace m, Seller seller, JdbcBanRepository.Ban ban, String reason) {
    Instant now = clock.instant();
    repository.lift(ban.id(), now);
    sellers.setStatus(seller.id(), "ACTIVE");
    int restored = listings.restore(repository.listings(ban.id()), ListingStatus.REMOVED, "system:ban-lifted");
    outbox.publish(m.id(), "seller.ban_lifted", Map.of("marketplace", m.code(), "sellerId", seller.externalId(),
        "listingsRestored", restored, "statementOfReasons", ban.statementPuid()));
    audit.record(actor, "seller.ban_lifted", "seller", seller.id(), Map.of("ban", ban.id().toString(),
        "listingsRestored", restored, "reason", reason));
  }
}
