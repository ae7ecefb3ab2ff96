package com.steward.linkage;

import com.steward.audit.AuditLog;
import com.steward.core.linkage.Attribute;
import com.steward.core.linkage.EncodedRecord;
import com.steward.core.linkage.Link;
import com.steward.core.linkage.PairComparison;
import com.steward.core.linkage.PersonRecord;
import com.steward.core.linkage.RecordCodec;
import com.steward.core.linkage.RecordEncoder;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.outbox.Outbox;
import com.steward.platform.secrets.Secrets;
import com.steward.platform.security.Actor;
import com.steward.sellers.Seller;
import com.steward.sellers.SellerEvents;
import com.steward.sellers.SellerLinkage;
import com.steward.sellers.Sellers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links each seller, as its identifiers become known, to the accounts of its marketplace before it:
 * the identifiers are encoded under the linkage key (keyed hashes, keyed Bloom filters), candidates
 * are the accounts sharing a blocking key, each is scored, and the clusters of every linked account
 * merge into one. A registration that links to a banned cluster on a strong identifier (document,
 * payment account, phone, e-mail, device) is refused and banned with the cluster; one that links to
 * it on names, birth date and address alone is held for an analyst's review. Clusters never span
 * marketplaces: each marketplace's sellers are its own.
 */
@Service
public class Linkage implements SellerLinkage {

  static final int MAX_CANDIDATES = 2000;

  private final JdbcLinkageRepository repository;
  private final Sellers sellers;
  private final Marketplaces marketplaces;
  private final Bans bans;
  private final AuditLog audit;
  private final Outbox outbox;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PairComparison comparison = new PairComparison();
  private final ThreadLocal<RecordEncoder> encoders;

  Linkage(JdbcLinkageRepository repository, Sellers sellers, Marketplaces marketplaces, Bans bans, AuditLog audit,
      Outbox outbox, ApplicationEventPublisher events, Clock clock, Secrets secrets) {
    this.repository = repository;
    this.sellers = sellers;
    this.marketplaces = marketplaces;
    this.bans = bans;
    this.audit = audit;
    this.outbox = outbox;
    this.events = events;
    this.clock = clock;
    byte[] key = secrets.linkageKey();
    this.encoders = ThreadLocal.withInitial(() -> new RecordEncoder(key));
  }

