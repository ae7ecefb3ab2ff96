package com.steward.core.screening.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A published, versioned set of rules with the default thresholds. Immutable. */
public record RuleSet(String version, List<Rule> rules, Thresholds defaults) {

  public RuleSet {
    rules = List.copyOf(rules);
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("rule set " + version + ": rule id " + r.id() + " appears twice");
      }
    }
  }

  /** Whether a rule's condition names {@code signal}: a signal no rule names need not be computed. */
  public boolean uses(Signal signal) {
    return rules.stream().anyMatch(r -> Condition.mentions(r.when(), signal));
  }

  /** The rules Steward starts with: each case of Haze Clearing and of counterfeit screening. */
  public static RuleSet standard() {
    return new RuleSet("default-3", List.of(
        new Rule("unauthorised-mention", "The title names a brand and the seller is not authorised for it",
            new Condition.Is(Signal.UNAUTHORISED_MENTION), 0.2),
        new Rule("imitation", "The title names a brand to say what the product copies",
            new Condition.Is(Signal.IMITATION_MENTION), 0.9, Set.of(Effect.LOWER_CREDIT, Effect.SUSPEND_MARKETING)),
        new Rule("price-below-floor", "Priced below the brand's floor for the category",
            new Condition.Is(Signal.PRICE_BELOW_FLOOR), 0.5),
        new Rule("suspicious-term", "A suspicious term in a listing that names a brand",
            new Condition.Is(Signal.SUSPICIOUS_TERM), 0.85, Set.of(Effect.LOWER_CREDIT)),
        new Rule("brand-attribute-mismatch", "The brand attribute does not match the brand in the title",
            new Condition.Is(Signal.BRAND_ATTRIBUTE_MISMATCH), 0.3),
        new Rule("brand-stuffing", "The title names three or more brands",
            new Condition.AtLeast(Measure.DISTINCT_BRANDS, 3), 0.85, Set.of(Effect.LOWER_CREDIT, Effect.SUSPEND_MARKETING))),
        new Thresholds(0.5, 0.85));
  }
}
