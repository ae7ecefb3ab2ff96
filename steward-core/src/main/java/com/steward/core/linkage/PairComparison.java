package com.steward.core.linkage;

import java.util.Optional;

/**
 * Compares one account with candidates found elsewhere (a database's blocking-key index, for
 * example): the incremental counterpart of {@link LinkageIndex} for a caller that keeps the
 * records itself. Thread-safe.
 */
public final class PairComparison {

  private final PairScorer scorer;

  public PairComparison(LinkageWeights weights) {
    this.scorer = new PairScorer(weights);
  }

  public PairComparison() {
    this(LinkageWeights.standard());
  }

  /** The link between {@code existing} and {@code incoming}, with its evidence, if they score above the threshold. */
  public Optional<Link> compare(EncodedRecord existing, EncodedRecord incoming) {
    if (!scorer.reaches(existing, incoming)) {
      return Optional.empty();
    }
    PairScorer.Scored s = scorer.score(existing, incoming);
    return Optional.of(new Link(existing.id(), incoming.id(), s.score(), s.evidence()));
  }

  /** Whether a link rests on at least one strong identifier (a document, payment account, phone, ...) being equal. */
  public static boolean strong(Link link) {
    for (String e : link.evidence()) {
      for (Attribute a : Attribute.values()) {
        if (a.strongIdentifier() && e.equals(a.label() + " equal")) {
          return true;
        }
      }
    }
    return false;
  }
}
