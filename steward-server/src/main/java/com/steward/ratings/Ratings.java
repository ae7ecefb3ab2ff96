package com.steward.ratings;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.steward.core.penalties.Restriction;
import com.steward.core.penalties.Standing;
import com.steward.core.rating.Rating;
import com.steward.core.rating.RatingInputs;
import com.steward.core.rating.SellerRating;
import com.steward.core.rating.VerificationLevel;
import com.steward.linkage.Clusters;
import com.steward.penalties.Penalties;
import com.steward.sellers.Seller;
import com.steward.sellers.SellerEvents;
import com.steward.sellers.SellerRisk;
import com.steward.sellers.SellerVerification;
import com.steward.sellers.Sellers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seller ratings: computed from what Steward knows (verification, penalties, upheld notices,
 * blocks, linkage) and what the marketplace reports (orders, refunds), stored each time an event
 * moves them (so their history can be shown), and offered to screening as the seller's risk. A
 * change of penalties rates its sellers again off the request path ({@link RatingQueue}).
 */
@Service
public class Ratings implements SellerRisk {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Ratings.class);

  private final JdbcRatingRepository repository;
  private final Penalties penalties;
  private final Clusters clusters;
  private final Sellers sellers;
  private final com.steward.marketplaces.Marketplaces marketplaces;
  /** Looked up once, at first use (a bean factory lookup costs more than a query). */
  private final SingletonSupplier<SellerVerification> verification;
  private final JsonMapper json;
  private final Clock clock;
  private final SellerRating engine = SellerRating.standard();
  private final org.springframework.transaction.support.TransactionTemplate tx;
  private final Cache<UUID, Optional<Risk>> risks =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofSeconds(30)).build();

  Ratings(JdbcRatingRepository repository, Penalties penalties, Clusters clusters, Sellers sellers,
      com.steward.marketplaces.Marketplaces marketplaces, ObjectProvider<SellerVerification> verification,
      JsonMapper json, Clock clock, org.springframework.transaction.support.TransactionTemplate tx) {
    this.tx = tx;
    this.marketplaces = marketplaces;
    this.repository = repository;
    this.penalties = penalties;
    this.clusters = clusters;
    this.sellers = sellers;
    this.verification = SingletonSupplier.of(verification::getIfAvailable);
    this.json = json;
    this.clock = clock;
  }

  /** The seller's rating as of now, with every component's contribution. */
  public Rating current(Seller seller) {
    return engine.rate(inputs(seller));
  }

  /**
   * Computes and stores the rating (when it moved since the last one), for the history. One rating
   * of a seller at a time: the caller's transaction holds the seller's lock until it ends, so a
   * rating computed from older facts is never stored after a newer one.
   */
  public Rating rate(Seller seller, String cause) {
    repository.lockSeller(seller.id());
    return rateLocked(seller, cause);
  }

  private Rating rateLocked(Seller seller, String cause) {
    Rating r = engine.rate(inputs(seller));
    var last = repository.history(seller.id(), 1);
    if (last.isEmpty() || Math.abs(last.getFirst().score() - r.score()) >= 0.05
        || Math.abs(last.getFirst().sellerRisk() - r.sellerRisk()) >= 0.005) {
      repository.insert(seller.id(), r.score(), r.band().name(), r.sellerRisk(), json.writeValueAsString(
          r.components().stream().map(Ratings::component).toList()), cause, clock.instant());
    }
    forget(seller.id());
    return r;
  }

  /**
   * Rates these sellers in the caller's transaction, each once with the last cause given for it,
   * in the order of their ids: two transactions that rate some of the same sellers take their locks
   * in one order, so neither waits for the other in a cycle.
   */
  void rateInOrder(List<Map.Entry<UUID, String>> causes) {
    var inOrder = new java.util.TreeMap<UUID, String>();
    causes.forEach(c -> inOrder.put(c.getKey(), c.getValue()));
    inOrder.forEach((id, cause) -> sellers.byId(id).ifPresent(s -> rate(s, cause)));
  }

  /**
   * Rates the sellers of these markings and removes the markings, in the caller's transaction;
   * how many it rated. With {@code wait}, it waits for a seller another transaction is rating;
   * without, it leaves that seller due.
   */
  int rateDue(List<JdbcRatingRepository.Due> due, boolean wait) {
    List<JdbcRatingRepository.Due> rated = new java.util.ArrayList<>(due.size());
    for (var d : due) {
      var seller = sellers.byId(d.seller());
      if (seller.isPresent()) {
        if (wait) {
          repository.lockSeller(d.seller());
        } else if (!repository.tryLockSeller(d.seller())) {
          continue; // another transaction is rating it: it stays due
        }
        rateLocked(seller.get(), d.cause());
      }
      rated.add(d);
    }
    repository.rated(rated);
    return rated.size();
  }

  /**
   * Rates, in the caller's transaction, every seller due that it can see, its own markings
   * included (for a transaction that plays events on several days of a moved clock, such as the
   * demo's month).
   */
  public void rateDueInThisTransaction() {
    while (rateDue(repository.due(100), true) == 100) {
      // the next hundred
    }
  }

  /**
   * Rates the seller now if an event left it due ({@link RatingQueue}), so that a reader of its
   * history never sees it before the rating the event called for. A failure leaves it due for the
   * queue and the reader gets the history as stored.
   */
  private void settle(Seller seller) {
    try {
      repository.due(seller.id()).ifPresent(due -> tx.executeWithoutResult(s -> rateDue(List.of(due), true)));
    } catch (RuntimeException e) {
      log.warn("rating seller {} on read failed; it stays due", seller.id(), e);
    }
  }

  /**
   * Drops the seller's cached risk now and again when the transaction ends: a screening on another
   * thread that reads the rating before this one commits would cache the old rating, for screening
   * to use for the cache's half minute.
   */
  private void forget(UUID sellerId) {
    com.steward.platform.db.TransactionEnds.evictNowAndAtTheEnd(() -> risks.invalidate(sellerId));
  }

  List<JdbcRatingRepository.Stored> history(Seller seller, int limit) {
    settle(seller);
    return repository.history(seller.id(), limit);
  }

  /** A stored rating: what it was, and what moved it. */
  public record Rated(double score, String band, double sellerRisk, String cause, Instant ratedAt) {}

  /** The seller's stored ratings, newest first. */
  public List<Rated> recorded(Seller seller, int limit) {
    settle(seller);
    return repository.history(seller.id(), limit).stream()
        .map(h -> new Rated(h.score(), h.band(), h.sellerRisk(), h.cause(), h.ratedAt())).toList();
  }

  void reportMetrics(Seller seller, JdbcRatingRepository.Metrics metrics) {
    repository.saveMetrics(seller.id(), metrics, clock.instant());
    rate(seller, "the marketplace reported orders and refunds");
  }

  @Override
  public Optional<Risk> of(UUID sellerId) {
    return risks.get(sellerId, id -> repository.history(id, 1).stream().findFirst()
        .map(s -> new Risk(s.score() / 100.0, s.sellerRisk())));
  }

  /**
   * Those in the cache from it, the others read in one query (a backtest screens hundreds of
   * sellers' listings at a time) and not cached: a rating stored while that query runs evicts its
   * seller, and caching what the query read before it would bring the old rating back.
   */
  @Override
  public Map<UUID, Risk> of(java.util.Collection<UUID> sellerIds) {
    var out = new java.util.HashMap<UUID, Risk>();
    var cached = risks.getAllPresent(sellerIds);
    cached.forEach((id, risk) -> risk.ifPresent(r -> out.put(id, r)));
    var missing = sellerIds.stream().filter(id -> !cached.containsKey(id)).distinct().toList();
    if (!missing.isEmpty()) {
      repository.latest(missing).forEach((id, r) -> out.put(id, new Risk(r.score() / 100.0, r.sellerRisk())));
    }
    return out;
  }

  @EventListener
  void onBanned(SellerEvents.SellerBanned e) {
    clusters.accountsOf(e.sellerId()).forEach(id -> sellers.byId(id).ifPresent(s -> rate(s,
        id.equals(e.sellerId()) ? "banned" : "an account of the cluster was banned")));
  }

  private RatingInputs inputs(Seller seller) {
    Instant now = clock.instant();
    Instant yearAgo = now.minus(Duration.ofDays(365));
    var cluster = clusters.membershipOf(seller.id());
    Standing standing = penalties.standing(seller, cluster.accounts());
    var counts = penalties.counts(seller.id(), yearAgo);
    var facts = repository.facts(seller.id(), yearAgo);
    var metrics = facts.metrics();
    int tenure = (int) Math.max(0, Duration.between(facts.createdAt(), now).toDays());
    SellerVerification v = verification.get();
    return new RatingInputs(v == null ? VerificationLevel.NONE : VerificationLevel.valueOf(v.levelOf(seller.id())),
        new RatingInputs.Credibility(tenure, metrics.orders(), metrics.refundRate(), metrics.fakeRefundRate()),
        new RatingInputs.Compliance(facts.liveListings(),
            counts.getOrDefault(com.steward.core.penalties.ViolationType.UPHELD_NOTICE, 0),
            counts.getOrDefault(com.steward.core.penalties.ViolationType.SCREENING_BLOCK, 0)),
        new RatingInputs.PenaltyRecord(standing.points(), standing.inForce().stream()
            .anyMatch(r -> r.restriction() != Restriction.WARNING)),
        new RatingInputs.PositiveSignals(repository.authorisedBrands(seller.id(),
            marketplaces.byId(seller.marketplaceId()).orElseThrow().code(), seller.externalId()), 0),
        new RatingInputs.Cooperation(0, 0, facts.validCounterNotices()),
        new RatingInputs.ClusterLink(cluster.banned(), cluster.accounts().size()));
  }

  static Map<String, Object> component(com.steward.core.rating.Component c) {
    var out = new LinkedHashMap<String, Object>();
    out.put("factor", c.factor().name());
    out.put("value", Math.round(c.value() * 10) / 10.0);
    out.put("weight", c.weight());
    out.put("contribution", Math.round(c.contribution() * 100) / 100.0);
    out.put("explanation", c.explanation());
    return out;
  }
}
