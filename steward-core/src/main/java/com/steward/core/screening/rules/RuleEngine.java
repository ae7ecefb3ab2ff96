package com.steward.core.screening.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Evaluates rules against the facts of one listing and one brand. Pure and stateless. */
public final class RuleEngine {

  private RuleEngine() {}

  /** The signals that hold and the measures that are known. */
  public record Facts(Set<Signal> signals, Map<Measure, Double> measures) {
    public Facts {
      signals = signals.isEmpty() ? EnumSet.noneOf(Signal.class) : EnumSet.copyOf(signals);
      measures = Map.copyOf(measures);
    }
  }

  /** The rules that fired, the combined score, and the effects those rules carry. */
  public record Outcome(List<String> fired, double score, Set<Effect> effects) {}

  public static Outcome evaluate(RuleSet rules, Facts facts) {
    List<String> fired = new ArrayList<>();
    Set<Effect> effects = EnumSet.noneOf(Effect.class);
    double notEvidence = 1;
    for (Rule r : rules.rules()) {
      if (holds(r.when(), facts)) {
        fired.add(r.id());
        effects.addAll(r.effects());
        notEvidence *= 1 - r.weight();
      }
    }
    // rounded: 1 - (1 - 0.2) is 0.19999999999999996 in binary, and a rule of weight 0.2 firing alone
    // must reach a threshold of 0.2
    return new Outcome(fired, Math.round((1 - notEvidence) * 1e9) / 1e9, effects);
  }

  static boolean holds(Condition c, Facts f) {
    return switch (c) {
      case Condition.Is is -> f.signals().contains(is.signal());
      case Condition.AtLeast at -> f.measures().containsKey(at.measure()) && f.measures().get(at.measure()) >= at.value();
      case Condition.AtMost at -> f.measures().containsKey(at.measure()) && f.measures().get(at.measure()) <= at.value();
      case Condition.All all -> all.conditions().stream().allMatch(x -> holds(x, f));
      case Condition.Any any -> any.conditions().stream().anyMatch(x -> holds(x, f));
      case Condition.Not not -> !holds(not.condition(), f);
    };
  }
}
