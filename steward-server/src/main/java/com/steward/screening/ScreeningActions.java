package com.steward.screening;

import com.steward.audit.AuditLog;
import com.steward.core.screening.rules.Decision;
import com.steward.core.screening.rules.ListingFacts;
import com.steward.listings.Listing;
import com.steward.listings.ListingScreen;
import com.steward.listings.ListingStatus;
import com.steward.listings.Listings;
import com.steward.marketplaces.Marketplace;
import com.steward.platform.outbox.Outbox;
import com.steward.platform.security.Actor;
import com.steward.sellers.Seller;
import com.steward.sellers.SellerRisk;
import com.steward.sellers.Sellers;
import com.steward.statements.Statements;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Screening as a listing is saved: the decision is kept with the listing version; a BLOCK takes
 * the listing out of sight before it goes live, with a statement of reasons and a
 * {@code listing.blocked} event for the marketplace. A REFER is kept for the brand's referral
 * queue (the referrals feature comes next); an ALLOW changes nothing.
 */
@Component
class ScreeningActions implements ListingScreen {

  private final Screening screening;
  private final JdbcScreeningRepository repository;
  private final Sellers sellers;
  private final Listings listings;
  private final Statements statements;
  private final Outbox outbox;
  private final AuditLog audit;
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;
  /** Looked up once, at first use: a bean factory lookup on every screening costs more than a query. */
  private final SingletonSupplier<SellerRisk> risk;

  ScreeningActions(Screening screening, JdbcScreeningRepository repository, Sellers sellers, Listings listings,
      Statements statements, Outbox outbox, AuditLog audit, Clock clock,
      org.springframework.context.ApplicationEventPublisher events,
      org.springframework.beans.factory.ObjectProvider<SellerRisk> risk) {
    this.events = events;
    this.risk = SingletonSupplier.of(risk::getIfAvailable);
    this.screening = screening;
    this.repository = repository;
    this.sellers = sellers;
    this.listings = listings;
    this.statements = statements;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
  }

