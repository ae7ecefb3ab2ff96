package com.steward.listings;

import com.steward.audit.AuditLog;
import com.steward.marketplaces.Marketplace;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.sellers.Seller;
import com.steward.sellers.Sellers;
import com.steward.sellers.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/** The catalogue: listings pushed by marketplaces, each change kept as a version. */
@Service
public class Listings {

  private final JdbcListingRepository repository;
  private final Sellers sellers;
  private final AuditLog audit;
  private final Clock clock;
  /** Beans looked up once, at first use: a bean factory lookup on every upsert costs more than a query. */
  private final SingletonSupplier<ListingScreen> screen;
  private final SingletonSupplier<com.steward.sellers.SellerLimits> limits;
  private final org.springframework.context.ApplicationEventPublisher events;

  Listings(JdbcListingRepository repository, Sellers sellers, AuditLog audit, Clock clock,
      org.springframework.beans.factory.ObjectProvider<ListingScreen> screen,
      org.springframework.beans.factory.ObjectProvider<com.steward.sellers.SellerLimits> limits,
      org.springframework.context.ApplicationEventPublisher events) {
    this.limits = SingletonSupplier.of(limits::getIfAvailable);
    this.events = events;
    this.repository = repository;
    this.sellers = sellers;
    this.audit = audit;
    this.clock = clock;
    this.screen = SingletonSupplier.of(screen::getIfAvailable);
  }

  /** Published inside the transaction that created a listing. */
  public record ListingCreated(UUID listingId, UUID sellerId, @Nullable String category, java.time.Instant at) {}

  /** What a marketplace sends for one listing. */
  public record ListingInput(
      @Nullable String sellerId,
      @Nullable String storeId,
      @Nullable String storeName,
      @Nullable String title,
      @Nullable String description,
      @Nullable String brand,
      @Nullable String category,
      @Nullable BigDecimal price,
      @Nullable String currency,
      @Nullable List<String> imageUrls,
      @Nullable String shipFromCountry,
      @Nullable String shipFromRegion,
      @Nullable ListingStatus status) {}

  /** The listing as saved (after screening), whether it is new, and the screening decision if it was screened. */
  public static final int MAX_BATCH = 10_000;

  /**
   * One listing of a batch, by the marketplace's id; {@code unreadable} holds what kept an item from
   * being read as a listing at all (a field of the wrong type), reported as it is.
   */
  public record BatchInput(@Nullable String id, @Nullable ListingInput listing,
      List<com.steward.platform.errors.StewardException.FieldProblem> unreadable) {

    public BatchInput(@Nullable String id, @Nullable ListingInput listing) {
      this(id, listing, List.of());
    }
  }

  /** What became of one item of a batch: saved, or refused with its field problems. */
  public record BatchResult(int index, @Nullable String id, @Nullable Upserted upserted,
      List<com.steward.platform.errors.StewardException.FieldProblem> errors) {}

  /** Upserts every good item in one transaction; a bad item is reported and the others are kept. */
  @Transactional
  public List<BatchResult> upsertBatch(Actor actor, Marketplace m, List<BatchInput> items) {
    List<BatchResult> out = new ArrayList<>(items.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      BatchInput item = items.get(i);
      String prefix = "[" + i + "].";
      if (!item.unreadable().isEmpty()) {
        out.add(new BatchResult(i, item.id(), null, item.unreadable()));
        continue;
      }
      if (item.listing() == null || item.id() == null) {
        out.add(new BatchResult(i, item.id(), null, List.of(new com.steward.platform.errors.StewardException
            .FieldProblem(prefix + (item.id() == null ? "id" : "listing"), "required"))));
        continue;
      }
      if (!seen.add(item.id())) {
        out.add(new BatchResult(i, item.id(), null, List.of(new com.steward.platform.errors.StewardException
            .FieldProblem(prefix + "id", "listing " + item.id() + " appears twice in this batch"))));
        continue;
      }
      try {
        out.add(new BatchResult(i, item.id(), upsert(actor, m, item.id(), item.listing()), List.of()));
      } catch (com.steward.platform.errors.StewardException e) {
        out.add(new BatchResult(i, item.id(), null, e.problems().isEmpty()
            ? List.of(new com.steward.platform.errors.StewardException.FieldProblem(prefix + "listing", e.getMessage()))
            : e.problems().stream().map(p -> new com.steward.platform.errors.StewardException.FieldProblem(
                prefix + p.field(), p.message())).toList()));
      }
    }
    return out;
  }

