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
 * rebuilt and swapped in whole when a brand revision is approved or a rule set is published, so
 * screening never stops and never sees half a change.
 */
@Service
public class Screening {

  private final Brands brands;
  private final JdbcRuleSetRepository ruleSets;
  private final JsonMapper json;
  private final SuspiciousTerms suspiciousTerms;
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Screening.class);
  private volatile String builtFrom = "";
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
    rebuild();
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
    current.set(build(brands.activeProfiles(), suspiciousTerms.terms(), rulesInUse()));
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
