package com.steward.core.screening.rules;

import java.util.List;

/** When a rule fires: a tree of plain data, evaluated by {@link RuleEngine}, one case per kind. */
public sealed interface Condition {

  /** The signal holds. */
  record Is(Signal signal) implements Condition {}

  /** The measure is known and at least {@code value}. */
  record AtLeast(Measure measure, double value) implements Condition {}

  /** The measure is known and at most {@code value}. */
  record AtMost(Measure measure, double value) implements Condition {}

  /** Every condition holds. */
  record All(List<Condition> conditions) implements Condition {
    public All {
      conditions = List.copyOf(conditions);
    }
  }

  /** At least one condition holds. */
  record Any(List<Condition> conditions) implements Condition {
    public Any {
      conditions = List.copyOf(conditions);
    }
  }

  /** The condition does not hold. */
  record Not(Condition condition) implements Condition {}

  /** Whether {@code signal} appears anywhere in {@code c}. */
  static boolean mentions(Condition c, Signal signal) {
    return switch (c) {
      case Is is -> is.signal() == signal;
      case AtLeast a -> false;
      case AtMost a -> false;
      case All all -> all.conditions().stream().anyMatch(x -> mentions(x, signal));
      case Any any -> any.conditions().stream().anyMatch(x -> mentions(x, signal));
      case Not not -> mentions(not.condition(), signal);
    };
  }
}