  public record Upserted(Listing listing, boolean created, @Nullable Map<String, Object> screening) {}

  @Transactional
  public Upserted upsert(Actor actor, Marketplace m, String externalId, ListingInput in) {
    var c = new Check();
    c.id("id", externalId);
    String sellerExt = c.id("sellerId", in.sellerId());
    String storeExt = c.id("storeId", in.storeId());
    String title = c.text("title", in.title(), 1000);
    // a blank description is no description (it was null and then a 409 from the NOT NULL column)
    String description = java.util.Objects.requireNonNullElse(
        c.optionalText("description", in.description(), 50_000), "");
    String storeName = c.optionalText("storeName", in.storeName(), 200);
    String brand = c.optionalText("brand", in.brand(), 200);
    String category = c.optionalText("category", in.category(), 200);
    if (in.price() != null && (in.price().signum() < 0 || in.price().compareTo(new BigDecimal("1e12")) >= 0)) {
      c.add("price", "between 0 and 10^12");
    }
    if (in.price() != null && in.price().scale() > 2) {
      c.add("price", "at most 2 decimals");
    }
    String currency = in.currency();
    if (currency != null) {
      try {
        Currency.getInstance(currency);
      } catch (IllegalArgumentException e) {
        c.add("currency", "an ISO 4217 code such as EUR");
      }
    } else if (in.price() != null) {
      c.add("currency", "required with a price");
    }
    List<String> images = new ArrayList<>();
    List<String> given = in.imageUrls() == null ? List.of() : in.imageUrls();
    if (given.size() > 20) {
      c.add("imageUrls", "at most 20");
    } else {
      for (int i = 0; i < given.size(); i++) {
        String u = c.url("imageUrls[" + i + "]", given.get(i));
        if (u != null) {
          images.add(u);
        }
      }
    }
    String country = c.country("shipFromCountry", in.shipFromCountry());
    String region = c.optionalText("shipFromRegion", in.shipFromRegion(), 200);
    if (in.status() != null && in.status().restrictedBySteward()) {
      c.add("status", "a marketplace may set ACTIVE or INACTIVE");
    }
    c.done();
    Sellers.Placement placement;
    try {
      placement = sellers.placement(m, sellerExt, storeExt, storeName);
    } catch (NotFoundException e) {
      throw new InvalidRequestException("sellerId", "no seller " + sellerExt + " on marketplace " + m.code());
    }
    Seller seller = placement.seller();
    Store store = placement.store();
    if (!"ACTIVE".equals(seller.status())) {
      throw new com.steward.platform.errors.ConflictException("sellerId", switch (seller.status()) {
        case "BANNED" -> "seller " + sellerExt + " is banned and may not list";
        case "SUSPENDED" -> "seller " + sellerExt + " is suspended under the penalty ladder and may not list for now";
        default -> "seller " + sellerExt + " is held for an identity review; its listings wait for the decision";
      });
    }
    // a price as PostgreSQL keeps it (two decimals), so the listing answered is the listing stored
    var now = now();
    BigDecimal price = in.price() == null ? null : in.price().setScale(2);
    ListingStatus wanted = in.status() == null ? ListingStatus.ACTIVE : in.status();
    var limiter = wanted == ListingStatus.ACTIVE ? limits.get() : null;
    var limit = limiter == null ? java.util.OptionalInt.empty() : limiter.listingLimit(seller.id());
    if (limit.isPresent()) {
      // a seller under a limit makes listings live one upsert at a time, so that puts sent at once
      // cannot each find room for one more. Its turn is taken before the listing's row: a batch
      // holds both until it commits, and in the other order a put holding a row could wait for a
      // batch that waits for that row
      repository.lockLiveCount(seller.id());
    }
    // locked, so that upserts of one listing run one after another, each on the version the last wrote
    Optional<Listing> existing = repository.lock(m.id(), externalId);
    Listing next = null;
    if (limit.isPresent() && makesLive(existing, seller, wanted)
        && repository.countLive(seller.id()) >= limit.getAsInt()) {
      throw new com.steward.platform.errors.ConflictException(existing.isEmpty() ? "sellerId" : "status",
          "seller " + sellerExt + " may have at most " + limit.getAsInt()
          + " live listings while a listing limit of the penalty ladder is in force");
    }
    if (existing.isEmpty()) {
      Listing fresh = new Listing(UUID.randomUUID(), m.id(), externalId, seller.id(), store.id(), title, description,
          brand, category, price, currency, images, country, region, wanted, 1, now, now);
      if (repository.insertIfAbsent(fresh, actor.label())) {
        next = fresh;
        events.publishEvent(new ListingCreated(next.id(), seller.id(), category, now));
      } else {
        // a concurrent upsert of the same listing stored it first: this one is its next change
        existing = Optional.of(repository.lock(m.id(), externalId).orElseThrow(() ->
            new org.springframework.dao.ConcurrencyFailureException("listing " + externalId + " vanished under an upsert")));
      }
    }
    boolean created = next != null;
    if (!created) {
      Listing old = existing.orElseThrow();
      if (!old.sellerId().equals(seller.id())) {
        throw new com.steward.platform.errors.ConflictException("sellerId", "listing belongs to another seller");
      }
      ListingStatus status = old.status().restrictedBySteward() ? old.status() : wanted;
      next = new Listing(old.id(), m.id(), externalId, seller.id(), store.id(), title, description, brand, category,
          price, currency, images, country, region, status, old.version() + 1, old.createdAt(), now);
      if (sameContent(old, next)) {
        return new Upserted(old, false, null);
      }
      repository.update(next, actor.label());
    }
    audit.record(actor, created ? "listing.created" : "listing.updated", "listing", next.id(),
        Map.of("marketplace", m.code(), "externalId", externalId, "version", next.version()));
    ListingScreen s = screen.get();
    ListingScreen.Screened screened = s == null ? null : s.screen(actor, m, seller, next);
    return screened == null ? new Upserted(next, created, null)
        : new Upserted(screened.listing(), created, screened.decision());
  }

