package com.steward.verification;

import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.sellers.Seller;
import com.steward.sellers.Sellers;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one rule for reaching a verification case: a seller reaches its own, a marketplace those of
 * its sellers, staff every one. Anything else is told the seller was not found (404), never that it
 * exists. A case is opened the first time its seller is reached.
 */
@Component
class CaseAccess {

  /** A case with the seller and marketplace it belongs to. */
  record Scoped(Marketplace marketplace, Seller seller, VerificationCase vcase) {}

  private final Marketplaces marketplaces;
  private final Sellers sellers;
  private final JdbcVerificationRepository cases;
  private final Clock clock;

  CaseAccess(Marketplaces marketplaces, Sellers sellers, JdbcVerificationRepository cases, Clock clock) {
    this.marketplaces = marketplaces;
    this.sellers = sellers;
    this.cases = cases;
    this.clock = clock;
  }

  /** The case of seller {@code sellerId} on marketplace {@code code}, if the actor may reach it. */
  Scoped resolve(Actor actor, String code, String sellerId) {
    Marketplace m = marketplaces.scoped(actor, code);
    Seller s = sellers.get(m, sellerId);
    if (actor.role() == Role.SELLER && !s.id().equals(actor.sellerId())) {
      throw new NotFoundException("seller", sellerId);
    }
    return new Scoped(m, s, open(s));
  }

  /** As {@link #resolve}, for actions only the seller itself may take. */
  Scoped own(Actor actor, String code, String sellerId) {
    Scoped s = resolve(actor, code, sellerId);
    actor.requireSeller();
    return s;
  }

  /** The signed-in seller's own case (the seller pages). */
  Scoped mine(Actor actor) {
    UUID id = actor.requireSeller();
    Seller s = sellers.byId(id).orElseThrow(() -> new NotFoundException("seller", id));
    return new Scoped(marketplaces.byId(s.marketplaceId()).orElseThrow(), s, open(s));
  }

  /** The case of a seller known by its Steward id (events from other features). */
  java.util.Optional<Scoped> ofSeller(UUID sellerId) {
    return sellers.byId(sellerId).map(s -> new Scoped(marketplaces.byId(s.marketplaceId()).orElseThrow(), s, open(s)));
  }

  /** Any case, for staff. */
  Scoped staff(Actor actor, UUID caseId) {
    actor.requireStaff();
    return byId(caseId);
  }

  /** A case by id with its seller and marketplace (no scope check: for deadlines and staff). */
  Scoped byId(UUID caseId) {
    VerificationCase c = cases.byId(caseId).orElseThrow(() -> new NotFoundException("verification case", caseId));
    Seller s = sellers.byId(c.sellerId()).orElseThrow();
    return new Scoped(marketplaces.byId(s.marketplaceId()).orElseThrow(), s, c);
  }

  /** The case locked for a change; refused once the trader data was deleted. */
  VerificationCase lockForChange(UUID caseId) {
    VerificationCase c = cases.lock(caseId).orElseThrow(() -> new NotFoundException("verification case", caseId));
    if (c.relationshipEndedAt() != null) {
      throw new ConflictException("the relationship with this seller has ended; its trader data is kept only until "
          + "it is deleted");
    }
    return c;
  }

  /** The case locked for a change by the seller: not while staff review it. */
  VerificationCase changeable(UUID caseId) {
    VerificationCase c = lockForChange(caseId);
    if (c.status() == VerificationCase.Status.SUBMITTED || c.status() == VerificationCase.Status.IN_REVIEW) {
      throw new ConflictException("the case is in review; wait for the decision before changing it");
    }
    return c;
  }

  private VerificationCase open(Seller s) {
    return cases.bySeller(s.id()).orElseGet(() -> {
      cases.insertIfAbsent(s.id(), s.marketplaceId(), clock.instant());
      return cases.bySeller(s.id()).orElseThrow();
    });
  }
}
