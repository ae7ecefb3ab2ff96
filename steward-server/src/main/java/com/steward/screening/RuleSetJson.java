package com.steward.screening;

import com.steward.core.screening.rules.Condition;
import com.steward.core.screening.rules.Effect;
import com.steward.core.screening.rules.Measure;
import com.steward.core.screening.rules.Rule;
import com.steward.core.screening.rules.RuleSet;
import com.steward.core.screening.rules.Signal;
import com.steward.core.screening.rules.Thresholds;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.errors.StewardException.FieldProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Rule sets as JSON, the form analysts edit them in:
 *
 * <pre>
 * {"version": "draft-3", "defaults": {"refer": 0.5, "block": 0.85},
 *  "rules": [{"id": "imitation", "description": "...", "weight": 0.9, "effects": ["LOWER_CREDIT"],
 *             "when": {"is": "IMITATION_MENTION"}}]}
 * </pre>
 *
 * A condition is one of {@code {"is": SIGNAL}}, {@code {"atLeast": {"measure": M, "value": x}}},
 * {@code {"atMost": ...}}, {@code {"all": [...]}}, {@code {"any": [...]}}, {@code {"not": {...}}}.
 * Every problem is reported with its path ({@code rules[2].when.all[0].is}).
 */
public final class RuleSetJson {

  private RuleSetJson() {}

  public static RuleSet parse(JsonNode root) {
    List<FieldProblem> problems = new ArrayList<>();
    String version = text(root, "version", "version", problems);
    Thresholds defaults = thresholds(root.path("defaults"), "defaults", problems);
    List<Rule> rules = new ArrayList<>();
    JsonNode list = root.path("rules");
    if (!list.isArray() || list.isEmpty()) {
      problems.add(new FieldProblem("rules", "a non-empty array of rules"));
    } else {
      for (int i = 0; i < list.size(); i++) {
        String at = "rules[" + i + "]";
        JsonNode r = list.get(i);
        String id = text(r, "id", at + ".id", problems);
        String description = r.path("description").isString() ? r.path("description").asString() : "";
        if (description.length() > 2000 || hasControlChars(description.replaceAll("[\\n\\t]", " "))) {
          problems.add(new FieldProblem(at + ".description", "at most 2000 characters, without control characters"));
        }
        double weight = r.path("weight").isNumber() ? r.path("weight").asDouble() : Double.NaN;
        if (!(weight > 0 && weight <= 1)) {
          problems.add(new FieldProblem(at + ".weight", "a number in (0, 1]"));
        }
        Set<Effect> effects = EnumSet.noneOf(Effect.class);
        for (JsonNode e : r.path("effects")) {
          Effect effect = enumValue(Effect.class, e, at + ".effects", problems);
          if (effect != null) {
            effects.add(effect);
          }
        }
        Condition when = condition(r.path("when"), at + ".when", problems);
        if (id != null && when != null && weight > 0 && weight <= 1) {
          rules.add(new Rule(id, description, when, weight, effects));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    try {
      return new RuleSet(version, rules, defaults);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("rules", e.getMessage());
    }
  }

  /** The rule set in the form {@link #parse} reads: {@code parse(write(r))} equals {@code r}. */
  public static Map<String, Object> write(RuleSet r) {
    var out = new LinkedHashMap<String, Object>();
    out.put("version", r.version());
    out.put("defaults", Map.of("refer", r.defaults().refer(), "block", r.defaults().block()));
    List<Object> rules = new ArrayList<>();
    for (Rule rule : r.rules()) {
      var m = new LinkedHashMap<String, Object>();
      m.put("id", rule.id());
      m.put("description", rule.description());
      m.put("weight", rule.weight());
      m.put("effects", rule.effects().stream().map(Enum::name).sorted().toList());
      m.put("when", write(rule.when()));
      rules.add(m);
    }
    out.put("rules", rules);
    return out;
  }

  private static Map<String, Object> write(Condition c) {
    return switch (c) {
      case Condition.Is is -> Map.of("is", is.signal().name());
      case Condition.AtLeast a -> Map.of("atLeast", Map.of("measure", a.measure().name(), "value", a.value()));
      case Condition.AtMost a -> Map.of("atMost", Map.of("measure", a.measure().name(), "value", a.value()));
      case Condition.All all -> Map.of("all", all.conditions().stream().map(RuleSetJson::write).toList());
      case Condition.Any any -> Map.of("any", any.conditions().stream().map(RuleSetJson::write).toList());
      case Condition.Not not -> Map.of("not", write(not.condition()));
    };
  }

  private static Condition condition(JsonNode c, String at, List<FieldProblem> problems) {
    if (!c.isObject() || c.size() != 1) {
      problems.add(new FieldProblem(at, "one of is, atLeast, atMost, all, any, not"));
      return null;
    }
    String kind = c.propertyNames().iterator().next();
    JsonNode v = c.get(kind);
    return switch (kind) {
      case "is" -> {
        Signal s = enumValue(Signal.class, v, at + ".is", problems);
        yield s == null ? null : new Condition.Is(s);
      }
      case "atLeast", "atMost" -> {
        Measure m = enumValue(Measure.class, v.path("measure"), at + "." + kind + ".measure", problems);
        if (!v.path("value").isNumber()) {
          problems.add(new FieldProblem(at + "." + kind + ".value", "a number"));
          yield null;
        }
        double value = v.path("value").asDouble();
        if (!Double.isFinite(value)) {
          problems.add(new FieldProblem(at + "." + kind + ".value", "a finite number"));
          yield null;
        }
        yield m == null ? null : kind.equals("atLeast") ? new Condition.AtLeast(m, value) : new Condition.AtMost(m, value);
      }
      case "all", "any" -> {
        if (!v.isArray() || v.isEmpty()) {
          problems.add(new FieldProblem(at + "." + kind, "a non-empty array of conditions"));
          yield null;
        }
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
          parts.add(condition(v.get(i), at + "." + kind + "[" + i + "]", problems));
        }
        yield parts.contains(null) ? null : kind.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
      }
      case "not" -> {
        Condition inner = condition(v, at + ".not", problems);
        yield inner == null ? null : new Condition.Not(inner);
      }
      default -> {
        problems.add(new FieldProblem(at, "unknown condition '" + kind + "'; one of is, atLeast, atMost, all, any, not"));
        yield null;
      }
    };
  }

  private static Thresholds thresholds(JsonNode t, String at, List<FieldProblem> problems) {
    double refer = t.path("refer").isNumber() ? t.path("refer").asDouble() : Double.NaN;
    double block = t.path("block").isNumber() ? t.path("block").asDouble() : Double.NaN;
    if (!(refer > 0 && refer <= block && block <= 1)) {
      problems.add(new FieldProblem(at, "refer and block with 0 < refer <= block <= 1"));
      return null;
    }
    return new Thresholds(refer, block);
  }

  private static String text(JsonNode node, String field, String at, List<FieldProblem> problems) {
    JsonNode v = node.path(field);
    if (!v.isString() || v.asString().isBlank() || v.asString().length() > 100) {
      problems.add(new FieldProblem(at, "1-100 characters"));
      return null;
    }
    if (hasControlChars(v.asString())) {
      problems.add(new FieldProblem(at, "contains control characters"));
      return null;
    }
    return v.asString();
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode v, String at, List<FieldProblem> problems) {
    try {
      return Enum.valueOf(type, v.asString());
    } catch (RuntimeException e) {
      problems.add(new FieldProblem(at, "one of " + Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  private static boolean hasControlChars(String s) {
    return s.chars().anyMatch(Character::isISOControl);
  }
}