  /** Steward's own status change (takedown, restore): a new version, inside the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Listing changeStatus(UUID listingId, ListingStatus status, String by) {
    return changeStatus(repository.lockById(listingId).orElseThrow(() -> new NotFoundException("listing", listingId)),
        status, by);
  }

  /**
   * {@link #changeStatus(UUID, ListingStatus, String)} of a listing whose row the caller holds: it
   * wrote or locked {@code old} in its transaction, so {@code old} is current.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Listing changeStatus(Listing old, ListingStatus status, String by) {
    if (old.status() == status) {
      return old;
    }
    Listing next = new Listing(old.id(), old.marketplaceId(), old.externalId(), old.sellerId(), old.storeId(),
        old.title(), old.description(), old.brand(), old.category(), old.price(), old.currency(), old.imageUrls(),
        old.shipFromCountry(), old.shipFromRegion(), status, old.version() + 1, old.createdAt(), now());
    repository.update(next, by);
    return next;
  }

  /**
   * Takes every live (active or inactive) listing of a seller out of sight with {@code to} (a
   * ban), inside the caller's transaction; returns the ids it changed.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<UUID> restrictAllOfSeller(UUID sellerId, ListingStatus to, String by) {
    List<UUID> changed = new ArrayList<>();
    for (UUID id : repository.idsOfSeller(sellerId, List.of("ACTIVE", "INACTIVE"))) {
      if (changeStatus(id, to, by).status() == to) {
        changed.add(id);
      }
    }
    return changed;
  }

  /** The time of a change, to the microsecond as PostgreSQL keeps it, so a listing in hand equals the one stored. */
  private java.time.Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  /** Brings back listings a lifted restriction took out of sight, those still in status {@code from}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public int restore(List<UUID> listingIds, ListingStatus from, String by) {
    int n = 0;
    for (UUID id : listingIds) {
      Listing l = repository.lockById(id).orElse(null);
      if (l != null && l.status() == from) {
        changeStatus(id, ListingStatus.ACTIVE, by);
        n++;
      }
    }
    return n;
  }

  public Listing get(Marketplace m, String externalId) {
    return repository.find(m.id(), externalId).orElseThrow(() -> new NotFoundException("listing", externalId));
  }

  public Optional<Listing> find(UUID marketplaceId, String externalId) {
    return repository.find(marketplaceId, externalId);
  }

  /** The listing, locked for the caller's transaction: screen it and act on it without a concurrent change. */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public Optional<Listing> lockById(UUID id) {
    return repository.lockById(id);
  }

