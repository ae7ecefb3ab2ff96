package com.steward.core.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Encoded records by blocking key. {@link #add} compares a new record with every earlier record
 * that shares a blocking key and returns the pairs that score at or above the threshold, so the
 * index serves one account at a time as well as a whole batch ({@link Linker}). A blocking key
 * shared by more than {@code maxBlock} records stops producing candidates (a common birth date or
 * a placeholder e-mail would otherwise make the work quadratic). Not thread-safe.
 */
public final class LinkageIndex {

  private final PairScorer scorer;
  private final int maxBlock;
  private final List<EncodedRecord> records = new ArrayList<>();
  private final Map<Long, List<Integer>> blocks = new HashMap<>();
  private final Set<String> ids = new HashSet<>();
  private int[] seen = new int[64];
  private int stamp;
  private long comparisons;

  public LinkageIndex(LinkageWeights weights, int maxBlock) {
    if (maxBlock < 2) {
      throw new IllegalArgumentException("maxBlock: at least 2, got " + maxBlock);
    }
    this.scorer = new PairScorer(weights);
    this.maxBlock = maxBlock;
  }

  public LinkageIndex() {
    this(LinkageWeights.standard(), 500);
  }

  /** Adds a record and returns its links to the records added before it, best first. */
  public List<Link> add(EncodedRecord record) {
    if (!ids.add(record.id())) {
      throw new IllegalArgumentException("id " + record.id() + " is already in the index");
    }
    int me = records.size();
    records.add(record);
    if (seen.length <= me) {
      seen = java.util.Arrays.copyOf(seen, seen.length * 2);
    }
    stamp++;
    seen[me] = stamp;
    List<Link> links = new ArrayList<>();
    for (long key : record.keys()) {
      List<Integer> block = blocks.computeIfAbsent(key, k -> new ArrayList<>());
      if (block.size() < maxBlock) {
        for (int other : block) {
          if (seen[other] != stamp) {
            seen[other] = stamp;
            comparisons++;
            EncodedRecord o = records.get(other);
            if (scorer.quickScore(o, record) >= scorer.threshold()) {
              PairScorer.Scored s = scorer.score(o, record);
              links.add(new Link(o.id(), record.id(), s.score(), s.evidence()));
            }
          }
        }
      }
      if (block.size() <= maxBlock) {
        block.add(me);
      }
    }
    links.sort((x, y) -> Double.compare(y.score(), x.score()));
    return links;
  }

  public int size() {
    return records.size();
  }

  /** Pairs scored so far. */
  public long comparisons() {
    return comparisons;
  }
}
