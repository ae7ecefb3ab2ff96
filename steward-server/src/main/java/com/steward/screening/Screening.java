package com.steward.screening;

import com.steward.brands.Brands;
import com.steward.core.screening.MentionClassifier;
import com.steward.core.screening.rules.Decision;
import com.steward.core.screening.rules.ListingFacts;
import com.steward.core.screening.rules.RuleSet;
import com.steward.core.screening.rules.Screener;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screener in use: built from the approved brand profiles and the published rule set at start,
 * and swapped for a new one when the knowledge base changes, so screening never stops and never
 * sees half a change. Approved brand revisions, on this node or another, change only their brands'
 * terms ({@link Screener#withChanges}), provided the revisions found account for every approval
 * the knowledge stamp counts since the screener was built; anything else (a rule set, suspicious
 * terms, approvals unaccounted for, more than {@value #MAX_CHANGED_BRANDS} brands at once) builds the
 * screener whole. So does a layer of changes grown past {@value #MAX_CHANGED_TERMS} terms.
 */
@Service
public class Screening {

  private final Brands brands;
  private final JdbcRuleSetRepository ruleSets;
  private final JsonMapper json;
  private final SuspiciousTerms suspiciousTerms;
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Screening.class);
  private volatile String builtFrom = "";
  /** Per brand in the screener in use, its name and revision (a renamed brand's old name goes). */
  private final java.util.Map<java.util.UUID, Brands.Active> inUse = new java.util.HashMap<>();
  /** Approvals from this time on (less {@link #LATE_COMMITS}) are looked at for changes. */
  private java.time.Instant lookFrom = java.time.Instant.EPOCH;
  /** Past this many changed terms, the next change builds the screener whole again. */
  static final int MAX_CHANGED_TERMS = 20_000;
  /** More brands changed at once than this (an import) build the screener whole. */
  static final int MAX_CHANGED_BRANDS = 1_000;
  /**
   * How far before the last approval seen to look again: an approval stamped earlier may commit
   * later. One that commits later still is not lost: the count of approvals then disagrees, and
   * the screener is built whole.
   */
  static final java.time.Duration LATE_COMMITS = java.time.Duration.ofMinutes(5);
  private final java.util.concurrent.ScheduledExecutorService refresher =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "screening-refresh");
        t.setDaemon(true);
        return t;
      });
  private final AtomicReference<Screener> current =
      new AtomicReference<>(build(List.of(), Screener.DEFAULT_SUSPICIOUS_TERMS, RuleSet.standard()));

  Screening(Brands brands, JdbcRuleSetRepository ruleSets, JsonMapper json, SuspiciousTerms suspiciousTerms) {
    this.brands = brands;
    this.suspiciousTerms = suspiciousTerms;
    this.ruleSets = ruleSets;
    this.json = json;
  }

  /**
   * Published inside the screening transaction when a listing is referred for a brand, so that
   * the brand's owner can be asked (referrals).
   */
  public record Referred(java.util.UUID decisionId, java.util.UUID listingId, int listingVersion,
      java.util.UUID marketplaceId, String brand, double score) {}

  /** Published inside the screening transaction when screening blocks a listing (of {@code seller}, as it stands there). */
  public record Blocked(java.util.UUID decisionId, java.util.UUID listingId, com.steward.sellers.Seller seller,
      java.util.UUID marketplaceId, String brand, List<String> rules, java.time.Instant at) {}

  /** Published when a complaint lifts a screening block. */
  /** A block ended before its time: {@code why}, for the penalty it gave ("lifted on complaint"). */
  public record BlockLifted(java.util.UUID decisionId, String why) {}

  public Decision screen(ListingFacts listing) {
    return current.get().screen(listing);
  }

  /** The screener in use. */
  public Screener current() {
    return current.get();
  }

  /** A screener with today's approved brands and a draft rule set, for backtests; never put in use. */
  public Screener draft(RuleSet rules) {
    return Screener.build(brands.activeProfiles(), suspiciousTerms.terms(), MentionClassifier.defaults(), rules);
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  void onStart() {
    rebuild();
    refresher.scheduleWithFixedDelay(this::rebuildIfStale, 5, 5, java.util.concurrent.TimeUnit.SECONDS);
  }

  @TransactionalEventListener
  void onBrandsChanged(Brands.BrandsChanged e) {
    refresh();
  }

  @TransactionalEventListener
  void onBrandsImported(Brands.BrandsImported e) {
    rebuild();
  }

  @TransactionalEventListener
  void onSuspiciousTermsChanged(SuspiciousTerms.Changed e) {
    rebuild();
  }

  @TransactionalEventListener
  void onRuleSetPublished(RuleSets.RuleSetPublished e) {
    rebuild();
  }

  /** Builds a new screener from the approved profiles and the published rule set, and swaps it in. */
  public synchronized void rebuild() {
    String stamp = ruleSets.knowledgeStamp();
    java.time.Instant from = brands.lastApproval().orElse(java.time.Instant.EPOCH); // none yet: from the start
    var active = brands.activeById();
    current.set(build(active.values().stream().map(Brands.Active::profile).toList(), suspiciousTerms.terms(),
        rulesInUse()));
    inUse.clear();
    inUse.putAll(active);
    lookFrom = from;
    builtFrom = stamp;
  }

  /**
   * Brings the screener in line with the knowledge base, here or on another node (whose change
   * events this node never hears): nothing if the stamp is the one it was built from; the changed
   * brands alone if only brand approvals came, and the approvals found account for all the stamp
   * counts; else a whole build. Runs after a change on this node, and every few seconds.
   */
  synchronized void refresh() {
    String stamp = ruleSets.knowledgeStamp();
    if (stamp.equals(builtFrom)) {
      return;
    }
    try {
      if (!applyApprovals(stamp)) {
        rebuild();
      }
    } catch (RuntimeException e) {
      log.warn("could not apply the knowledge base's changes; building the screener whole", e);
      rebuild();
    }
  }

  /** Applies the brand approvals since the screener was built, if they are all it lacks; false if not. */
  private boolean applyApprovals(String stamp) {
    long approvals = approvalsSince(builtFrom, stamp);
    if (approvals <= 0) {
      return false;
    }
    var found = brands.approvedSince(lookFrom.minus(LATE_COMMITS));
    var latest = new java.util.HashMap<java.util.UUID, Integer>();
    java.time.Instant last = lookFrom;
    long fresh = 0;
    for (Brands.Approved a : found) {
      Brands.Active had = inUse.get(a.brandId());
      if (had == null || a.revision() > had.revision()) {
        fresh++;
        latest.merge(a.brandId(), a.revision(), Math::max);
      }
      last = a.decidedAt().isAfter(last) ? a.decidedAt() : last;
    }
    if (fresh != approvals || latest.size() > MAX_CHANGED_BRANDS) {
      return false; // an approval committed too late to be found, or too many at once
    }
    List<com.steward.core.screening.rules.BrandProfile> changed = new java.util.ArrayList<>();
    java.util.Set<String> gone = new java.util.HashSet<>();
    var now = new java.util.HashMap<java.util.UUID, Brands.Active>();
    for (var brand : latest.keySet()) {
      Brands.Active a = brands.active(brand).orElse(null);
      if (a == null) {
        return false;
      }
      Brands.Active had = inUse.get(brand);
      if (had != null && !had.profile().name().equals(a.profile().name())) {
        gone.add(had.profile().name());
      }
      changed.add(a.profile());
      now.put(brand, a);
    }
    Screener next = current.get().withChanges(changed, gone);
    if (next.changedTerms() > MAX_CHANGED_TERMS) {
      return false;
    }
    current.set(next);
    inUse.putAll(now);
    lookFrom = last;
    builtFrom = stamp;
    return true;
  }

  /**
   * How many approvals {@code now} counts beyond {@code before}, if nothing else changed (the rule
   * set, the suspicious terms); -1 if something did. The stamp's first part is
   * {@code count:latest approval}.
   */
  static long approvalsSince(String before, String now) {
    int b = before.indexOf('/');
    int n = now.indexOf('/');
    if (b < 0 || n < 0 || !before.substring(b).equals(now.substring(n))) {
      return -1;
    }
    try {
      return Long.parseLong(now.substring(0, now.indexOf(':'))) - Long.parseLong(before.substring(0, before.indexOf(':')));
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /** Refreshes if the knowledge base changed; checked every few seconds. */
  void rebuildIfStale() {
    try {
      refresh();
    } catch (RuntimeException e) {
      log.warn("could not check whether the knowledge base changed; screening goes on with the rules it has", e);
    }
  }

  /** The published rule set, or the standard one before anything is stored. */
  /**
   * What the rules {@code ruleIds} of the rule set {@code version} do beyond scoring (lower the
   * seller's credit, suspend its marketing): a decision's effects, read again when it is undone.
   */
  java.util.Set<com.steward.core.screening.rules.Effect> effects(String version, java.util.Collection<String> ruleIds) {
    var out = java.util.EnumSet.noneOf(com.steward.core.screening.rules.Effect.class);
    var rules = ruleSets.find(version).map(s -> RuleSetJson.parse(json.readTree(s.body())))
        .or(() -> java.util.Optional.of(RuleSet.standard()).filter(r -> r.version().equals(version)));
    if (rules.isEmpty()) {
      log.warn("rule set {} is not stored: the effects of its rules {} cannot be undone", version, ruleIds);
    }
    rules.ifPresent(r -> r.rules().stream().filter(rule -> ruleIds.contains(rule.id()))
        .forEach(rule -> out.addAll(rule.effects())));
    return out;
  }

  private RuleSet rulesInUse() {
    return ruleSets.published().map(s -> RuleSetJson.parse(json.readTree(s.body()))).orElseGet(RuleSet::standard);
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    refresher.shutdownNow();
  }

  private static Screener build(List<com.steward.core.screening.rules.BrandProfile> profiles, List<String> terms,
      RuleSet rules) {
    return Screener.build(profiles, terms, MentionClassifier.defaults(), rules);
  }
}
