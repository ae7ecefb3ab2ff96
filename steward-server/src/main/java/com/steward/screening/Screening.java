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
  private final AtomicReference<Screener> current =
      new AtomicReference<>(build(List.of(), Screener.DEFAULT_SUSPICIOUS_TERMS, RuleSet.standard()));

  Screening(Brands brands, JdbcRuleSetRepository ruleSets, JsonMapper json, SuspiciousTerms suspiciousTerms) {
    this.brands = brands;
    this.suspiciousTerms = suspiciousTerms;
    this.ruleSets = ruleSets;
    this.json = json;
  }

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
  public void rebuild() {
    current.set(build(brands.activeProfiles(), suspiciousTerms.terms(), rulesInUse()));
  }

  /** The published rule set, or the standard one before anything is stored. */
  private RuleSet rulesInUse() {
    return ruleSets.published().map(s -> RuleSetJson.parse(json.readTree(s.body()))).orElseGet(RuleSet::standard);
  }

  private static Screener build(List<com.steward.core.screening.rules.BrandProfile> profiles, List<String> terms,
      RuleSet rules) {
    return Screener.build(profiles, terms, MentionClassifier.defaults(), rules);
  }
}
