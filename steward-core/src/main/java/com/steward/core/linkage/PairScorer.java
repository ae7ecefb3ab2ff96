package com.steward.core.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Scores two encoded records with {@link LinkageWeights}; stateless, thread-safe.
 *
 * <p>{@link #score} computes the full score with its evidence. {@link #reaches} only decides
 * whether the score reaches the threshold, which is what almost every candidate pair needs: it
 * adds the hashes first, then the Dice terms one at a time (the address, the given name both
 * ways, the other fuzzy attributes, the surname both ways), and stops as soon as even perfect
 * agreement on the attributes left could not reach the threshold. A total within {@value #EPSILON}
 * of the threshold is recomputed in {@link #score}'s order, so both always decide alike.
 */
final class PairScorer {

  /** A score and the attributes that agreed, the heaviest evidence first. */
  record Scored(double score, List<String> evidence) {}

  private static final Attribute[] ATTRIBUTES = Attribute.values();
  private static final int G = Attribute.GIVEN_NAME.ordinal();
  private static final int S = Attribute.SURNAME.ordinal();
  private static final double EPSILON = 1e-9;

  private final LinkageWeights weights;
  private final double threshold;
  private final double floor;
  private final double[] agree = new double[ATTRIBUTES.length];
  private final double[] disagree = new double[ATTRIBUTES.length];
  /** Attributes compared by hash. */
  private final int hashed;
  /** Strong identifiers that link on their own when equal ({@link LinkageWeights#strongAlone}); 0 if none do. */
  private final int linkAlone;
  /** Per byte of an attribute mask and per value of that byte: the sum of the agree (disagree) weights of its bits. */
  private final double[][] agreeBytes = new double[(ATTRIBUTES.length + 7) / 8][256];
  private final double[][] disagreeBytes = new double[agreeBytes.length][256];
  /** Bloom-encoded attributes other than the two names, the widest range of weight first. */
  private final int[] fuzzy;

  PairScorer(LinkageWeights weights) {
    this.weights = weights;
    this.threshold = weights.threshold();
    this.floor = weights.diceFloor();
    int h = 0;
    List<Attribute> f = new ArrayList<>();
    for (Attribute a : ATTRIBUTES) {
      agree[a.ordinal()] = weights.of(a).agree();
      disagree[a.ordinal()] = weights.of(a).disagree();
      if (a.encoding() == Attribute.Encoding.HASH) {
        h |= 1 << a.ordinal();
      } else if (a != Attribute.GIVEN_NAME && a != Attribute.SURNAME) {
        f.add(a);
      }
    }
    this.hashed = h;
    int strong = 0;
    for (Attribute a : ATTRIBUTES) {
      if (a.strongIdentifier() && a.encoding() == Attribute.Encoding.HASH) {
        strong |= 1 << a.ordinal();
      }
    }
    this.linkAlone = weights.strongAlone() ? strong : 0;
    for (int i = 0; i < agreeBytes.length; i++) {
      for (int m = 0; m < 256; m++) {
        agreeBytes[i][m] = sum(agree, m, 8 * i);
        disagreeBytes[i][m] = sum(disagree, m, 8 * i);
      }
    }
    f.sort(Comparator.comparingDouble((Attribute a) -> agree[a.ordinal()] + disagree[a.ordinal()]).reversed());
    this.fuzzy = f.stream().mapToInt(Attribute::ordinal).toArray();
  }

  /** The sum of {@code weights[from + i]} over the bits i of the byte {@code mask} (within the attributes). */
  private static double sum(double[] weights, int mask, int from) {
    double s = 0;
    for (int i = 0; i < 8 && from + i < weights.length; i++) {
      if ((mask & (1 << i)) != 0) {
        s += weights[from + i];
      }
    }
    return s;
  }

  double threshold() {
    return threshold;
  }

  /** The score alone, without building the evidence, summed in {@link #score}'s order. */
  double quickScore(EncodedRecord a, EncodedRecord b) {
    return score(a, b, null);
  }

  /** Whether {@code quickScore(a, b) >= threshold()}, stopping early where the rest cannot change that. */
  boolean reaches(EncodedRecord a, EncodedRecord b) {
    return reaches(a, b, null);
  }

  /**
   * {@link #reaches} with {@code b}'s two names' filters joined ({@link Names}), made once for
   * many comparisons with the same {@code b}: one Dice-sized count then settles, for most pairs,
   * both Dice values of {@code a}'s given name.
   */
  boolean reaches(EncodedRecord a, EncodedRecord b, @Nullable Names bNames) {
    double t = threshold - EPSILON;
    int both = a.hashMask() & b.hashMask() & hashed;
    int equal = EncodedRecord.equalHashes(a, b) & both;
    if ((equal & linkAlone) != 0) {
      return true;
    }
    int different = both & ~equal;
    double score = 0;
    for (int i = 0; i < agreeBytes.length; i++) {
      score += agreeBytes[i][(equal >>> (8 * i)) & 0xff] - disagreeBytes[i][(different >>> (8 * i)) & 0xff];
    }
    int fa = a.filterMask();
    int fb = b.filterMask();
    int fuzzyBoth = fa & fb;
    // the most the fuzzy attributes still to compare can add
    double rest = 0;
    for (int o : fuzzy) {
      if ((fuzzyBoth & (1 << o)) != 0) {
        rest += agree[o];
      }
    }
    // names: straight (given-given, surname-surname) or, with all four filters, swapped if better;
    // until a Dice is computed its part counts at its most, agree
    boolean gg = (fuzzyBoth & (1 << G)) != 0;
    boolean ss = (fuzzyBoth & (1 << S)) != 0;
    boolean swappable = gg && ss; // all four filters
    double straightG = gg ? agree[G] : 0;
    double straightS = ss ? agree[S] : 0;
    double swappedG = agree[G];
    double swappedS = agree[S];
    if (score + rest + names(straightG + straightS, swappable, swappedG + swappedS) < t) {
      return false;
    }
    // the heaviest other fuzzy attribute first (an address: poor for most candidate pairs), then the
    // given name both ways (both poor caps the names), then the others, then the surname
    int givenAt = Math.min(1, fuzzy.length);
    for (int i = 0; i <= fuzzy.length; i++) {
      if (i == givenAt) {
        boolean settled = swappable && bNames != null && given(a, bNames, b);
        if (settled) {
          // a's given name shares too few bits with b's two names together for either Dice to
          // pass the floor: both parts are -disagree, as the two Dice would have given
          straightG = -disagree[G];
          swappedG = -disagree[G];
          if (score + rest + names(straightG + straightS, true, swappedG + swappedS) < t) {
            return false;
          }
        } else if (gg) {
          straightG = fastPart(G, EncodedRecord.diceParts(a, G, b, G));
          if (score + rest + names(straightG + straightS, swappable, swappedG + swappedS) < t) {
            return false;
          }
        }
        if (swappable && !settled) {
          swappedG = fastPart(G, EncodedRecord.diceParts(a, G, b, S));
          if (score + rest + names(straightG + straightS, true, swappedG + swappedS) < t) {
            return false;
          }
        }
      }
      int o = i < fuzzy.length ? fuzzy[i] : -1;
      if (o >= 0 && (fuzzyBoth & (1 << o)) != 0) {
        rest -= agree[o];
        score += fastPart(o, EncodedRecord.diceParts(a, o, b, o));
        if (score + rest + names(straightG + straightS, swappable, swappedG + swappedS) < t) {
          return false;
        }
      }
    }
    if (ss) {
      straightS = fastPart(S, EncodedRecord.diceParts(a, S, b, S));
      if (score + names(straightG + straightS, swappable, swappedG + swappedS) < t) {
        return false;
      }
    }
    if (swappable) {
      swappedS = fastPart(S, EncodedRecord.diceParts(a, S, b, G));
    }
    score += names(straightG + straightS, swappable, swappedG + swappedS);
    if (Math.abs(score - threshold) <= EPSILON) {
      return score(a, b, null) >= threshold;
    }
    return score >= threshold;
  }

  /**
   * {@link #part} of a Dice given as {@link EncodedRecord#diceParts}: at or below the floor (most
   * candidate pairs) without dividing. Equal to {@link #part} but for rounding in the last place,
   * which {@link #reaches} allows for.
   */
  private double fastPart(int ordinal, long parts) {
    if (parts < 0) {
      return 0;
    }
    int common = (int) (parts >>> 32);
    int total = (int) parts;
    if (2.0 * common <= floor * total) {
      return -disagree[ordinal];
    }
    return part(ordinal, BloomFilter.dice(common, total));
  }

  /**
   * The union of a record's given-name and surname filters (both of {@value #NAME_WORDS} words) and
   * its cardinality: |A ∩ G| and |A ∩ S| are both at most |A ∩ (G ∪ S)|.
   */
  static final class Names {
    private final long[] words = new long[NAME_WORDS];
    private int cardinality;
    private boolean usable;

    /** Makes this the union of {@code r}'s name filters; unusable when either is missing or not of the usual size. */
    Names of(EncodedRecord r) {
      usable = EncodedRecord.nameUnion(r, G, S, words);
      cardinality = usable ? BloomFilter.cardinality(words, 0, NAME_WORDS) : 0;
      return this;
    }
  }

  private static final int NAME_WORDS = 16;

  /**
   * Whether {@code a}'s given name is at or below the Dice floor against both of {@code b}'s
   * names, judged from its common bits with their union alone (false when that cannot tell).
   */
  private boolean given(EncodedRecord a, Names names, EncodedRecord b) {
    if (!names.usable) {
      return false;
    }
    long common = EncodedRecord.commonWith(a, G, names.words);
    if (common < 0) {
      return false;
    }
    int bits = EncodedRecord.bits(a, G);
    if (bits != EncodedRecord.bits(b, G) || bits != EncodedRecord.bits(b, S)) {
      return false; // left to the Dice itself, which refuses filters of different sizes
    }
    int ag = EncodedRecord.cardinality(a, G);
    double most = 2.0 * common;
    return most <= floor * (ag + EncodedRecord.cardinality(b, G)) && most <= floor * (ag + EncodedRecord.cardinality(b, S));
  }

  /** What the names add: the straight sum, or the swapped one where it applies and is larger. */
  private static double names(double straight, boolean swappable, double swapped) {
    return swappable && swapped > straight ? swapped : straight;
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

  private double part(Attribute a, double dice) {
    return part(a.ordinal(), dice);
  }

  /**
   * The contribution of a Dice similarity: 0 when a value is missing, {@code -disagree} at the
   * floor or below, {@code agree} at 1, linear in between.
   */
  private double part(int ordinal, double dice) {
    if (dice < 0) {
      return 0;
    }
    return dice <= floor ? -disagree[ordinal]
        : -disagree[ordinal] + (dice - floor) / (1 - floor) * (agree[ordinal] + disagree[ordinal]);
  }

  private static void note(@Nullable List<Evidence> evidence, Attribute a, double dice, double weight) {
    if (evidence != null && dice >= 0.75) {
      evidence.add(new Evidence(weight, String.format(Locale.ROOT, "%s dice %.2f", a.label(), dice)));
    }
  }

  /** Dice of {@code a}'s filter for {@code x} against {@code b}'s for {@code y}; -1 when either is missing. */
  private static double dice(EncodedRecord a, EncodedRecord b, Attribute x, Attribute y) {
    return EncodedRecord.dice(a, x.ordinal(), b, y.ordinal());
  }
}