  /** A digest of what screening reads of a listing: a lifted block holds while it stays the same. */
  static String contentHash(Listing l) {
    String content = String.join("\u0000", l.title(), l.description() == null ? "" : l.description(),
        l.brand() == null ? "" : l.brand(), l.category() == null ? "" : l.category(),
        l.price() == null ? "" : l.price().stripTrailingZeros().toPlainString(), l.currency() == null ? "" : l.currency());
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A listing of a sweep's chunk as it was before screening, and what screening made of it. */
  record Swept(Listing before, Screened screened) {}

  /**
   * Screens a sweep's chunk and acts on each listing, in the caller's transaction, which holds the
   * listings' rows ({@code lockByIds}). Their sellers, ratings and stores are read in one query each.
   * A block can ban the seller's cluster and restrict its other listings, and a lifted block can
   * lift penalties, within this transaction: once a listing's status changes, the rest of the chunk
   * is read again one listing at a time, as it is then.
   */
  List<Swept> sweep(Actor actor, java.util.function.Function<UUID, Marketplace> marketplace, List<Listing> locked) {
    ReadAhead read = readAhead(locked, false);
    List<Swept> out = new ArrayList<>(locked.size());
    boolean current = true; // whether what was read ahead is still as stored
    for (Listing l : locked) {
      Listing listing = current ? l : listings.lockById(l.id()).orElseThrow();
      Seller seller = current ? read.seller(listing) : sellers.byId(listing.sellerId()).orElseThrow();
      Marketplace m = marketplace.apply(listing.marketplaceId());
      Screened screened = screen(actor, m, seller, listing, true,
          current ? read.facts(m, listing) : facts(m, listing, seller, false));
      out.add(new Swept(listing, screened));
      current &= screened.listing().status() == listing.status();
    }
    return out;
  }

  /**
   * The listing's facts as screening reads them; with {@code withStore}, its store even if no brand
   * in use authorises single stores (a backtest of a knowledge base that does).
   */
  ListingFacts facts(Marketplace m, Listing listing, boolean withStore) {
    return facts(m, listing, sellers.byId(listing.sellerId()).orElseThrow(), withStore);
  }

  private ListingFacts facts(Marketplace m, Listing listing, Seller seller, boolean withStore) {
    SellerRisk r = risk.get();
    SellerRisk.Risk known = r == null ? null : r.of(seller.id()).orElse(null);
    // the store's own id is read only if some brand authorises single stores: most never do
    String store = withStore || screening.current().authorisesStores()
        ? sellers.store(listing.storeId()).map(com.steward.sellers.Store::externalId).orElse(null) : null;
    return facts(m, listing, seller, known, store);
  }

  /**
   * {@link #facts(Marketplace, Listing, boolean)} of many listings, in their order, with their
   * sellers, ratings and stores read in one query each rather than one a listing (a backtest).
   */
  List<ListingFacts> facts(List<Listing> page, java.util.function.Function<UUID, Marketplace> marketplace,
      boolean withStore) {
    ReadAhead read = readAhead(page, withStore);
    return page.stream().map(l -> read.facts(marketplace.apply(l.marketplaceId()), l)).toList();
  }

  /** The sellers, ratings and stores of a page of listings, each read in one query. */
  private ReadAhead readAhead(List<Listing> page, boolean withStore) {
    Set<UUID> sellerIds = new HashSet<>();
    Set<UUID> storeIds = new HashSet<>();
    for (Listing l : page) {
      sellerIds.add(l.sellerId());
      storeIds.add(l.storeId());
    }
    SellerRisk r = risk.get();
    return new ReadAhead(sellers.byIds(sellerIds), r == null ? Map.of() : r.of(sellerIds),
        withStore || screening.current().authorisesStores() ? sellers.storesByIds(storeIds) : Map.of());
  }

  private record ReadAhead(Map<UUID, Seller> sellers, Map<UUID, SellerRisk.Risk> risks,
      Map<UUID, com.steward.sellers.Store> stores) {

    Seller seller(Listing l) {
      return java.util.Objects.requireNonNull(sellers.get(l.sellerId()));
    }

    ListingFacts facts(Marketplace m, Listing l) {
      var store = stores.get(l.storeId());
      return ScreeningActions.facts(m, l, seller(l), risks.get(l.sellerId()), store == null ? null : store.externalId());
    }
  }

  private static ListingFacts facts(Marketplace m, Listing listing, Seller seller, SellerRisk.@Nullable Risk known,
      @Nullable String store) {
    return new ListingFacts(m.code(), listing.externalId(), seller.externalId(), listing.title(),
        listing.description(), listing.brand(), listing.category(),
        listing.price() == null ? null : listing.price().doubleValue(),
        known == null ? null : known.rating(), known == null ? null : known.clusterRisk(), null, store,
        listing.currency());
  }

  /**
   * {@inheritDoc} The caller holds the listing's row, so {@code listing} is current and a block
   * changes it without locking and reading it again.
   */
  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Screened screen(Actor actor, Marketplace m, Seller seller, Listing listing) {
    return screen(actor, m, seller, listing, false, facts(m, listing, seller, false));
  }

  /**
   * Screens and acts. In a sweep ({@code sweep}), a listing that screening blocked and that it no
   * longer blocks is restored, if it is as it was blocked (the marketplace changed nothing since)
   * and no person has the block in hand (a complaint about it open, or one upheld): the rules or
   * the knowledge changed, not the listing. A listing's own edit never lifts a block (a counterfeit
   * with "replica" taken out of its title is still the listing that was blocked); the seller's
   * complaint does.
   */
  private Screened screen(Actor actor, Marketplace m, Seller seller, Listing listing, boolean sweep,
      ListingFacts facts) {
    Decision d = screening.screen(facts);
    var now = clock.instant();
    UUID id = repository.insert(listing.id(), listing.version(), m.id(), d, now);
    audit.record(actor, "listing.screened", "listing", listing.id(), Map.of("version", listing.version(),
        "action", d.action().name(), "score", d.score(), "rules", d.rules(), "ruleSet", d.ruleSetVersion()));
    Map<String, Object> out = new LinkedHashMap<>(DecisionJson.of(d));
    if (d.action() == Decision.Action.REFER && d.brand() != null) {
      events.publishEvent(new Screening.Referred(id, listing.id(), listing.version(), m.id(), d.brand(), d.score()));
    }
    // a listing at its first version was never blocked (a block is a new version), so no block of it was lifted
    boolean lifted = d.action() == Decision.Action.BLOCK && listing.version() > 1
        && repository.liftedFor(listing.id(), contentHash(listing));
    if (lifted) {
      out.put("liftedOnAppeal", true);
    }
    Listing after = listing;
    if (d.action() == Decision.Action.BLOCK && !lifted && !listing.status().restrictedBySteward()) {
      Listing blocked = listings.changeStatus(listing, ListingStatus.BLOCKED, "system:screening");
      after = blocked;
      String puid = statements.screeningBlock(new Statements.ScreeningBlock(id, m, blocked, seller, d.brand(),
          d.rules(), d.score(), d.ruleSetVersion(), now));
      var data = new LinkedHashMap<String, Object>();
      data.put("marketplace", m.code());
      data.put("listingId", listing.externalId());
      data.put("sellerId", seller.externalId());
      data.put("screeningDecision", DecisionJson.of(d));
      data.put("statementOfReasons", puid);
      outbox.publish(m.id(), "listing.blocked", data);
      events.publishEvent(new Screening.Blocked(id, listing.id(), seller, m.id(), d.brand() == null ? "" : d.brand(),
          d.rules(), now));
      out.put("statementOfReasons", puid);
      for (var effect : d.effects()) {
        var e = effectEvent(m, seller, listing, puid);
        e.put("rules", d.rules());
        String type = switch (effect) {
          case LOWER_CREDIT -> "seller.credit_lowered";
          case SUSPEND_MARKETING -> "seller.marketing_suspended";
        };
        outbox.publish(m.id(), type, e);
        audit.record(actor, type, "seller", seller.id(), Map.of("listing", listing.externalId(), "rules", d.rules()));
      }
    } else if (sweep && d.action() != Decision.Action.BLOCK && listing.status() == ListingStatus.BLOCKED) {
      var block = repository.blockInForce(listing.id()).orElse(null);
      // The block is a version of its own: one more means nothing changed since. A complaint's
      // decision locks the listing before it writes, so the look at the complaints and that
      // decision do not cross.
      if (block != null && listing.version() == block.listingVersion() + 1
          && !repository.inPersonsHands(listing.id(), block.at())) {
        after = listings.changeStatus(listing, listings.statusBefore(listing.id(), block.listingVersion()),
            "system:screening");
        String puid = statements.screeningRestore(new Statements.ScreeningRestore(id, block.decisionId(), m, after,
            seller, d.ruleSetVersion(), now));
        outbox.publish(m.id(), "listing.unblocked", Map.of("marketplace", m.code(), "listingId", listing.externalId(),
            "status", after.status().name(), "statementOfReasons", puid, "restores", "sor-" + block.decisionId()));
        events.publishEvent(new Screening.BlockLifted(block.decisionId(),
            "screening no longer blocks the listing (rule set " + d.ruleSetVersion() + ")"));
        undoEffects(m, seller, after, block.decisionId(), puid);
        audit.record(actor, "listing.restored", "listing", listing.id(), Map.of("block", block.decisionId().toString(),
            "ruleSet", d.ruleSetVersion()));
        out.put("restored", true);
        out.put("statementOfReasons", puid);
      }
    }
    return new Screened(out, after);
  }

  /**
   * The block was wrong (or no longer holds), so what it did to the seller beyond the listing is undone too: for each
   * effect of the rules it fired, the marketplace hears the matching restoration, naming the block's
   * statement of reasons ({@code restores}). The penalty points it gave are overturned by the
   * penalties' own listener of {@link Screening.BlockLifted}.
   */
  void undoEffects(Marketplace m, Seller seller, Listing l, UUID decisionId,
      @org.jspecify.annotations.Nullable String liftPuid) {
    var fired = repository.fired(decisionId).orElseThrow();
    for (var effect : screening.effects(fired.ruleSetVersion(), fired.rules())) {
      var data = effectEvent(m, seller, l, liftPuid);
      data.put("restores", "sor-" + decisionId);
      String type = switch (effect) {
        case LOWER_CREDIT -> "seller.credit_restored";
        case SUSPEND_MARKETING -> "seller.marketing_restored";
      };
      outbox.publish(m.id(), type, data);
    }
  }

  /**
   * What an event about a screening effect on the seller says: the seller, the listing, the
   * statement ({@code puid}, if any) and its source, screening (the penalty ladder suspends
   * marketing too, as source penalty-ladder).
   */
  private static Map<String, Object> effectEvent(Marketplace m, Seller seller, Listing l,
      @org.jspecify.annotations.Nullable String puid) {
    var data = new LinkedHashMap<String, Object>();
    data.put("marketplace", m.code());
    data.put("sellerId", seller.externalId());
    data.put("listingId", l.externalId());
    data.put("source", "screening");
    if (puid != null) {
      data.put("statementOfReasons", puid);
    }
    return data;
  }
}
