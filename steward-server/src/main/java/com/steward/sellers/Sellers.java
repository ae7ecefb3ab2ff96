package com.steward.sellers;

import com.steward.audit.AuditLog;
import com.steward.marketplaces.Marketplace;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sellers and their stores, as the marketplace reports them. Later issues grow verification here. */
@Service
public class Sellers {

  private final JdbcSellerRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  /** Looked up once, at first use (a bean factory lookup costs more than a query). */
  private final org.springframework.util.function.SingletonSupplier<SellerLinkage> linkage;

  Sellers(JdbcSellerRepository repository, AuditLog audit, Clock clock,
      org.springframework.beans.factory.ObjectProvider<SellerLinkage> linkage) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
    this.linkage = org.springframework.util.function.SingletonSupplier.of(linkage::getIfAvailable);
  }

  public record StoreInput(@Nullable String id, @Nullable String name) {}

  /** The seller as saved, its stores, whether it is new, and the linkage outcome when identifiers were given. */
  public record Upserted(Seller seller, List<Store> stores, boolean created, @Nullable Map<String, Object> linkage) {}

  @Transactional
  public Upserted upsert(Actor actor, Marketplace m, String externalId, @Nullable String displayName,
      @Nullable String accountType, @Nullable String country, @Nullable List<StoreInput> stores) {
    return upsert(actor, m, externalId, displayName, accountType, country, stores, null);
  }

  /**
   * Registers or updates a seller; with {@code identity}, its identifiers are linked to the
   * accounts before it in the same transaction, and a registration that links to a banned
   * cluster is refused or held for review (the outcome says which and why).
   */
  @Transactional
  public Upserted upsert(Actor actor, Marketplace m, String externalId, @Nullable String displayName,
      @Nullable String accountType, @Nullable String country, @Nullable List<StoreInput> stores,
      @Nullable Identity identity) {
    var c = new Check();
    c.id("id", externalId);
    String name = c.text("displayName", displayName, 200);
    String type = accountType == null ? "PRIVATE" : accountType;
    if (!List.of("BUSINESS", "PRIVATE").contains(type)) {
      c.add("accountType", "one of BUSINESS, PRIVATE");
    }
    String cc = c.country("country", country);
    List<StoreInput> storeList = stores == null ? List.of() : stores;
    if (storeList.size() > 100) {
      c.add("stores", "at most 100 stores");
    }
    for (int i = 0; i < storeList.size() && i < 100; i++) {
      c.id("stores[" + i + "].id", storeList.get(i).id());
      c.text("stores[" + i + "].name", storeList.get(i).name(), 200);
    }
    Map<String, String> identifiers = identity == null ? Map.of()
        : identity.identifiers(c, clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate());
    c.done();
    var now = clock.instant();
    Optional<Seller> existing = repository.find(m.id(), externalId);
    if (existing.isPresent() && "BANNED".equals(existing.get().status())) {
      throw new com.steward.platform.errors.ConflictException("id", "seller " + externalId + " is banned");
    }
    Seller seller =
        existing.isPresent()
            ? repository.update(existing.get().id(), name, type, cc, now)
            : repository.insert(UUID.randomUUID(), m.id(), externalId, name, type, cc, now);
    for (StoreInput s : storeList) {
      repository.upsertStore(m.id(), seller.id(), s.id(), s.name().strip(), now);
    }
    audit.record(actor, existing.isPresent() ? "seller.updated" : "seller.created", "seller", seller.id(),
        Map.of("marketplace", m.code(), "externalId", externalId, "stores", storeList.size()));
    Map<String, Object> linked = null;
    SellerLinkage l = linkage.get();
    if (!identifiers.isEmpty() && l != null) {
      linked = l.link(actor, m, seller, identifiers, "registration");
      seller = repository.findById(seller.id()).orElseThrow();
    }
    return new Upserted(seller, repository.stores(seller.id()), existing.isEmpty(), linked);
  }

  /** Sets a seller's status (ACTIVE, UNDER_REVIEW, SUSPENDED, BANNED), inside the caller's transaction. */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public void setStatus(UUID sellerId, String status) {
    if (!List.of("ACTIVE", "UNDER_REVIEW", "SUSPENDED", "BANNED").contains(status)) {
      throw new IllegalArgumentException("seller status " + status);
    }
    repository.setStatus(sellerId, status, clock.instant());
  }

  /** The seller by its marketplace id, in a marketplace the caller may act on. */
  public Seller get(Marketplace m, String externalId) {
    return repository.find(m.id(), externalId).orElseThrow(() -> new NotFoundException("seller", externalId));
  }

  public Optional<Seller> byId(UUID id) {
    return repository.findById(id);
  }

  public Map<UUID, Seller> byIds(java.util.Collection<UUID> ids) {
    var out = new java.util.HashMap<UUID, Seller>();
    repository.findByIds(ids).forEach(s -> out.put(s.id(), s));
    return out;
  }

  public Optional<Store> store(UUID storeId) {
    return repository.storeById(storeId);
  }

  public Map<UUID, Store> storesByIds(java.util.Collection<UUID> ids) {
    var out = new java.util.HashMap<UUID, Store>();
    repository.storesByIds(ids).forEach(s -> out.put(s.id(), s));
    return out;
  }

  public List<Store> stores(UUID sellerId) {
    return repository.stores(sellerId);
  }

  /** A seller and its store as a listing names them. */
  public record Placement(Seller seller, Store store) {}

  /**
   * The seller {@code sellerExternalId} and its store {@code storeExternalId} (created on the fly
   * if the marketplace names a new one), found in one query when both exist.
   */
  public Placement placement(Marketplace m, String sellerExternalId, String storeExternalId, @Nullable String storeName) {
    var found = repository.findWithStore(m.id(), sellerExternalId, storeExternalId)
        .orElseThrow(() -> new NotFoundException("seller", sellerExternalId));
    Seller seller = found.seller();
    Store store = found.store();
    if (store == null) {
      return new Placement(seller, repository.upsertStore(m.id(), seller.id(), storeExternalId,
          storeName == null ? storeExternalId : storeName, clock.instant()));
    }
    if (!store.sellerId().equals(seller.id())) {
      throw new com.steward.platform.errors.ConflictException("storeId",
          "store " + storeExternalId + " belongs to another seller");
    }
    return new Placement(seller, store);
  }
}
