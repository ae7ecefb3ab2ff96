package com.steward.core.screening.rules;

import com.steward.core.screening.MentionClassifier.Use;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of screening one listing, with its explanation: the rule-set version, the brand
 * that decided it, the rules that fired for that brand, the score, every span matched, and the
 * effects on the merchant (only when the listing is blocked).
 */
public record Decision(
    String listingId,
    Action action,
    double score,
    @Nullable String brand,
    List<String> rules,
    List<Match> matches,
    String ruleSetVersion,
    java.util.Set<Effect> effects) {

  public Decision {
    rules = List.copyOf(rules);
    matches = List.copyOf(matches);
    effects = java.util.Set.copyOf(effects);
  }

  /** What happens to the listing. */
  public enum Action {
    ALLOW,
    REFER,
    BLOCK
  }

  /**
   * A matched span: whose term (empty for suspicious terms), the term as the knowledge base has
   * it, in which field, where in the original text (UTF-16, end exclusive), and how the brand is
   * used there (null for suspicious terms and for the description).
   */
  public record Match(String brand, String term, String field, int start, int end, @Nullable Use use) {}
}