  /** {@link #lockById} of many listings in one query, locked in the order of their ids; missing ones left out. */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public List<Listing> lockByIds(java.util.Collection<UUID> ids) {
    return repository.lockByIds(ids);
  }

  public Optional<Listing> byId(UUID id) {
    return repository.findById(id);
  }

  public Map<UUID, Listing> byIds(java.util.Collection<UUID> ids) {
    var out = new java.util.HashMap<UUID, Listing>();
    repository.findByIds(ids).forEach(l -> out.put(l.id(), l));
    return out;
  }

  /**
   * The status a restriction took the listing from: its status at {@code version}, the version the
   * restriction decided on, if the marketplace had set it (ACTIVE or INACTIVE); ACTIVE otherwise.
   * A listing the marketplace had made INACTIVE comes back INACTIVE when the restriction ends.
   */
  public ListingStatus statusBefore(UUID listingId, int version) {
    return repository.statusAt(listingId, version).filter(s -> !s.restrictedBySteward()).orElse(ListingStatus.ACTIVE);
  }

  public List<Map<String, Object>> versions(UUID listingId) {
    return repository.versions(listingId);
  }

  /**
   * Whether the upsert adds a live listing to its seller's count: a new listing put ACTIVE, or an
   * INACTIVE one put ACTIVE again (a listing Steward restricted keeps its status whatever is put).
   */
  private static boolean makesLive(Optional<Listing> existing, Seller seller, ListingStatus wanted) {
    // another seller's listing is refused as such below, whatever this seller's count
    return wanted == ListingStatus.ACTIVE && existing.map(l -> l.status() == ListingStatus.INACTIVE
        && l.sellerId().equals(seller.id())).orElse(true);
  }

  private static boolean sameContent(Listing a, Listing b) {
    return a.title().equals(b.title()) && a.description().equals(b.description())
        && java.util.Objects.equals(a.brand(), b.brand()) && java.util.Objects.equals(a.category(), b.category())
        && (a.price() == null ? b.price() == null : b.price() != null && a.price().compareTo(b.price()) == 0)
        && java.util.Objects.equals(a.currency(), b.currency()) && a.imageUrls().equals(b.imageUrls())
        && java.util.Objects.equals(a.shipFromCountry(), b.shipFromCountry())
        && java.util.Objects.equals(a.shipFromRegion(), b.shipFromRegion()) && a.status() == b.status()
        && a.storeId().equals(b.storeId());
  }
}