  /** The outcome of linking one registration. */
  enum Decision { ACCEPTED, REVIEW, REFUSED }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<String, Object> link(Actor actor, Marketplace m, Seller seller, Map<String, String> identifiers,
      String source) {
    EncodedRecord record = encode(seller.id(), identifiers);
    Instant now = clock.instant();
    repository.lockMarketplace(m.id());
    var previous = repository.identity(seller.id());
    repository.deleteLinksOf(seller.id());
    List<Link> links = new ArrayList<>();
    Map<UUID, UUID> clusterOf = new LinkedHashMap<>();
    for (var candidate : repository.candidates(m.id(), record.blockingKeys(), seller.id(), MAX_CANDIDATES)) {
      comparison.compare(RecordCodec.fromBytes(candidate.sellerId().toString(), candidate.encoding()), record)
          .ifPresent(l -> {
            links.add(l);
            clusterOf.put(candidate.sellerId(), candidate.clusterId());
          });
    }
    links.sort((a, b) -> Double.compare(b.score(), a.score()));
    Set<UUID> involved = new LinkedHashSet<>(clusterOf.values());
    previous.ifPresent(p -> involved.add(p.clusterId()));
    List<JdbcLinkageRepository.ClusterRow> rows = repository.clusters(involved);
    var banned = rows.stream().filter(JdbcLinkageRepository.ClusterRow::banned).findFirst();
    UUID target;
    if (banned.isPresent()) {
      target = banned.get().id();
    } else if (!rows.isEmpty()) {
      target = rows.getFirst().id();
    } else {
      target = UUID.randomUUID();
      repository.insertCluster(target, m.id(), now);
    }
    List<UUID> others = rows.stream().map(JdbcLinkageRepository.ClusterRow::id).filter(id -> !id.equals(target))
        .filter(id -> rows.stream().noneMatch(r -> r.id().equals(id) && r.banned())).toList();
    List<UUID> pulledIntoBan = banned.isPresent() ? others.stream().flatMap(c -> repository.members(c).stream())
        .filter(s -> !s.equals(seller.id())).toList() : List.of();
    repository.moveMembers(others, target);
    repository.saveIdentity(seller.id(), m.id(), target, RecordCodec.toBytes(record), record.blockingKeys(), source, now);
    for (Link l : links) {
      repository.insertLink(UUID.fromString(l.from()), seller.id(), l.score(), PairComparison.strong(l), l.evidence(),
          "REGISTRATION", now);
    }
    repository.dropEmptyClusters(others);
    for (UUID s : pulledIntoBan) {
      events.publishEvent(new SellerEvents.ReverificationTriggered(s, "linked to banned cluster " + target));
    }

    Map<UUID, Seller> linked = sellers.byIds(links.stream().map(l -> UUID.fromString(l.from())).toList());
    Decision decision = Decision.ACCEPTED;
    List<String> reasons = new ArrayList<>();
    if (banned.isPresent()) {
      Set<UUID> bannedMembers = new LinkedHashSet<>(repository.members(target));
      List<Link> toBanned = links.stream().filter(l -> {
        Seller other = linked.get(UUID.fromString(l.from()));
        return bannedMembers.contains(other.id()) && "BANNED".equals(other.status());
      }).toList();
      for (Link l : toBanned) {
        reasons.add("shares " + String.join(", ", l.evidence()) + " with banned seller "
            + linked.get(UUID.fromString(l.from())).externalId());
      }
      if (toBanned.isEmpty()) {
        reasons.add("joins banned cluster " + target + " through accounts linked to it");
      }
      decision = toBanned.stream().anyMatch(PairComparison::strong) ? Decision.REFUSED : Decision.REVIEW;
    }
    switch (decision) {
      case REFUSED -> bans.refuseRegistration(actor, m, sellers.byId(seller.id()).orElseThrow(), target, reasons);
      case REVIEW -> {
        sellers.setStatus(seller.id(), "UNDER_REVIEW");
        repository.insertReview(UUID.randomUUID(), m.id(), seller.id(), target, now);
        outbox.publish(m.id(), "seller.linkage_review", Map.of("marketplace", m.code(), "sellerId", seller.externalId(),
            "cluster", target.toString(), "reasons", reasons));
      }
      case ACCEPTED -> { }
    }
    audit.record(actor, "seller.linked", "seller", seller.id(), Map.of("cluster", target.toString(),
        "links", links.size(), "decision", decision.name(), "source", source));
    var out = new LinkedHashMap<String, Object>();
    out.put("cluster", target);
    out.put("clusterSize", repository.members(target).size());
    out.put("decision", decision.name());
    out.put("reasons", reasons);
    out.put("links", links.stream().map(l -> view(l, linked.get(UUID.fromString(l.from())))).toList());
    return out;
  }

  /** Identifiers from verification (trader information): linked like a registration. */
  @EventListener
  void onIdentityGiven(SellerEvents.IdentityGiven e) {
    Seller seller = sellers.byId(e.sellerId()).orElseThrow();
    Marketplace m = marketplaces.byId(seller.marketplaceId()).orElseThrow();
    link(Actor.system("linkage"), m, seller, e.identifiers(), e.source());
  }

  EncodedRecord encode(UUID sellerId, Map<String, String> identifiers) {
    Map<Attribute, String> values = new EnumMap<>(Attribute.class);
    identifiers.forEach((label, value) -> Attribute.forColumn(label).ifPresent(a -> values.put(a, value)));
    return encoders.get().encode(new PersonRecord(sellerId.toString(), values));
  }

  private static Map<String, Object> view(Link l, Seller other) {
    var out = new LinkedHashMap<String, Object>();
    out.put("sellerId", other.externalId());
    out.put("score", Math.round(l.score() * 100) / 100.0);
    out.put("strong", PairComparison.strong(l));
    out.put("evidence", l.evidence());
    return out;
  }
}
