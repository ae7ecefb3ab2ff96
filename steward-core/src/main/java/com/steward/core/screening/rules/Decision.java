package com.steward.core.screening.rules;

import com.steward.core.screening.MentionClassifier.Use;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of screening one listing, with its explanation: the rule-set version, the brand
 * that decided it, the rules that fired for that brand, the score, and every span matched.
 */
public record Decision(
    String listingId,
    Action action,
    double score,
    @Nullable String brand,
    List<String> rules,
    List<Match> matches,
    String ruleSetVersion) {

  public Decision {
    rules = List.copyOf(rules);
    matches = List.copyOf(matches);
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
