package com.steward.sim;

import com.steward.core.metrics.CounterNoticeOutcome;
import com.steward.core.metrics.GovernanceReport;
import com.steward.core.metrics.ListingOutcome;
import com.steward.core.metrics.NoticeOutcome;
import com.steward.core.metrics.OffenderOutcome;
import com.steward.core.metrics.OrderOutcome;
import com.steward.core.metrics.ReferralOutcome;
import com.steward.core.metrics.RemovalCause;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One run against a Steward: sets up the marketplace, brands and sellers through the API, then
 * advances simulated time a day at a time, in a fixed order of calls (analyst reviews 09:00 to
 * 17:00, listings at their minutes, notices at 18:00, referral answers at 20:00, bans at 21:00,
 * the day's trading figures at 23:00), and records what it saw and when, in simulated minutes.
 *
 * <p>When the server's clock can be set (the demo, or a server started for the simulator), Steward
 * lives through the same days: the run starts {@code days} days before the server's today, and
 * the clock is moved to each phase's time before its calls, so that Steward's records, deadlines
 * and monthly reports fall on simulated dates. It is put back to the real time at the end.
 */
final class Simulation {

  /** Told after each simulated day. */
  interface Progress {
    void day(int done, int days, long calls);
  }

  private static final long DAY = 1_440;

  private final SimConfig c;
  private final World world;
  private final RandomGenerator rnd;
  private final Api api;
  private final String admin;
  private final String market;
  private String mpKey = "";
  private String analystKey = "";

  private final Map<Integer, Owner> owners = new HashMap<>();
  private @Nullable Owner agent;
  private final Map<String, World.Seller> sellers = new LinkedHashMap<>();
  private final Map<String, Live> listings = new LinkedHashMap<>();
  private final Map<String, List<Live>> bySeller = new HashMap<>();
  private final List<NoticeOutcome> notices = new ArrayList<>();
  private final Map<String, Integer> noticeIndex = new HashMap<>();
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private final Set<String> noticed = new HashSet<>();
  private final Set<Integer> referredBrands = new HashSet<>();
  private final Set<String> seenReferrals = new HashSet<>();
  private final List<ReferralOutcome> referrals = new ArrayList<>();
  private final Map<String, Integer> removalsBySeller = new HashMap<>();
  private final Set<String> banned = new HashSet<>();
  private final Set<String> bannedOperators = new java.util.TreeSet<>();
  private final Set<String> returnedOperators = new HashSet<>();
  private final TreeMap<Long, List<World.Seller>> comebacks = new TreeMap<>();
  private int returners;
  private final List<World.Listing> extraListings = new ArrayList<>();
  private final List<OrderOutcome> orders = new ArrayList<>();
  private long eventCursor;
  private @Nullable Instant origin;
  private long clockAt = -1;
  /** Orders, refunds and refunds as fake: of the day so far, and of each seller since the start. */
  private final long[] tradingToday = new long[3];
  private final Map<String, long[]> tradingBySeller = new HashMap<>();
  private int refused;
  private int nextExtra = 1;

  private record Owner(String id, String key, String rightId, boolean partner) {}

  private static final class Live {
    final World.Listing truth;
    final long listedAt;
    @Nullable Long firstSaleAt;
    @Nullable Long removedAt;
    @Nullable RemovalCause cause;
    @Nullable Long restoredAt;

    Live(World.Listing truth, long listedAt) {
      this.truth = truth;
      this.listedAt = listedAt;
    }

    boolean up() {
      return removedAt == null || restoredAt != null;
    }

    /** Whether buyers could order it at minute {@code at}. */
    boolean upAt(long at) {
      return at >= listedAt && (removedAt == null || at < removedAt || restoredAt != null && at >= restoredAt);
    }
  }

  private record Pending(String noticeId, String itemId, String listingId, long filedAt, Owner notifier,
      boolean agent) {}

  /** A takedown on a notice, which the seller may counter-notice; then the notifier's answer and the outcome. */
  private static final class Takedown {
    final Pending item;
    final long at;
    @Nullable Long counterNoticedAt;
    boolean answered;
    boolean restored;

    Takedown(Pending item, long at) {
      this.item = item;
      this.at = at;
    }
  }

  private final List<Takedown> takedowns = new ArrayList<>();
  private final Map<String, Takedown> counterNoticed = new LinkedHashMap<>();
  private final Map<String, String> sellerUuids = new HashMap<>();
  private final Map<String, String> sellerKeys = new HashMap<>();

  Simulation(SimConfig c, World world, RandomGenerator rnd, Api api, String adminKey, String marketCode) {
    this.c = c;
    this.world = world;
    this.rnd = rnd;
    this.api = api;
    this.admin = adminKey;
    this.market = marketCode;
  }

  GovernanceReport run(java.io.PrintStream log, Progress progress) {
    startClock();
    setUp();
    log.printf("sim: %d brands, %d sellers registered, %d listings planned over %d days%s%n", world.brands().size(),
        sellers.size(), world.listings().size(), c.days(),
        origin == null ? " (on the server's own clock)" : ", from " + origin.toString().substring(0, 10));
    int next = 0;
    for (int day = 0; day < c.days(); day++) {
      long start = day * DAY;
      clock(start + 9 * 60);
      reviews(start);
      counterNotices(start);
      clock(start + 17 * 60);
      while (next < world.listings().size() && world.listings().get(next).minute() < start + DAY) {
        push(world.listings().get(next++));
      }
      comebacksDue(start);
      pushExtras(start);
      clock(start + 18 * 60);
      notices(start + 18 * 60);
      clock(start + 20 * 60);
      answerReferrals(start + 20 * 60);
      answerCounterNotices(start + 20 * 60);
      clock(start + 21 * 60);
      bans(start + 21 * 60);
      clock(start + 23 * 60);
      orders(start);
      tradingFigures(day);
      if (c.sellerMetricsEveryDays() > 0 && (day + 1) % c.sellerMetricsEveryDays() == 0) {
        sellerMetrics();
      }
      progress.day(day + 1, c.days(), api.calls());
    }
    clock(c.days() * DAY);
    GovernanceReport report = report();
    if (origin != null) {
      api.must(api.put(admin, "/api/v1/admin/clock", Map.of("reset", true)), "clock back to the real time");
    }
    return report;
  }

  /** Starts Steward's clock {@code days} days before its today, if it can be set; else runs on its time. */
  private void startClock() {
    var r = api.get(admin, "/api/v1/admin/clock");
    if (!r.ok() || !r.json().path("settable").asBoolean(false)) {
      return;
    }
    Instant now = Instant.parse(r.str("now"));
    origin = now.truncatedTo(java.time.temporal.ChronoUnit.DAYS).minus(java.time.Duration.ofDays(c.days()));
    clock(0);
  }

  /**
   * Moves Steward's clock to simulated minute {@code at} (never back). The call returns once the
   * deadlines that fell due have run, every time: a deadline left to the scheduler's own polling
   * would run at a moment of real time, and two runs of one seed could see it at different calls.
   */
  private void clock(long at) {
    if (origin == null || at <= clockAt) {
      return;
    }
    clockAt = at;
    api.must(api.put(admin, "/api/v1/admin/clock", Map.of("now", origin.plusSeconds(at * 60).toString())),
        "clock to day " + (at / DAY + 1));
  }

  /** The marketplace reports the day's orders and refunds, the raw material of the refund-rate trend. */
  private void tradingFigures(int day) {
    long[] t = tradingToday;
    if (origin != null) { // the figures are dated: only where Steward lives through the same days
      String date = origin.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(day).toString();
      api.must(api.put(mpKey, "/api/v1/marketplaces/" + market + "/trading-days/" + date,
          Map.of("orders", t[0], "refunds", t[1], "refundsAsFake", t[2])), "trading figures of " + date);
    }
    java.util.Arrays.fill(t, 0);
  }

  /** Every few weeks the marketplace reports each seller's trading so far, for its rating. */
  private void sellerMetrics() {
    for (var e : tradingBySeller.entrySet()) {
      long[] t = e.getValue();
      if (t[0] == 0 || banned.contains(e.getKey())) {
        continue;
      }
      api.put(mpKey, "/api/v1/marketplaces/" + market + "/sellers/" + e.getKey() + "/metrics",
          Map.of("orders12m", t[0], "refundRate", (double) t[1] / t[0], "fakeRefundRate", (double) t[2] / t[0]));
    }
  }

  // ---- set-up ----------------------------------------------------------------------------------

  /**
   * The owner registers its brand, and the analysts approve it. A brand already in the knowledge
   * base without an owner (the demo imports a dictionary of real brand names) is claimed instead,
   * and its profile revised, each step approved.
   */
  private void brand(Owner o, String name, Map<String, Object> profile) {
    var created = api.post(o.key(), "/api/v1/brands", profile);
    if (created.ok()) {
      approve(created.str("brandId"), created.json().path("revision").asInt(1), name);
      return;
    }
    String id = null;
    if (created.status() == 409) {
      for (JsonNode found : api.must(api.get(admin, "/api/v1/brands?limit=500&q="
          + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)), "brand search").json()) {
        if (found.path("name").asString().equals(name)) {
          id = found.path("id").asString();
        }
      }
    }
    if (id == null) {
      api.must(created, "brand " + name);
      return;
    }
    var claimed = api.must(api.post(o.key(), "/api/v1/brands/" + id + "/claim", Map.of()), "claim of brand " + name);
    approve(id, claimed.json().path("revision").asInt(), name);
    var revised = api.must(api.put(o.key(), "/api/v1/brands/" + id, profile), "profile of brand " + name);
    approve(id, revised.json().path("revision").asInt(), name);
  }

  private void approve(String brandId, int revision, String name) {
    api.must(api.post(admin, "/api/v1/brands/" + brandId + "/revisions/" + revision + "/decision",
        Map.of("decision", "APPROVE", "reason", "simulated brand")), "approve " + name);
  }

  private void setUp() {
    api.must(api.put(admin, "/api/v1/marketplaces/" + market, Map.of("name", "Simulated market " + market, "model", "C2C")),
        "marketplace");
    mpKey = key("MARKETPLACE", market);
    analystKey = key("ANALYST", "sim-analyst");
    for (World.Brand b : world.brands()) {
      Owner o = holder(b.name() + " IP", "OWNER", b.name());
      owners.put(b.index(), o);
      List<String> authorised = world.sellers().stream().filter(s -> s.kind() == World.Kind.AUTHORISED && s.brand() == b.index())
          .map(s -> market + ":" + s.id()).toList();
      var profile = new LinkedHashMap<String, Object>();
      profile.put("name", b.name());
      profile.put("authorizedSellers", authorised);
      profile.put("priceFloors", Map.of(b.category(), Math.round(b.price() * 50) / 100.0));
      brand(o, b.name(), profile);
      if (b.partner()) {
        api.must(api.post(admin, "/api/v1/rights-holders/" + o.id() + "/programs", Map.of("program", "PARTNER",
            "sponsor", "Simulated Brand Association", "expiresAt", (origin == null ? Instant.now() : origin).plusSeconds((365L + c.days()) * 86_400),
            "reason", "simulated partner")), "partner " + b.name());
      }
    }
    if (c.agentClients() > 0) {
      agent = holder("Sim Brand Protection Agency", "AGENT", "AGENCY");
      for (World.Brand b : world.brands()) {
        if (b.agentClient()) {
          api.must(api.post(admin, "/api/v1/rights-holders/" + agent.id() + "/principals", Map.of("principalId",
              owners.get(b.index()).id(), "mandate", "brand protection")), "mandate");
        }
      }
    }
    for (World.Seller s : world.sellers()) {
      register(s);
    }
  }

  private Owner holder(String name, String kind, String mark) {
    var r = api.must(api.post(null, "/api/v1/rights-holders", Map.of("name", name, "kind", kind, "country", "FR",
        "contactName", "IP Counsel", "contactEmail", "ip@" + mark.toLowerCase().replaceAll("[^a-z]", "") + ".example")), "rights holder");
    String id = r.str("id");
    String key = key("RIGHTS_HOLDER", id);
    String right = StewardCalls.verifiedRight(api, analystKey, id, key, mark, "SIM" + Math.abs(mark.hashCode()));
    boolean partner = world.brands().stream().anyMatch(b -> b.partner() && (b.name() + " IP").equals(name));
    return new Owner(id, key, right, partner);
  }

  private String key(String type, String subject) {
    return StewardCalls.key(api, admin, type, subject);
  }

  /** Registers a storefront with its identity; true when Steward accepted it (not refused, not held). */
  private boolean register(World.Seller s) {
    var r = api.must(api.put(mpKey, StewardCalls.sellerPath(market, s), StewardCalls.sellerBody(s)), "seller " + s.id());
    sellers.put(s.id(), s);
    sellerUuids.put(s.id(), r.str("id"));
    return StewardCalls.accepted(r.json());
  }

  // ---- listings and orders ----------------------------------------------------------------------

  private void push(World.Listing l) {
    World.Seller s = sellers.get(l.sellerId());
    if (s == null || banned.contains(s.id())) {
      refused++;
      return;
    }
    var r = api.put(mpKey, StewardCalls.listingPath(market, l), StewardCalls.listingBody(l, world.brands()));
    if (!r.ok()) {
      refused++;
      return;
    }
    Live live = new Live(l, l.minute());
    listings.put(l.id(), live);
    bySeller.computeIfAbsent(l.sellerId(), k -> new ArrayList<>()).add(live);
    if ("BLOCKED".equals(r.str("status"))) {
      remove(live, l.minute(), RemovalCause.PROACTIVE);
    } else if ("REFER".equals(r.json().path("screening").path("action").asString("")) && l.brand() >= 0) {
      referredBrands.add(l.brand());
    }
    if (s.kind() != World.Kind.HONEST && s.kind() != World.Kind.AUTHORISED && live.up()) {
      returnedOperators.add(s.operator());
    }
  }

  private void remove(Live l, long at, RemovalCause cause) {
    if (l.up() && l.restoredAt != null) { // down again after a restoration: the first removal stays on record
      l.restoredAt = null;
      removalsBySeller.merge(l.truth.sellerId(), 1, Integer::sum);
      return;
    }
    if (l.up()) {
      l.removedAt = Math.max(at, l.listedAt);
      l.cause = cause;
      removalsBySeller.merge(l.truth.sellerId(), 1, Integer::sum);
    }
  }

  private void orders(long dayStart) {
    for (Live l : listings.values()) {
      int n = poisson(c.ordersPerListingDay());
      for (int i = 0; i < n; i++) {
        long at = dayStart + rnd.nextLong(DAY);
        if (!l.upAt(at)) {
          continue;
        }
        if (l.firstSaleAt == null || at < l.firstSaleAt) {
          l.firstSaleAt = at;
        }
        double refund = l.truth.infringing() ? c.fakeRefundRate() : c.genuineRefundAsFakeRate();
        boolean asFake = rnd.nextDouble() < refund;
        boolean refunded = asFake || rnd.nextDouble() < c.otherRefundRate();
        orders.add(new OrderOutcome(at, asFake));
        for (long[] t : new long[][] {tradingToday, tradingBySeller.computeIfAbsent(l.truth.sellerId(), k -> new long[3])}) {
          t[0]++;
          t[1] += refunded ? 1 : 0;
          t[2] += asFake ? 1 : 0;
        }
      }
    }
  }

  private int poisson(double mean) {
    double limit = Math.exp(-mean);
    double p = rnd.nextDouble();
    int k = 0;
    while (p > limit) {
      p *= rnd.nextDouble();
      k++;
    }
    return k;
  }

  // ---- notices and reviews ----------------------------------------------------------------------

  private void notices(long at) {
    // one notice per owner and reason: brand names stuffed into titles are trademark misuse, the rest counterfeits
    Map<Map.Entry<Owner, String>, List<String>> byOwner = new LinkedHashMap<>();
    Map<Map.Entry<Owner, String>, List<Boolean>> validity = new LinkedHashMap<>();
    for (Live l : listings.values()) {
      if (!l.up() || l.listedAt > at || l.truth.brand() < 0) {
        continue;
      }
      World.Seller s = sellers.get(l.truth.sellerId());
      Owner o = owners.get(l.truth.brand());
      boolean file = l.truth.infringing() ? rnd.nextDouble() < c.ownerDetectionPerDay()
          : s.kind() != World.Kind.AUTHORISED && rnd.nextDouble() < c.ownerFalseNoticePerDay();
      if (file && noticed.add(o.rightId() + l.truth.id())) {
        var key = Map.entry(o, l.truth.infringing() && s.skill() == World.Skill.STUFFING ? "TRADEMARK_MISUSE" : "COUNTERFEIT");
        byOwner.computeIfAbsent(key, k -> new ArrayList<>()).add(l.truth.id());
        validity.computeIfAbsent(key, k -> new ArrayList<>()).add(l.truth.infringing());
      }
    }
    if (agent != null) {
      List<World.Brand> clients = world.brands().stream().filter(World.Brand::agentClient).toList();
      List<Live> competitors = listings.values().stream().filter(l -> l.up() && l.listedAt <= at
          && !l.truth.infringing() && sellers.get(l.truth.sellerId()).kind() == World.Kind.HONEST).toList();
      for (int i = 0; i < c.agentNoticesPerDay() && !competitors.isEmpty() && !clients.isEmpty(); i++) {
        Live target = competitors.get(rnd.nextInt(competitors.size()));
        Owner client = owners.get(clients.get(rnd.nextInt(clients.size())).index());
        if (noticed.add(client.rightId() + target.truth.id())) {
          file(new Owner(agent.id(), agent.key(), client.rightId(), false), "COUNTERFEIT", List.of(target.truth.id()),
              List.of(false), at);
        }
      }
    }
    byOwner.forEach((k, ids) -> file(k.getKey(), k.getValue(), ids, validity.get(k), at));
  }

  private void file(Owner o, String reason, List<String> listingIds, List<Boolean> valid, long at) {
    var r = api.post(o.key(), "/api/v1/notices", Map.of("ipRightId", o.rightId(), "reason", reason,
        "explanation", reason.equals("COUNTERFEIT") ? "The listing offers goods bearing our mark that we did not make."
            : "The title uses our mark to draw buyers to goods that are not ours.", "goodFaithDeclaration", true,
        "items", listingIds.stream().map(id -> Map.of("marketplace", market, "listingId", id)).toList()));
    if (!r.ok()) {
      return;
    }
    String program = o.partner() ? "PARTNER" : "REGULAR";
    for (JsonNode item : r.json().path("items")) {
      String listingId = item.path("listingId").asString();
      boolean isValid = valid.get(listingIds.indexOf(listingId));
      String status = item.path("status").asString();
      if ("PENDING_REVIEW".equals(status)) {
        noticeIndex.put(item.path("id").asString(), notices.size());
        notices.add(new NoticeOutcome(program, isValid, at, null));
        queue.add(new Pending(r.str("id"), item.path("id").asString(), listingId, at, o, o.id().equals(agentId())));
      } else {
        notices.add(new NoticeOutcome(program, isValid, at, at));
        if ("TAKEN_DOWN".equals(status)) {
          remove(listings.get(listingId), at, RemovalCause.NOTICE);
          takedowns.add(new Takedown(new Pending(r.str("id"), item.path("id").asString(), listingId, at, o,
              o.id().equals(agentId())), at));
        }
      }
    }
  }

  private void reviews(long dayStart) {
    int capacity = c.analystReviewsPerDay();
    for (int i = 0; i < capacity && !queue.isEmpty(); i++) {
      long at = dayStart + 9 * 60 + (long) i * 480 / capacity;
      Pending p = queue.peek();
      if (p.filedAt() > at) {
        break;
      }
      queue.poll();
      Live l = listings.get(p.listingId());
      boolean right = rnd.nextDouble() < c.analystAccuracy();
      boolean accept = l.truth.infringing() == right;
      var r = api.post(analystKey, "/api/v1/notices/" + p.noticeId() + "/items/" + p.itemId() + "/review",
          Map.of("decision", accept ? "ACCEPT" : "REJECT", "reason", accept ? "The mark is misused" : "No infringement shown"));
      if (!r.ok()) {
        continue;
      }
      int idx = noticeIndex.get(p.itemId());
      NoticeOutcome n = notices.get(idx);
      notices.set(idx, new NoticeOutcome(n.program(), n.valid(), n.filedAt(), at));
      if (accept && "REMOVED".equals(r.str("listingStatus"))) {
        remove(l, at, RemovalCause.NOTICE);
        takedowns.add(new Takedown(p, at));
      }
    }
  }

  // ---- counter-notices ----------------------------------------------------------------------------

  private String agentId() {
    return agent == null ? "" : agent.id();
  }

  /**
   * The day after a takedown, its seller may counter-notice: an honest seller with probability
   * {@code counterNoticeRate}, a counterfeiter (in bad faith) with {@code counterfeitCounterNoticeRate}.
   */
  private void counterNotices(long dayStart) {
    List<Takedown> due = takedowns.stream().filter(t -> t.at < dayStart).toList();
    takedowns.removeAll(due);
    for (Takedown t : due) {
      Live l = listings.get(t.item.listingId());
      World.Seller s = sellers.get(l.truth.sellerId());
      if (s == null || banned.contains(s.id())) {
        continue;
      }
      boolean honest = s.kind() == World.Kind.HONEST || s.kind() == World.Kind.AUTHORISED;
      if (rnd.nextDouble() >= (honest ? c.counterNoticeRate() : c.counterfeitCounterNoticeRate())) {
        continue;
      }
      var r = api.post(sellerKey(s.id()), "/api/v1/notices/" + t.item.noticeId() + "/items/" + t.item.itemId()
          + "/counter-notice", Map.of("explanation", honest ? "These are genuine goods bought from the brand's distributor."
              : "This is my own product, not theirs.",
          "evidence", honest ? List.of(Map.of("title", "Invoice", "url", "https://files.example/" + l.truth.id() + ".pdf"))
              : List.of(),
          "consentToJurisdiction", true));
      if (r.ok()) {
        t.counterNoticedAt = dayStart + 10 * 60;
        counterNoticed.put(t.item.itemId(), t);
      }
    }
  }

  private String sellerKey(String sellerId) {
    return sellerKeys.computeIfAbsent(sellerId, id -> key("SELLER", sellerUuids.get(id)));
  }

  /**
   * The notifier answers a counter-notice the day it arrives with probability {@code ownerResponseRate},
   * rightly with {@code ownerResponseAccuracy}: it withdraws for a genuine listing, upholds (with a
   * court filing) for a fake. The agent never answers. Unanswered, Steward restores the listing when
   * the response window ends.
   */
  private void answerCounterNotices(long at) {
    for (Takedown t : counterNoticed.values()) {
      if (t.answered || t.item.agent() || t.counterNoticedAt == null || t.counterNoticedAt > at) {
        continue;
      }
      t.answered = true;
      if (rnd.nextDouble() >= c.ownerResponseRate()) {
        continue;
      }
      boolean genuine = !listings.get(t.item.listingId()).truth.infringing();
      boolean withdraw = genuine == (rnd.nextDouble() < c.ownerResponseAccuracy());
      String path = "/api/v1/notices/" + t.item.noticeId() + "/items/" + t.item.itemId() + "/response";
      api.post(t.item.notifier().key(), path, withdraw
          ? Map.of("action", "WITHDRAW", "explanation", "The seller's invoice shows genuine goods.")
          : Map.of("action", "UPHOLD_WITH_EVIDENCE", "explanation", "We have filed an infringement action.",
              "evidence", List.of(Map.of("title", "Court filing", "url", "https://court.example/" + t.item.itemId()))));
    }
    pullEvents(at);
  }

  // ---- referrals ----------------------------------------------------------------------------------

  private void answerReferrals(long at) {
    for (int brand : referredBrands.stream().sorted().toList()) {
      Owner o = owners.get(brand);
      var r = api.get(o.key(), "/api/v1/referrals?status=OPEN");
      if (!r.ok()) {
        continue;
      }
      List<JsonNode> open = new ArrayList<>();
      r.json().forEach(open::add);
      open.sort(java.util.Comparator.comparing(n -> n.path("listing").path("listingId").asString()));
      for (JsonNode ref : open) {
        String listingId = ref.path("listing").path("listingId").asString();
        if (!seenReferrals.add(listingId + "@" + ref.path("createdAt").asString())) {
          continue;
        }
        Live l = listings.get(listingId);
        if (l == null || rnd.nextDouble() >= c.referralResponseRate()) {
          referrals.add(new ReferralOutcome(false, false));
          continue;
        }
        boolean confirm = l.truth.infringing() == (rnd.nextDouble() < c.referralAccuracy());
        var a = api.post(o.key(), "/api/v1/referrals/" + ref.path("id").asString() + "/answer", Map.of("answer",
            confirm ? "CONFIRM" : "AUTHENTIC", "reason", confirm ? "Not our product" : "Genuine stock", "ipRightId", o.rightId()));
        referrals.add(new ReferralOutcome(a.ok(), a.ok() && confirm));
        if (a.ok() && confirm) {
          remove(l, at, RemovalCause.PROACTIVE);
        }
      }
    }
    referredBrands.clear();
  }

  // ---- bans and comebacks -------------------------------------------------------------------------

  private void bans(long at) {
    if (c.banAfterRemovals() > 0) {
      for (var e : new TreeMap<>(removalsBySeller).entrySet()) {
        if (e.getValue() < c.banAfterRemovals() || banned.contains(e.getKey())) {
          continue;
        }
        // the analysts look at the seller's record before a ban, and are right as often as in reviews
        World.Seller s = sellers.get(e.getKey());
        boolean counterfeiter = s != null && (s.kind() == World.Kind.COUNTERFEITER || s.kind() == World.Kind.RING);
        if (counterfeiter != rnd.nextDouble() < c.analystAccuracy()) {
          removalsBySeller.put(e.getKey(), 0); // not this time: looked at again after as many removals
          continue;
        }
        var cluster = api.get(analystKey, "/api/v1/marketplaces/" + market + "/sellers/" + e.getKey() + "/cluster");
        if (cluster.ok()) {
          api.post(analystKey, "/api/v1/marketplaces/" + market + "/clusters/" + cluster.str("id") + "/ban",
              Map.of("reason", "Repeated counterfeit listings"));
        }
        banned.add(e.getKey());
        pullEvents(at);
      }
    }
    pullEvents(at);
  }

  /** Reads the marketplace's event feed: a banned seller's live listings came down with it. */
  private void pullEvents(long at) {
    while (true) {
      var r = api.get(mpKey, "/api/v1/marketplaces/" + market + "/events?after=" + eventCursor + "&limit=500");
      if (!r.ok() || r.json().isEmpty()) {
        return;
      }
      for (JsonNode e : r.json()) {
        eventCursor = Math.max(eventCursor, e.path("position").asLong());
        JsonNode ev = e.path("event");
        if ("seller.banned".equals(ev.path("type").asString())) {
          String sellerId = ev.path("data").path("sellerId").asString();
          onBanned(sellerId, at);
        } else if ("listing.restored".equals(ev.path("type").asString())) {
          Takedown t = counterNoticed.get(ev.path("data").path("noticeItemId").asString());
          Live l = listings.get(ev.path("data").path("listingId").asString());
          if (t != null && l != null && !t.restored) {
            t.restored = true;
            if (!l.up() && !banned.contains(l.truth.sellerId())) {
              l.restoredAt = Math.max(at, l.removedAt);
            }
          }
        }
      }
    }
  }

  private void onBanned(String sellerId, long at) {
    banned.add(sellerId);
    World.Seller s = sellers.get(sellerId);
    if (s == null) {
      return;
    }
    for (Live l : bySeller.getOrDefault(sellerId, List.of())) {
      remove(l, at, RemovalCause.PROACTIVE);
    }
    if (s.kind() == World.Kind.HONEST || s.kind() == World.Kind.AUTHORISED) {
      bannedOperators.add(s.operator());
      return;
    }
    if (bannedOperators.add(s.operator())) {
      returnedOperators.remove(s.operator());
      if (rnd.nextDouble() < c.returnProbability()) {
        String id = s.id() + "-r";
        // each returner its own number: its e-mail must not be another returner's
        int n = 90_000 + returners++;
        boolean bought = rnd.nextDouble() < c.returnNewIdentity();
        // a bought identity shares nothing with the old accounts; otherwise the person's own, with typos
        var identity = bought ? World.person(rnd, n)
            : World.variant(s.identity(), rnd, n, rnd.nextDouble() < c.returnKeepsPhone(), false);
        String name = bought ? identity.get("surname") + " Trading" : World.typo(s.displayName(), rnd);
        var back = new World.Seller(id, s.kind(), s.operator(), null, s.skill(), s.brand(), name, identity);
        comebacks.computeIfAbsent(at / DAY + c.returnDelayDays(), k -> new ArrayList<>()).add(back);
      }
    }
  }

  private void comebacksDue(long dayStart) {
    List<World.Seller> due = comebacks.remove(dayStart / DAY);
    if (due == null) {
      return;
    }
    for (World.Seller s : due) {
      if (!register(s)) {
        banned.add(s.id());
        continue;
      }
      long remaining = c.days() * DAY - dayStart;
      int count = 3 + rnd.nextInt(4);
      for (int i = 0; i < count; i++) {
        var template = World.listing("R-" + String.format("%05d", nextExtra++), dayStart + rnd.nextLong(remaining), s,
            world.brands(), byCategory(), List.of(world.brands().get(s.brand()).category()), rnd);
        extraListings.add(template);
      }
      extraListings.sort(java.util.Comparator.comparingLong(World.Listing::minute).thenComparing(World.Listing::id));
    }
  }

  private @Nullable Map<String, List<RealData.Product>> categoryCache;

  private Map<String, List<RealData.Product>> byCategory() {
    if (categoryCache == null) {
      categoryCache = new LinkedHashMap<>();
      for (World.Listing l : world.listings()) {
        if (l.brand() >= 0) {
          String base = l.title();
          categoryCache.computeIfAbsent(l.category(), k -> new ArrayList<>())
              .add(new RealData.Product(stripBrand(base, world.brands().get(l.brand()).name()), l.category(), l.price()));
        }
      }
    }
    return categoryCache;
  }

  private static String stripBrand(String title, String brand) {
    return title.replace("1:1 ", "").replace(" replica", "").replace(" style", "").replace(brand, "").strip();
  }

  private void pushExtras(long dayStart) {
    while (!extraListings.isEmpty() && extraListings.getFirst().minute() < dayStart + DAY) {
      World.Listing l = extraListings.removeFirst();
      Live before = listings.get(l.id());
      push(l);
      if (before == null && listings.containsKey(l.id())) {
        World.Seller s = sellers.get(l.sellerId());
        if (s != null && listings.get(l.id()).up() && bannedOperators.contains(s.operator())) {
          returnedOperators.add(s.operator());
        }
      }
    }
  }

  // ---- the report -----------------------------------------------------------------------------------

  private GovernanceReport report() {
    Map<String, String> truth = new HashMap<>();
    Map<String, String> observed = new HashMap<>();
    for (World.Seller s : sellers.values()) {
      if (s.ring() != null) {
        truth.put(s.id(), s.ring());
      } else if (s.id().endsWith("-r")) {
        truth.put(s.id(), "returner-" + s.operator());
      }
      var r = api.get(analystKey, "/api/v1/marketplaces/" + market + "/sellers/" + s.id() + "/cluster");
      observed.put(s.id(), r.ok() ? r.str("id") : "alone-" + s.id());
    }
    // a returner and the accounts it came back from are one person: the same pair truth as a ring
    for (World.Seller s : sellers.values()) {
      if (s.id().endsWith("-r")) {
        String origin = s.id().substring(0, s.id().length() - 2);
        truth.putIfAbsent(origin, truth.get(s.id()));
        if (!truth.get(origin).equals(truth.get(s.id()))) {
          truth.put(s.id(), truth.get(origin));
        }
      }
    }
    List<ListingOutcome> outcomes = new ArrayList<>();
    for (Live l : listings.values()) {
      outcomes.add(new ListingOutcome(l.truth.id(), l.truth.infringing(), l.listedAt, l.firstSaleAt, l.removedAt, l.cause));
    }
    List<OffenderOutcome> offenders = new ArrayList<>();
    for (String op : bannedOperators) {
      boolean counterfeiter = world.sellers().stream().anyMatch(s -> s.operator().equals(op)
          && (s.kind() == World.Kind.COUNTERFEITER || s.kind() == World.Kind.RING));
      if (counterfeiter) {
        offenders.add(new OffenderOutcome(op, returnedOperators.contains(op)));
      }
    }
    orders.sort(java.util.Comparator.comparingLong(OrderOutcome::placedAt));
    List<CounterNoticeOutcome> counters = counterNoticed.values().stream()
        .map(t -> new CounterNoticeOutcome(!listings.get(t.item.listingId()).truth.infringing(), t.restored)).toList();
    return GovernanceReport.of(new GovernanceReport.Observations(outcomes, notices, referrals, counters, truth, observed,
        offenders, orders, c.refundPeriodDays() * DAY, c.days() * DAY));
  }

  int refused() {
    return refused;
  }

  /** Reports the run to Steward, for the console's metrics page. */
  void publish(Map<String, Object> run) {
    api.must(api.post(mpKey, "/api/v1/marketplaces/" + market + "/simulation-runs", run), "reporting the run");
  }

  long calls() {
    return api.calls();
  }
}
