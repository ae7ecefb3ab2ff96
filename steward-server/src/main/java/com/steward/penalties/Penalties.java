package com.steward.penalties;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.steward.audit.AuditLog;
import com.steward.core.penalties.PenaltyLedger;
import com.steward.core.penalties.Severity;
import com.steward.core.penalties.Standing;
import com.steward.core.penalties.ViolationType;
import com.steward.linkage.Clusters;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.scheduling.Deadlines;
import com.steward.platform.security.Actor;
import com.steward.sellers.Seller;
import com.steward.sellers.SellerLimits;
import com.steward.sellers.Sellers;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Penalty points: each violation of a seller counts for every account of its cluster over the
 * policy's rolling window, and the ladder's restrictions follow the points. After every change
 * (a violation recorded or overturned, points expiring, a suspension ending) the standing is
 * computed again from the violations and the restrictions in force are reconciled with it: new
 * ones applied once, ended ones lifted. The next date the standing changes is a durable timer.
 */
@Configuration(proxyBeanMethods = false)
public class Penalties implements SellerLimits {

  static final String RECHECK = "penalty-recheck";

  private final JdbcPenaltyRepository repository;
  private final PenaltyPolicies policies;
  private final Restrictions restrictions;
  private final Clusters clusters;
  private final Sellers sellers;
  private final Marketplaces marketplaces;
  private final Deadlines deadlines;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;

  Penalties(JdbcPenaltyRepository repository, PenaltyPolicies policies, Restrictions restrictions, Clusters clusters,
      Sellers sellers, Marketplaces marketplaces, Deadlines deadlines, AuditLog audit, TransactionTemplate tx,
      Clock clock, org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.repository = repository;
    this.policies = policies;
    this.restrictions = restrictions;
    this.clusters = clusters;
    this.sellers = sellers;
    this.marketplaces = marketplaces;
    this.deadlines = deadlines;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Bean
  OneTimeTask<Void> penaltyRecheckTask() {
    return Tasks.oneTime(RECHECK).execute((inst, ctx) -> {
      String id = inst.getId();
      tx.executeWithoutResult(s -> sellers.byId(UUID.fromString(id.substring(0, 36))).ifPresent(this::reconcile));
    });
  }

  /** Records a violation (once per source) and applies what its points change; inside the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(UUID sellerId, ViolationType type, Severity severity, String reference, String source,
      Instant at) {
    record(sellers.byId(sellerId).orElseThrow(), type, severity, reference, source, at);
  }

  /** {@link #record(UUID, ViolationType, Severity, String, String, Instant)} for a seller the caller has read in its transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(Seller seller, ViolationType type, Severity severity, String reference, String source,
      Instant at) {
    UUID sellerId = seller.id();
    if (repository.insert(UUID.randomUUID(), seller.marketplaceId(), sellerId, type, severity, reference, source, at)) {
      audit.record(Actor.system("penalties"), "penalty.violation_recorded", "seller", sellerId,
          Map.of("type", type.name(), "severity", severity.name(), "reference", reference));
      reconcile(seller);
    }
  }

  /** How a seller contests the violations behind its points, as its statements say. */
  public static String howToContest() {
    return Restrictions.REDRESS;
  }

  /** The violation from {@code source} counts no more (its decision was reversed); the standing follows. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void overturn(String source, String reason) {
    repository.overturn(source, reason, clock.instant()).flatMap(sellers::byId).ifPresent(seller -> {
      audit.record(Actor.system("penalties"), "penalty.violation_overturned", "seller", seller.id(),
          Map.of("source", source, "reason", reason));
      reconcile(seller);
    });
  }

  /**
   * A staff member's decision that one of the seller's violations counts no more (a mistaken
   * notice found out after its window, a point left from a block lifted before complaints named
   * the block in force), with the reason; the standing and its restrictions follow at once.
   */
  @Transactional
  public Standing overturnByHand(Actor actor, Seller seller, UUID violationId, @org.jspecify.annotations.Nullable String reason) {
    actor.requireStaff();
    var c = new com.steward.platform.errors.Check();
    String why = c.text("reason", reason, 1000);
    c.done();
    // the standing lists the violations of every account of the seller's cluster
    var found = repository.lockViolation(violationId, clusters.accountsOf(seller.id()))
        .orElseThrow(() -> new com.steward.platform.errors.NotFoundException("violation", violationId));
    if (found.overturned()) {
      throw new com.steward.platform.errors.ConflictException("violationId", "violation " + violationId
          + " is overturned already");
    }
    repository.overturnById(violationId, why + " (" + actor.label() + ")", clock.instant());
    audit.record(actor, "penalty.violation_overturned", "seller", found.sellerId(),
        Map.of("violation", violationId.toString(), "reason", why));
    reconcile(seller);
    return standing(seller);
  }

  /** The standing of the seller's cluster now. */
  public Standing standing(Seller seller) {
    return standing(seller, clusters.accountsOf(seller.id()));
  }

  /** The standing now of {@code accounts}, the seller's cluster ({@link com.steward.linkage.Clusters#accountsOf}). */
  public Standing standing(Seller seller, List<UUID> accounts) {
    return new PenaltyLedger(policies.current(seller.marketplaceId()))
        .standing(repository.violations(accounts), clock.instant());
  }

  /** The seller's violations of a type since {@code from}, reversed ones left out. */
  public int count(UUID sellerId, ViolationType type, Instant from) {
    return counts(sellerId, from).getOrDefault(type, 0);
  }

  /** {@link #count} of every type at once, in one query: a type with none is left out. */
  public java.util.Map<ViolationType, Integer> counts(UUID sellerId, Instant from) {
    return repository.counts(sellerId, from);
  }

  @Override
  public OptionalInt listingLimit(UUID sellerId) {
    return repository.listingLimit(sellerId);
  }

  /** Brings the restrictions of the seller's cluster in line with its standing now. */
  void reconcile(Seller seller) {
    Instant now = clock.instant();
    var membership = clusters.membershipOf(seller.id());
    List<UUID> accounts = membership.accounts();
    UUID key = membership.key(seller.id());
    // one reconciliation of a cluster at a time: two violations committing together would otherwise
    // both apply the same restriction and both schedule the same recheck
    repository.lock(key);
    Marketplace m = marketplaces.byId(seller.marketplaceId()).orElseThrow();
    Standing standing = new PenaltyLedger(policies.current(m.id())).standing(repository.violations(accounts), now);
    restrictions.reconcile(m, key, accounts, standing);
    events.publishEvent(new com.steward.sellers.SellerEvents.PenaltiesChanged(accounts));
    if (standing.nextChange() != null) {
      deadlines.scheduleIfAbsent(RECHECK, seller.id() + ":" + standing.nextChange().toEpochMilli(),
          standing.nextChange());
    }
  }
}
