package com.steward.core.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Encoded records by blocking key. {@link #add} compares a new record with every earlier record
 * that shares a blocking key and returns the pairs that score at or above the threshold, so the
 * index serves one account at a time. A blocking key shared by more than {@code maxBlock} records
 * stops producing candidates (a common birth date or a placeholder e-mail would otherwise make
 * the work quadratic): the pairs compared are those among the first {@code maxBlock} records of
 * each key. A key that appears twice in one record counts once. {@link Linker} links a whole
 * batch with the same result, faster and on several threads. Not thread-safe.
 */
public final class LinkageIndex {

  private final PairScorer scorer;
  private final int maxBlock;
  private final List<EncodedRecord> records = new ArrayList<>();
  private final KeyTable keys = new KeyTable(1024);
  /** Per key number: the records that hold the key, in order, up to {@code maxBlock + 1}. */
  private int[][] blocks = new int[1024][];
  private int[] blockSizes = new int[1024];
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
      seen = Arrays.copyOf(seen, seen.length * 2);
    }
    stamp++;
    seen[me] = stamp;
    List<Link> links = new ArrayList<>();
    long[] recordKeys = record.keys();
    for (int k = 0; k < recordKeys.length; k++) {
      if (repeated(recordKeys, k)) {
        continue;
      }
      int b = keys.number(recordKeys[k]);
      if (b >= blocks.length) {
        blocks = Arrays.copyOf(blocks, blocks.length * 2);
        blockSizes = Arrays.copyOf(blockSizes, blockSizes.length * 2);
      }
      int[] block = blocks[b];
      int size = blockSizes[b];
      if (size < maxBlock) {
        for (int i = 0; i < size; i++) {
          int other = block[i];
          if (seen[other] != stamp) {
            seen[other] = stamp;
            comparisons++;
            EncodedRecord o = records.get(other);
            if (scorer.reaches(o, record)) {
              PairScorer.Scored s = scorer.score(o, record);
              links.add(new Link(o.id(), record.id(), s.score(), s.evidence()));
            }
          }
        }
      }
      if (size <= maxBlock) {
        if (block == null || block.length == size) {
          block = blocks[b] = block == null ? new int[2] : Arrays.copyOf(block, Math.min(size * 2, maxBlock + 1));
        }
        block[size] = me;
        blockSizes[b] = size + 1;
      }
    }
    links.sort((x, y) -> Double.compare(y.score(), x.score()));
    return links;
  }

  /** Whether {@code keys[k]} already appears before {@code k}. */
  static boolean repeated(long[] keys, int k) {
    for (int i = 0; i < k; i++) {
      if (keys[i] == keys[k]) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return records.size();
  }

  /** Pairs scored so far. */
  public long comparisons() {
    return comparisons;
  }
}
