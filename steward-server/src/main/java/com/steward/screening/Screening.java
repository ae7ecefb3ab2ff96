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
 * sees half a change. A brand revision approved on this node changes only that brand's terms
 * ({@link Screener#withChanges}) when it is the only change since the screener was built; anything
 * else (a rule set, suspicious terms, an import, another node's change, several at once) builds
 * the screener whole. So does a layer of changes grown past {@value #MAX_CHANGED_TERMS} terms.
 */
@Service
public class Screening {

  private final Brands brands;
  private final JdbcRuleSetRepository ruleSets;
  private final JsonMapper json;
  private final SuspiciousTerms suspiciousTerms;
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Screening.class);
  private volatile String builtFrom = "";
  /** The name each brand has in the screener in use, so that a renamed brand's old name goes. */
  private final java.util.Map<java.util.UUID, String> namesById = new java.util.concurrent.ConcurrentHashMap<>();
  /** Past this many changed terms, the next change builds the screener whole again. */
  static final int MAX_CHANGED_TERMS = 20_000;
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
  public record BlockLifted(java.util.UUID decisionId) {}

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
    applyOrRebuild(e);
  }

  /**
   * Changes the brand of {@code e} alone if its revision is the only change since the screener in
   * use was built (the stamp shows one more approved revision, approved when this one was, and the
   * rest unchanged); else builds whole. Nothing if the screener already holds the change.
   */
  synchronized void applyOrRebuild(Brands.BrandsChanged e) {
    try {
      String before = builtFrom;
      java.util.Optional<com.steward.core.screening.rules.BrandProfile> profile = brands.activeProfile(e.brandId());
      String stamp = ruleSets.knowledgeStamp();
      if (stamp.equals(before)) {
        return;
      }
      if (profile.isEmpty() || !onlyChange(before, stamp, brands.approvedAtText(e.brandId(), e.revision()).orElse(null))) {
        rebuild();
        return;
      }
      String oldName = namesById.get(e.brandId());
      var p = profile.get();
      Screener next = current.get().withChanges(List.of(p),
          oldName == null || oldName.equals(p.name()) ? java.util.Set.of() : java.util.Set.of(oldName));
      if (next.changedTerms() > MAX_CHANGED_TERMS) {
        rebuild();
        return;
      }
      current.set(next);
      namesById.put(e.brandId(), p.name());
      builtFrom = stamp;
    } catch (RuntimeException ex) {
      log.warn("could not apply the change of brand {}; building the screener whole", e.brandId(), ex);
      rebuild();
    }
  }

  /**
   * Whether {@code now} is {@code before} and one more approved revision, approved at
   * {@code approvedAt}: the stamp's first part is {@code count:latest approval}, the rest (rule set,
   * suspicious terms) unchanged.
   */
  static boolean onlyChange(String before, String now, @org.jspecify.annotations.Nullable String approvedAt) {
    int b = before.indexOf('/');
    int n = now.indexOf('/');
    if (approvedAt == null || b < 0 || n < 0 || !before.substring(b).equals(now.substring(n))) {
      return false;
    }
    String[] was = before.substring(0, b).split(":", 2);
    String[] is = now.substring(0, n).split(":", 2);
    try {
      return is.length == 2 && Long.parseLong(is[0]) == Long.parseLong(was[0]) + 1 && is[1].equals(approvedAt);
    } catch (NumberFormatException ex) {
      return false;
    }
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
    var profiles = brands.activeProfilesById();
    current.set(build(List.copyOf(profiles.values()), suspiciousTerms.terms(), rulesInUse()));
    namesById.clear();
    profiles.forEach((id, p) -> namesById.put(id, p.name()));
    builtFrom = stamp;
  }

  /**
   * Rebuilds if the knowledge base changed since the last build, here or on another node (whose
   * change events this node never hears). Checked every few seconds.
   */
  void rebuildIfStale() {
    try {
      if (!ruleSets.knowledgeStamp().equals(builtFrom)) {
        rebuild();
      }
    } catch (RuntimeException e) {
      log.warn("could not check whether the knowledge base changed; screening goes on with the rules it has", e);
    }
  }

  /** The published rule set, or the standard one before anything is stored. */
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
