package com.steward.sim;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests of a load run and what their answers change. Listings are real product titles
 * pushed by the run's sellers as {@link World#listing} makes them: unbranded goods, genuine goods
 * of a brand from honest sellers and authorised resellers, and counterfeit-like titles (replica,
 * disguised brand names, prices far below the brand's, brand stuffing); one upsert in ten changes
 * the price of a listing pushed earlier. Notices name live listings of the notifier's own brand,
 * each listing at most once, so that Steward never refuses one as a duplicate of an open notice.
 *
 * <p>The standard penalty ladder suspends a counterfeiter after a dozen blocked listings, and its
 * next pushes are refused (409). Such a seller is retired at once and a new storefront of the same
 * kind registers in its place, as counterfeiters come back on a real marketplace; without that, the
 * mix would drift to honest sellers and refusals within seconds. Those registrations are a kind
 * of request of their own, sent when the refusal is read, not on a schedule.
 *
 * <p>Screening dry runs ({@code POST /api/v1/screening/dry-run}) carry listings of the same mix,
 * never stored: what screening alone costs through the API, without the listing's write, its
 * audit entry and what a block sets off. (A dry run answers as the command line does, so it does
 * not read the seller's rating, which an upsert reads, mostly from a cache.)
 *
 * <p>The request bodies are made on the scheduler's one thread ({@link #nextListing},
 * {@link #nextNotice}, {@link #nextDryRun}); answers are read on many ({@link #answered}).
 */
final class LoadTraffic {

  enum Kind { LISTINGS, NOTICES, DRY_RUNS, SELLERS }

  /** A request ready to send; {@code listing} or {@code seller} is what its answer updates. */
  record Request(Kind kind, HttpRequest http, World.@Nullable Listing listing, boolean update,
      World.@Nullable Seller seller) {}

  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final double UPDATE_SHARE = 0.1;
  private static final int RECENT = 1_024;

  private final LoadSetup.Fixture f;
  private final String base;
  private final JsonMapper json = JsonMapper.builder().build();
  private final RandomGenerator rnd;
  private final RandomGenerator dryRunRnd;
  private final SplittableRandom replacementRnd;
  private final Map<String, List<RealData.Product>> byCategory = new LinkedHashMap<>();
  private final List<String> categories;
  private final Map<World.Kind, List<World.Seller>> active = new ConcurrentHashMap<>();
  private final Set<String> retired = ConcurrentHashMap.newKeySet();
  private final List<ConcurrentLinkedDeque<String>> liveByBrand = new ArrayList<>();
  private final World.Listing[] recent = new World.Listing[RECENT];
  private long recentCount;
  private long nextListing;
  private final AtomicInteger replacements = new AtomicInteger();
  private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> dryRunOutcomes = new ConcurrentHashMap<>();
  private long nextDryRun;

  /**
   * {@code dryRunRnd} draws the dry runs' listings apart from {@code rnd}, so that turning dry runs
   * on leaves the upserts and notices of a seed as they were.
   */
  LoadTraffic(LoadSetup.Fixture fixture, RealData data, String base, RandomGenerator rnd, RandomGenerator dryRunRnd) {
    this.f = fixture;
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.rnd = rnd;
    this.dryRunRnd = dryRunRnd;
    this.replacementRnd = new SplittableRandom(rnd.nextLong());
    for (RealData.Product p : data.products()) {
      byCategory.computeIfAbsent(p.category(), k -> new ArrayList<>()).add(p);
    }
    categories = byCategory.entrySet().stream().filter(e -> e.getValue().size() >= 10).map(Map.Entry::getKey).toList();
    for (World.Kind k : World.Kind.values()) {
      active.put(k, new CopyOnWriteArrayList<>());
    }
    fixture.sellers().forEach(s -> active.get(s.kind()).add(s));
    fixture.brands().forEach(b -> liveByBrand.add(new ConcurrentLinkedDeque<>()));
  }

  /** The next listing upsert: a new listing, or a price change of a recent one. */
  Request nextListing() {
    World.Listing earlier = rnd.nextDouble() < UPDATE_SHARE ? recentListing() : null;
    if (earlier != null && !retired.contains(earlier.sellerId())) {
      double price = Math.round(earlier.price() * (0.9 + rnd.nextDouble() * 0.2) * 100) / 100.0;
      var changed = new World.Listing(earlier.id(), 0, earlier.sellerId(), earlier.title(), earlier.brand(),
          earlier.category(), price, earlier.infringing());
      return new Request(Kind.LISTINGS, listingPut(changed), changed, true, null);
    }
    World.Seller s = pickSeller(rnd);
    String id = String.format("LD-%07d", ++nextListing);
    World.Listing l = World.listing(id, 0, s, f.brands(), byCategory, categories, rnd);
    return new Request(Kind.LISTINGS, listingPut(l), l, false, null);
  }

  /** The next screening dry run: a new listing of the same mix as the upserts, which nothing stores. */
  Request nextDryRun() {
    World.Listing l = World.listing(String.format("DR-%07d", ++nextDryRun), 0, pickSeller(dryRunRnd), f.brands(),
        byCategory, categories, dryRunRnd);
    var body = new LinkedHashMap<String, Object>(StewardCalls.listingBody(l, f.brands()));
    // the dry run's listing (the command line's format) has no store and no place of dispatch
    body.remove("storeId");
    body.remove("shipFromCountry");
    body.put("marketplace", f.market());
    body.put("listingId", l.id());
    return new Request(Kind.DRY_RUNS, request("POST", f.marketplaceKey(), "/api/v1/screening/dry-run", body), l, false,
        null);
  }

  /** The next notice, naming one to three live listings of the notifier's brand; null if none is live yet. */
  @Nullable Request nextNotice() {
    int first = rnd.nextInt(f.holders().size());
    for (int k = 0; k < f.holders().size(); k++) {
      int brand = (first + k) % f.holders().size();
      List<String> ids = take(liveByBrand.get(brand), rnd.nextDouble() < 0.2 ? 2 + rnd.nextInt(2) : 1);
      if (!ids.isEmpty()) {
        LoadSetup.Holder h = f.holders().get(brand);
        var body = Map.of("ipRightId", h.rightId(), "reason", "COUNTERFEIT",
            "explanation", "The listing offers goods bearing our mark that we did not make.", "goodFaithDeclaration", true,
            "items", ids.stream().map(id -> Map.of("marketplace", f.market(), "listingId", id)).toList());
        return new Request(Kind.NOTICES, request("POST", h.key(), "/api/v1/notices", body), null, false, null);
      }
    }
    return null;
  }

  /**
   * What an answer set off: the request to send at once (a replacement seller's registration), and
   * the answer's outcome for the latency by answer (a new listing's status, a dry run's action);
   * either may be null.
   */
  record Answer(@Nullable Request followUp, @Nullable String outcome) {}

  /**
   * Reads an answer: a live new listing becomes a notice target, a refused seller is retired and
   * replaced (the replacement's registration is returned, to be sent at once), an accepted
   * registration joins the sellers.
   */
  Answer answered(Request r, int status, String body) {
    boolean ok = status >= 200 && status < 300;
    switch (r.kind()) {
      case LISTINGS -> {
        World.Listing l = java.util.Objects.requireNonNull(r.listing());
        String outcome = null;
        if (ok && !r.update()) {
          remember(l);
          String listingStatus = read(body).path("status").asString("");
          outcomes.computeIfAbsent(listingStatus, k -> new LongAdder()).increment();
          if (l.brand() >= 0 && "ACTIVE".equals(listingStatus)) {
            liveByBrand.get(l.brand()).addLast(l.id());
          }
          outcome = "new listing " + listingStatus;
        } else if (!r.update()) {
          outcomes.computeIfAbsent("HTTP " + status, k -> new LongAdder()).increment();
        } else if (ok) {
          outcome = "price change";
        }
        if (status == 409 && retired.add(l.sellerId())) {
          return new Answer(replace(l.sellerId()), outcome);
        }
        return new Answer(null, outcome);
      }
      case SELLERS -> {
        World.Seller s = java.util.Objects.requireNonNull(r.seller());
        if (ok && StewardCalls.accepted(read(body))) {
          active.get(s.kind()).add(s);
        }
      }
      case DRY_RUNS -> {
        String action = ok ? read(body).path("action").asString("") : "HTTP " + status;
        dryRunOutcomes.computeIfAbsent(action, k -> new LongAdder()).increment();
        return new Answer(null, ok ? "dry run " + action : null);
      }
      case NOTICES -> { }
    }
    return new Answer(null, null);
  }

  int replacements() {
    return replacements.get();
  }

  /** New listings by the status Steward answered (ACTIVE, BLOCKED, ...) or the HTTP status of a refusal, warmup included. */
  Map<String, Long> newListingOutcomes() {
    Map<String, Long> m = new java.util.TreeMap<>();
    outcomes.forEach((k, v) -> m.put(k, v.sum()));
    return m;
  }

  /** Screening dry runs by the action Steward answered (ALLOW, REFER, BLOCK) or the HTTP status of a refusal, warmup included. */
  Map<String, Long> dryRunOutcomes() {
    Map<String, Long> m = new java.util.TreeMap<>();
    dryRunOutcomes.forEach((k, v) -> m.put(k, v.sum()));
    return m;
  }

  private @Nullable Request replace(String sellerId) {
    World.@Nullable Seller old = null;
    for (List<World.Seller> list : active.values()) {
      for (World.Seller s : list) {
        if (s.id().equals(sellerId)) {
          old = s;
          list.remove(s);
        }
      }
    }
    if (old == null) {
      return null;
    }
    int n = replacements.incrementAndGet();
    Map<String, String> identity;
    synchronized (replacementRnd) {
      identity = World.person(replacementRnd, 100_000 + n);
    }
    var s = new World.Seller(String.format("s-r%05d", n), old.kind(), "r" + n, null, old.skill(), old.brand(),
        identity.get("surname") + " Outlet", identity);
    return new Request(Kind.SELLERS, request("PUT", f.marketplaceKey(), StewardCalls.sellerPath(f.market(), s),
        StewardCalls.sellerBody(s)), null, false, s);
  }

  /** Honest sellers push 70% of new listings, authorised resellers 10%, counterfeiters 20%. */
  private World.Seller pickSeller(RandomGenerator rnd) {
    double p = rnd.nextDouble();
    World.Kind kind = p < 0.7 ? World.Kind.HONEST : p < 0.8 ? World.Kind.AUTHORISED : World.Kind.COUNTERFEITER;
    List<World.Seller> pool = active.get(kind);
    if (pool.isEmpty()) {
      pool = active.get(World.Kind.HONEST);
    }
    if (pool.isEmpty()) {
      throw new IllegalStateException("no seller left that may list");
    }
    // the pool may shrink between the size and the get on another thread
    List<World.Seller> snapshot = List.copyOf(pool);
    return snapshot.get(rnd.nextInt(snapshot.size()));
  }

  private synchronized void remember(World.Listing l) {
    recent[(int) (recentCount++ % RECENT)] = l;
  }

  private synchronized World.@Nullable Listing recentListing() {
    if (recentCount == 0) {
      return null;
    }
    return recent[rnd.nextInt((int) Math.min(recentCount, RECENT))];
  }

  private static List<String> take(ConcurrentLinkedDeque<String> pool, int n) {
    List<String> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = pool.pollLast();
      if (id == null) {
        break;
      }
      ids.add(id);
    }
    return ids;
  }

  private HttpRequest listingPut(World.Listing l) {
    return request("PUT", f.marketplaceKey(), StewardCalls.listingPath(f.market(), l),
        StewardCalls.listingBody(l, f.brands()));
  }

  private HttpRequest request(String method, String key, String path, Object body) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
        .header("Accept", "application/json").header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + key)
        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
  }

  private JsonNode read(String body) {
    try {
      return body.isBlank() ? json.createObjectNode() : json.readTree(body);
    } catch (RuntimeException e) {
      return json.createObjectNode();
    }
  }
}
