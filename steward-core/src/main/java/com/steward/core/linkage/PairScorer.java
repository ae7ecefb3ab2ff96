package com.steward.core.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Scores two encoded records with {@link LinkageWeights}; stateless, thread-safe. */
final class PairScorer {

  /** A score and the attributes that agreed, the heaviest evidence first. */
  record Scored(double score, List<String> evidence) {}

  private static final Attribute[] ATTRIBUTES = Attribute.values();

  private final LinkageWeights weights;
  private final double[] agree = new double[ATTRIBUTES.length];
  private final double[] disagree = new double[ATTRIBUTES.length];

  PairScorer(LinkageWeights weights) {
    this.weights = weights;
    for (Attribute a : ATTRIBUTES) {
      agree[a.ordinal()] = weights.of(a).agree();
      disagree[a.ordinal()] = weights.of(a).disagree();
    }
  }

  double threshold() {
    return weights.threshold();
  }

  /** The score alone, without building the evidence: the hot path of the index. */
  double quickScore(EncodedRecord a, EncodedRecord b) {
    return score(a, b, null);
  }

  Scored score(EncodedRecord a, EncodedRecord b) {
    List<Evidence> evidence = new ArrayList<>();
    double score = score(a, b, evidence);
    evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
    return new Scored(score, evidence.stream().map(Evidence::text).toList());
  }

  private double score(EncodedRecord a, EncodedRecord b, @Nullable List<Evidence> evidence) {
    double score = 0;
    boolean strongEqual = false;
    for (Attribute attr : ATTRIBUTES) {
      if (attr == Attribute.GIVEN_NAME || attr == Attribute.SURNAME) {
        continue;
      }
      switch (attr.encoding()) {
        case HASH -> {
          if (a.hasHash(attr) && b.hasHash(attr)) {
            boolean equal = a.hash(attr) == b.hash(attr);
            strongEqual |= equal && attr.strongIdentifier();
            double part = equal ? agree[attr.ordinal()] : -disagree[attr.ordinal()];
            score += part;
            if (equal && evidence != null) {
              evidence.add(new Evidence(part, attr.label() + " equal"));
            }
          }
        }
        case BLOOM -> {
          double d = dice(a, b, attr, attr);
          if (d >= 0) {
            double part = part(attr, d);
            score += part;
            note(evidence, attr, d, part);
          }
        }
      }
    }
    double total = score + names(a, b, evidence);
    return strongEqual && weights.strongAlone() ? Math.max(total, weights.threshold()) : total;
  }

  private record Evidence(double weight, String text) {}

  /** Given name and surname, compared straight or swapped, whichever agrees better. */
  private double names(EncodedRecord a, EncodedRecord b, @Nullable List<Evidence> evidence) {
    Attribute g = Attribute.GIVEN_NAME;
    Attribute s = Attribute.SURNAME;
    double gg = dice(a, b, g, g);
    double ss = dice(a, b, s, s);
    double gs = dice(a, b, g, s);
    double sg = dice(a, b, s, g);
    double straight = part(g, gg) + part(s, ss);
    double swapped = part(g, gs) + part(s, sg);
    if (swapped > straight && gs >= 0 && sg >= 0) {
      if (evidence != null) {
        evidence.add(new Evidence(swapped, String.format(Locale.ROOT, "names swapped dice %.2f/%.2f", gs, sg)));
      }
      return swapped;
    }
    note(evidence, g, gg, part(g, gg));
    note(evidence, s, ss, part(s, ss));
    return straight;
  }

  /**
   * The contribution of a Dice similarity: 0 when a value is missing, {@code -disagree} at the
   * floor or below, {@code agree} at 1, linear in between.
   */
  private double part(Attribute a, double dice) {
    if (dice < 0) {
      return 0;
    }
    double floor = weights.diceFloor();
    int i = a.ordinal();
    return dice <= floor ? -disagree[i] : -disagree[i] + (dice - floor) / (1 - floor) * (agree[i] + disagree[i]);
  }

  private static void note(@Nullable List<Evidence> evidence, Attribute a, double dice, double weight) {
    if (evidence != null && dice >= 0.75) {
      evidence.add(new Evidence(weight, String.format(Locale.ROOT, "%s dice %.2f", a.label(), dice)));
    }
  }

  /** Dice of {@code a}'s filter for {@code x} against {@code b}'s for {@code y}; -1 when either is missing. */
  private static double dice(EncodedRecord a, EncodedRecord b, Attribute x, Attribute y) {
    BloomFilter fa = a.filter(x);
    BloomFilter fb = b.filter(y);
    return fa == null || fb == null ? -1 : fa.dice(fb);
  }
}
