package com.steward.penalties;

import com.steward.core.penalties.Restriction;
import com.steward.core.penalties.RestrictionInForce;
import com.steward.core.penalties.Standing;
import com.steward.core.statements.CategoryKeyword;
import com.steward.core.statements.DecisionAccount;
import com.steward.core.statements.StatementCategory;
import com.steward.linkage.Clusters;
import com.steward.marketplaces.Marketplace;
import com.steward.platform.outbox.Outbox;
import com.steward.platform.security.Actor;
import com.steward.sellers.Seller;
import com.steward.sellers.Sellers;
import com.steward.statements.Statements;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Applies the ladder's restrictions to every account of a cluster and lifts them when they end:
 * a warning and a marketing suspension are events for the marketplace; a listing limit is also
 * enforced on new listings; a store suspension sets the accounts SUSPENDED (no listing changes)
 * with a statement of reasons; a closure bans the accounts. A closure is not lifted by points:
 * only a complaint against the ban brings an account back.
 */
@Component
class Restrictions {

  static final String REDRESS = "You may contest the violations behind these points through the complaint "
      + "procedures of each decision (a counter-notice or complaint against a takedown, a complaint against a screening "
      + "block; DSA Art. 20): a reversed decision takes its points away. You may also refer the dispute to a certified "
      + "out-of-court dispute settlement body (Art. 21) or seek redress before a court.";

  private final JdbcPenaltyRepository repository;
  private final Sellers sellers;
  private final Clusters clusters;
  private final Statements statements;
  private final Outbox outbox;
  private final Clock clock;

  Restrictions(JdbcPenaltyRepository repository, Sellers sellers, Clusters clusters, Statements statements,
      Outbox outbox, Clock clock) {
    this.repository = repository;
    this.sellers = sellers;
    this.clusters = clusters;
    this.statements = statements;
    this.outbox = outbox;
    this.clock = clock;
  }

  void reconcile(Marketplace m, UUID key, List<UUID> accounts, Standing standing) {
    Instant now = clock.instant();
    List<JdbcPenaltyRepository.Applied> open = repository.open(key);
    Map<UUID, Seller> byId = sellers.byIds(accounts);
    for (var a : open) {
      if (standing.inForce().stream().noneMatch(r -> same(a, r)) && !"CLOSURE".equals(a.restriction())) {
        repository.lift(a.id(), now);
        lift(m, a, byId.values());
      }
    }
    for (RestrictionInForce r : standing.inForce()) {
      if (open.stream().noneMatch(a -> same(a, r))) {
        String puid = apply(m, r, standing, byId.values());
        repository.insert(new JdbcPenaltyRepository.Applied(UUID.randomUUID(), m.id(), key, r.threshold().points(),
            r.restriction().name(), r.threshold().maxListings(), r.since(), r.until(), puid, null));
      }
    }
  }

  private String apply(Marketplace m, RestrictionInForce r, Standing standing, java.util.Collection<Seller> accounts) {
    String facts = "Penalty points of the seller's linked accounts reached " + standing.points() + " of the "
        + r.threshold().points() + " at which the ladder applies: " + r.threshold().describe() + ". Points: "
        + String.join("; ", standing.counted().stream().map(c -> c.explain(ZoneOffset.UTC)).toList()) + ".";
    String puid = null;
    switch (r.restriction()) {
      case STORE_SUSPENSION -> {
        for (Seller s : accounts) {
          if (!"ACTIVE".equals(s.status())) {
            continue;
          }
          sellers.setStatus(s.id(), "SUSPENDED");
          puid = statements.accountRestriction(new Statements.AccountRestriction(UUID.randomUUID(), m, s,
              DecisionAccount.DECISION_ACCOUNT_SUSPENDED,
              "Marketplace terms: repeated violations lead to the restrictions of the published penalty ladder",
              "The account's penalty points reached the threshold of a store suspension.",
              StatementCategory.STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS,
              Set.of(CategoryKeyword.KEYWORD_TRADEMARK_INFRINGEMENT), facts, true, clock.instant(), clock.instant(),
              REDRESS));
          event(m, s, "seller.store_suspended", r, puid);
        }
      }
      case CLOSURE -> clusters.close(Actor.system("penalties"), m, accounts.stream().map(Seller::id).toList(),
          "The penalty ladder's last step: " + facts);
      default -> accounts.forEach(s -> event(m, s, switch (r.restriction()) {
        case WARNING -> "seller.penalty_warning";
        case LISTING_LIMIT -> "seller.listing_limited";
        default -> "seller.marketing_suspended";
      }, r, null));
    }
    return puid;
  }

  private void lift(Marketplace m, JdbcPenaltyRepository.Applied a, java.util.Collection<Seller> accounts) {
    Restriction restriction = Restriction.valueOf(a.restriction());
    for (Seller s : accounts) {
      if (restriction == Restriction.STORE_SUSPENSION && "SUSPENDED".equals(s.status())) {
        sellers.setStatus(s.id(), "ACTIVE");
      }
      if (restriction != Restriction.WARNING) {
        outbox.publish(m.id(), switch (restriction) {
          case LISTING_LIMIT -> "seller.listing_limit_lifted";
          case MARKETING_SUSPENSION -> "seller.marketing_restored";
          default -> "seller.store_reinstated";
        }, Map.of("marketplace", m.code(), "sellerId", s.externalId(), "source", "penalty-ladder"));
      }
    }
  }

  private void event(Marketplace m, Seller s, String type, RestrictionInForce r, String puid) {
    var data = new LinkedHashMap<String, Object>();
    data.put("marketplace", m.code());
    data.put("sellerId", s.externalId());
    data.put("source", "penalty-ladder");
    data.put("restriction", r.restriction().name());
    data.put("points", r.threshold().points());
    if (r.restriction() == Restriction.LISTING_LIMIT) {
      data.put("maxListings", r.threshold().maxListings());
    }
    data.put("until", r.until());
    if (puid != null) {
      data.put("statementOfReasons", puid);
    }
    outbox.publish(m.id(), type, data);
  }

  private static boolean same(JdbcPenaltyRepository.Applied a, RestrictionInForce r) {
    return a.thresholdPoints() == r.threshold().points() && a.restriction().equals(r.restriction().name())
        && a.since().equals(r.since().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
  }
}
