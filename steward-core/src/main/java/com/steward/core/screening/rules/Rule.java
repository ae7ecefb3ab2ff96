package com.steward.core.screening.rules;

/**
 * One rule: when {@code when} holds, it adds {@code weight} (0 to 1) of evidence. Weights
 * combine as independent evidence: score = 1 - product of (1 - weight) over the rules that fire.
 * When the decision blocks, the {@code effects} of the rules that fired apply to the merchant.
 */
public record Rule(String id, String description, Condition when, double weight, java.util.Set<Effect> effects) {

  public Rule(String id, String description, Condition when, double weight) {
    this(id, description, when, weight, java.util.Set.of());
  }

  public Rule {
    effects = java.util.Set.copyOf(effects);
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("rule id is required");
    }
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("rule " + id + ": weight must be in (0, 1], was " + weight);
    }
  }
}
