package com.steward.core.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleEngineTests {

  static final RuleEngine.Facts FACTS = new RuleEngine.Facts(Set.of(Signal.PRICE_BELOW_FLOOR),
      Map.of(Measure.DISTINCT_BRANDS, 2.0, Measure.SELLER_RATING, 0.3));

  @Test
  void eachKindOfConditionEvaluates() {
    assertThat(RuleEngine.holds(new Condition.Is(Signal.PRICE_BELOW_FLOOR), FACTS)).isTrue();
    assertThat(RuleEngine.holds(new Condition.Is(Signal.IMITATION_MENTION), FACTS)).isFalse();
    assertThat(RuleEngine.holds(new Condition.AtLeast(Measure.DISTINCT_BRANDS, 2), FACTS)).isTrue();
    assertThat(RuleEngine.holds(new Condition.AtLeast(Measure.DISTINCT_BRANDS, 3), FACTS)).isFalse();
    assertThat(RuleEngine.holds(new Condition.AtMost(Measure.SELLER_RATING, 0.5), FACTS)).isTrue();
    assertThat(RuleEngine.holds(new Condition.AtMost(Measure.CLUSTER_RISK, 1), FACTS))
        .as("an absent measure satisfies no comparison").isFalse();
    assertThat(RuleEngine.holds(new Condition.All(List.of(new Condition.Is(Signal.PRICE_BELOW_FLOOR),
        new Condition.AtMost(Measure.SELLER_RATING, 0.5))), FACTS)).isTrue();
    assertThat(RuleEngine.holds(new Condition.Any(List.of(new Condition.Is(Signal.IMITATION_MENTION),
        new Condition.AtLeast(Measure.DISTINCT_BRANDS, 5))), FACTS)).isFalse();
    assertThat(RuleEngine.holds(new Condition.Not(new Condition.Is(Signal.IMITATION_MENTION)), FACTS)).isTrue();
  }

  @Test
  void weightsCombineAsIndependentEvidence() {
    var rules = new RuleSet("t", List.of(
        new Rule("a", "a", new Condition.Is(Signal.PRICE_BELOW_FLOOR), 0.5),
        new Rule("b", "b", new Condition.AtMost(Measure.SELLER_RATING, 0.5), 0.5),
        new Rule("c", "c", new Condition.Is(Signal.IMITATION_MENTION), 0.9)), new Thresholds(0.5, 0.9));
    RuleEngine.Outcome o = RuleEngine.evaluate(rules, FACTS);
    assertThat(o.fired()).containsExactly("a", "b");
    assertThat(o.score()).isEqualTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aRuleFiringAloneScoresItsWeightAndSoReachesAThresholdOfTheSameValue() {
    for (double w : new double[] {0.08, 0.1, 0.2, 0.21, 0.43}) {
      var rules = new RuleSet("t", List.of(new Rule("a", "a", new Condition.Is(Signal.PRICE_BELOW_FLOOR), w)),
          new Thresholds(w, 1));
      assertThat(RuleEngine.evaluate(rules, FACTS).score()).as("weight %s", w).isGreaterThanOrEqualTo(w);
    }
  }

  @Test
  void badRuleSetsAreRefused() {
    assertThatThrownBy(() -> new Rule("x", "x", new Condition.Is(Signal.SUSPICIOUS_TERM), 1.5))
        .hasMessageContaining("weight");
    assertThatThrownBy(() -> new Thresholds(0.9, 0.5)).hasMessageContaining("refer <= block");
    var r = new Rule("x", "x", new Condition.Is(Signal.SUSPICIOUS_TERM), 0.5);
    assertThatThrownBy(() -> new RuleSet("v", List.of(r, r), new Thresholds(0.5, 0.9)))
        .hasMessageContaining("appears twice");
  }
}
