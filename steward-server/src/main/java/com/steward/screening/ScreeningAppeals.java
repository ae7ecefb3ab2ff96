package com.steward.screening;

import com.steward.audit.AuditLog;
import com.steward.listings.Listing;
import com.steward.listings.ListingStatus;
import com.steward.listings.Listings;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.ForbiddenException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.outbox.Outbox;
import com.steward.platform.security.Actor;
import com.steward.sellers.Sellers;
import com.steward.statements.Statements;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The internal complaint against a screening block (DSA Art. 20): the seller explains; staff, not
 * an automated system, lift or uphold the block. A lift restores the listing with a statement of
 * reasons and holds for that content: screening the same content again (a sweep) does not block
 * it again; a changed listing is screened afresh.
 */
@Service
public class ScreeningAppeals {

  public record Appeal(UUID id, UUID listingId, UUID screeningDecisionId, UUID sellerId, String contentHash,
      String explanation, String status, @Nullable String reason, @Nullable String decidedBy,
      @Nullable Instant decidedAt, Instant createdAt) {}

  private final JdbcScreeningRepository repository;
  private final Listings listings;
  private final Marketplaces marketplaces;
  private final Sellers sellers;
  private final Statements statements;
  private final Outbox outbox;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;
  private final ScreeningActions actions;

  ScreeningAppeals(JdbcScreeningRepository repository, Listings listings, Marketplaces marketplaces, Sellers sellers,
      Statements statements, Outbox outbox, AuditLog audit, TransactionTemplate tx, Clock clock,
      org.springframework.context.ApplicationEventPublisher events, ScreeningActions actions) {
    this.events = events;
    this.actions = actions;
    this.repository = repository;
    this.listings = listings;
    this.marketplaces = marketplaces;
    this.sellers = sellers;
    this.statements = statements;
    this.outbox = outbox;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /** The seller contests the block of its listing. */
  public Appeal file(Actor actor, String marketplace, String listingId, @Nullable String explanation) {
    UUID sellerId = actor.requireSeller();
    var c = new Check();
    String why = c.text("explanation", explanation, 20, 10_000);
    c.done();
    return tx.execute(s -> {
      Marketplace m = marketplaces.byCode(marketplace).orElseThrow(() -> new NotFoundException("marketplace", marketplace));
      Listing found = listings.find(m.id(), listingId).filter(x -> x.sellerId().equals(sellerId))
          .orElseThrow(() -> new NotFoundException("listing", listingId));
      // locked, as a sweep that may restore it holds it: a complaint is filed on a listing still blocked
      Listing l = listings.lockById(found.id()).orElseThrow();
      if (l.status() != ListingStatus.BLOCKED) {
        throw new ConflictException("the listing is " + l.status() + ", not blocked by screening");
      }
      UUID decision = repository.blockInForce(l.id()).map(JdbcScreeningRepository.Block::decisionId)
          .orElseThrow(() -> new ConflictException("no screening block"));
      Appeal a = new Appeal(UUID.randomUUID(), l.id(), decision, sellerId, ScreeningActions.contentHash(l), why, "OPEN",
          null, null, null, clock.instant());
      if (!repository.insertAppeal(a)) {
        throw new ConflictException("a complaint about this listing is already waiting");
      }
      audit.record(actor, "screening.appealed", "listing", l.id(), Map.of("appeal", a.id().toString()));
      return a;
    });
  }

  /** The seller's blocked listings, each with its latest complaint's state. */
  public List<Map<String, Object>> blocked(Actor seller) {
    return repository.blockedOf(seller.requireSeller());
  }

  /** Staff see every complaint; a seller its own. */
  public List<Appeal> list(Actor actor, @Nullable String status, int limit) {
    if (status != null && !List.of("OPEN", "LIFTED", "UPHELD").contains(status)) {
      throw new com.steward.platform.errors.InvalidRequestException("status", "OPEN, LIFTED or UPHELD");
    }
    UUID seller = switch (actor.role()) {
      case ADMIN, ANALYST -> null;
      case SELLER -> actor.requireSeller();
      case RIGHTS_HOLDER, MARKETPLACE -> throw new ForbiddenException("complaints are for staff and the seller");
    };
    return repository.appeals(seller, status == null || status.isBlank() ? null : status, Math.clamp(limit, 1, 500));
  }

  /** Staff decide: LIFT restores the listing (and keeps it from being blocked again for this content); UPHOLD keeps it. */
  public Map<String, Object> decide(Actor staff, UUID id, @Nullable String decision, @Nullable String reason) {
    staff.requireStaff();
    var c = new Check();
    if (!"LIFT".equals(decision) && !"UPHOLD".equals(decision)) {
      c.add("decision", "LIFT or UPHOLD");
    }
    String why = c.text("reason", reason, 2000);
    c.done();
    // a sweep holds a chunk's listings and their sellers' penalty locks: lost to it, the decision runs again
    return com.steward.platform.db.Conflicts.retried(() -> tx.execute(s -> {
      Appeal a = repository.lockAppeal(id).orElseThrow(() -> new NotFoundException("complaint", id));
      if (!"OPEN".equals(a.status())) {
        throw new ConflictException("the complaint was already decided: " + a.status());
      }
      Instant now = clock.instant();
      String status = "LIFT".equals(decision) ? "LIFTED" : "UPHELD";
      // the listing first: a sweep holds it while it looks whether a person has the block in hand
      Listing l = listings.lockById(a.listingId()).orElseThrow();
      repository.decideAppeal(id, status, why, staff.label(), now);
      Marketplace m = marketplaces.byId(l.marketplaceId()).orElseThrow();
      var seller = sellers.byId(l.sellerId()).orElseThrow();
      var out = new LinkedHashMap<String, Object>();
      out.put("id", id);
      out.put("status", status);
      if ("LIFTED".equals(status) && l.status() == ListingStatus.BLOCKED) {
        ListingStatus before = repository.block(a.screeningDecisionId())
            .map(b -> listings.statusBefore(l.id(), b.listingVersion())).orElse(ListingStatus.ACTIVE);
        Listing restored = listings.changeStatus(l.id(), before, staff.label());
        String puid = statements.screeningLift(new Statements.ScreeningLift(id, a.screeningDecisionId(), m, restored,
            seller, why, now));
        outbox.publish(m.id(), "listing.unblocked", Map.of("marketplace", m.code(), "listingId", l.externalId(),
            "status", restored.status().name(), "statementOfReasons", puid, "restores", "sor-" + a.screeningDecisionId()));
        out.put("statementOfReasons", puid);
      }
      if ("LIFTED".equals(status)) {
        events.publishEvent(new Screening.BlockLifted(a.screeningDecisionId(), "the block was lifted on complaint"));
        actions.undoEffects(m, seller, l, a.screeningDecisionId(), (String) out.get("statementOfReasons"));
      }
      out.put("listingStatus", listings.byId(l.id()).orElseThrow().status());
      audit.record(staff, "screening.appeal_" + status.toLowerCase(), "listing", l.id(),
          Map.of("appeal", id.toString(), "reason", why));
      return out;
    }));
  }
}
