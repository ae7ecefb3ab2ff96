package com.steward.core.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Batch linkage: the links {@link LinkageIndex} would find if every record were added to it in
 * order, joined into clusters with union-find, each cluster named by its first member's id.
 * Clusters come out in the order of their first member, each cluster's links in the order the
 * index would have returned them.
 *
 * <p>The batch is not run through the index one record at a time: the blocks (the first
 * {@code maxBlock} records of each blocking key) are laid out in int arrays up front and scored
 * block by block, so that a block's records stay in the processor cache while its pairs are
 * compared, and blocks can be spread over threads. A pair that shares several blocks is scored in
 * one of them only: the first of the later record's keys that both hold, as the index does.
 * Thread-safe: a linker holds only its settings.
 */
public final class Linker {

  private final LinkageWeights weights;
  private final int maxBlock;

  public Linker(LinkageWeights weights, int maxBlock) {
    this.weights = weights;
    this.maxBlock = maxBlock;
  }

  public Linker() {
    this(LinkageWeights.standard(), 500);
  }

  /** The outcome: clusters and how many pairs were scored. */
  public record Result(List<Cluster> clusters, long comparisons) {
    public Result {
      clusters = List.copyOf(clusters);
    }
  }

  /** Links {@code records} on the calling thread. */
  public Result link(List<EncodedRecord> records) {
    return link(records, 1);
  }

  /**
   * Links {@code records} on {@code threads} threads (the calling thread one of them); the result
   * is the same for any number of threads.
   */
  public Result link(List<EncodedRecord> records, int threads) {
    if (maxBlock < 2) {
      throw new IllegalArgumentException("maxBlock: at least 2, got " + maxBlock);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads: at least 1, got " + threads);
    }
    EncodedRecord[] rs = records.toArray(new EncodedRecord[0]);
    Set<String> ids = new HashSet<>(rs.length * 2);
    for (EncodedRecord r : rs) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("id " + r.id() + " is already in the index");
      }
    }
    Blocks blocks = new Blocks(rs, maxBlock);
    PairScorer scorer = new PairScorer(weights);
    int[] order = blocks.largestFirst();
    AtomicInteger next = new AtomicInteger();
    AtomicLong comparisons = new AtomicLong();
    List<List<Found>> found = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      found.add(new ArrayList<>());
    }
    Parallel.run(threads, t -> {
      List<Found> mine = found.get(t);
      Blocks.Tile tile = new Blocks.Tile();
      long compared = 0;
      for (int n = next.getAndIncrement(); n < order.length; n = next.getAndIncrement()) {
        compared += blocks.score(order[n], rs, scorer, tile, mine);
      }
      comparisons.addAndGet(compared);
    });
    List<Found> all = new ArrayList<>();
    found.forEach(all::addAll);
    // the index's order: by later record, then best first, ties in the order the index met them
    all.sort((x, y) -> {
      int c = Integer.compare(x.to, y.to);
      if (c == 0) {
        c = Double.compare(y.link.score(), x.link.score());
      }
      if (c == 0) {
        c = Integer.compare(x.key, y.key);
      }
      return c != 0 ? c : Integer.compare(x.from, y.from);
    });
    return new Result(clusters(rs, all), comparisons.get());
  }

  /** A link between records {@code from} and {@code to} (positions), met at {@code to}'s key {@code key}. */
  private record Found(int from, int to, int key, Link link) {}

  private static List<Cluster> clusters(EncodedRecord[] rs, List<Found> links) {
    int[] parent = new int[rs.length];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (Found l : links) {
      int a = find(parent, l.from);
      int b = find(parent, l.to);
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b); // the root is always the earliest member
      }
    }
    int[] size = new int[rs.length];
    for (int i = 0; i < rs.length; i++) {
      int root = find(parent, i);
      parent[i] = root;
      size[root]++;
    }
    List<List<String>> members = new ArrayList<>(rs.length);
    List<List<Link>> joined = new ArrayList<>(rs.length);
    for (int i = 0; i < rs.length; i++) {
      members.add(parent[i] == i ? new ArrayList<>(size[i]) : null);
      joined.add(null);
    }
    for (int i = 0; i < rs.length; i++) {
      members.get(parent[i]).add(rs[i].id()); // parent[i] is the root since the pass above
    }
    for (Found l : links) {
      int root = parent[l.from];
      if (joined.get(root) == null) {
        joined.set(root, new ArrayList<>());
      }
      joined.get(root).add(l.link);
    }
    List<Cluster> clusters = new ArrayList<>();
    for (int i = 0; i < rs.length; i++) {
      if (parent[i] == i) {
        List<Link> ls = joined.get(i);
        clusters.add(new Cluster(rs[i].id(), members.get(i), ls == null ? List.of() : ls));
      }
    }
    return clusters;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * The blocks of a batch in flat arrays: for each block, the first {@code maxBlock} records (by
   * position) that hold its key; for each record, the blocks of two or more records it is among
   * the first of, in the order of its keys, and which of its keys each one is.
   */
  private static final class Blocks {

    private final int[] blockStart;
    private final int[] members;
    private final int[] recordStart;
    private final int[] recordBlocks;
    private final int[] recordKeys;
    /** Per record, one bit (of 64, by a hash of the block number) for each of its blocks. */
    private final long[] signatures;

    Blocks(EncodedRecord[] rs, int maxBlock) {
      int entries = 0;
      for (EncodedRecord r : rs) {
        entries += r.keys().length;
      }
      KeyTable table = new KeyTable(Math.max(16, entries / 2));
      int[] counts = new int[1024];
      int[] blockOf = new int[entries];
      int[] keyOf = new int[entries];
      recordStart = new int[rs.length + 1];
      int n = 0;
      for (int i = 0; i < rs.length; i++) {
        long[] keys = rs[i].keys();
        for (int k = 0; k < keys.length; k++) {
          if (LinkageIndex.repeated(keys, k)) {
            continue;
          }
          int b = table.number(keys[k]);
          if (b >= counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
          }
          if (counts[b]++ < maxBlock) {
            blockOf[n] = b;
            keyOf[n] = k;
            n++;
          }
        }
        recordStart[i + 1] = n;
      }
      // a block of one record has no pairs: left out of the records' lists
      int kept = 0;
      for (int i = 0; i < rs.length; i++) {
        int from = recordStart[i];
        recordStart[i] = kept;
        for (int e = from; e < recordStart[i + 1]; e++) {
          if (counts[blockOf[e]] >= 2) {
            blockOf[kept] = blockOf[e];
            keyOf[kept] = keyOf[e];
            kept++;
          }
        }
      }
      recordStart[rs.length] = kept;
      recordBlocks = Arrays.copyOf(blockOf, kept);
      recordKeys = Arrays.copyOf(keyOf, kept);
      int blocks = table.size();
      blockStart = new int[blocks + 1];
      for (int b = 0; b < blocks; b++) {
        blockStart[b + 1] = blockStart[b] + (counts[b] >= 2 ? Math.min(counts[b], maxBlock) : 0);
      }
      members = new int[kept];
      int[] fill = Arrays.copyOf(blockStart, blocks);
      signatures = new long[rs.length];
      for (int i = 0; i < rs.length; i++) {
        long sig = 0;
        for (int e = recordStart[i]; e < recordStart[i + 1]; e++) {
          members[fill[recordBlocks[e]]++] = i;
          sig |= bit(recordBlocks[e]);
        }
        signatures[i] = sig;
      }
    }

    private static long bit(int block) {
      return 1L << ((block * 0x9E3779B9) >>> 26);
    }

    /** The blocks of two or more records, the largest first. */
    int[] largestFirst() {
      int blocks = blockStart.length - 1;
      int largest = 0;
      for (int b = 0; b < blocks; b++) {
        largest = Math.max(largest, blockStart[b + 1] - blockStart[b]);
      }
      int[] bySize = new int[largest + 2];
      for (int b = 0; b < blocks; b++) {
        bySize[blockStart[b + 1] - blockStart[b]]++;
      }
      int[] at = new int[largest + 2];
      int count = 0;
      for (int s = largest; s >= 2; s--) {
        at[s] = count;
        count += bySize[s];
      }
      int[] order = new int[count];
      for (int b = 0; b < blocks; b++) {
        int s = blockStart[b + 1] - blockStart[b];
        if (s >= 2) {
          order[at[s]++] = b;
        }
      }
      return order;
    }

    /** Later records compared in one pass over the earlier ones: their data stays in the L1 cache. */
    private static final int TILE = 8;

    /** A thread's working arrays for one tile of later records. */
    static final class Tile {
      final int[] later = new int[TILE];
      final int[] at = new int[TILE];
      final long[] before = new long[TILE];
      final EncodedRecord[] records = new EncodedRecord[TILE];
      final PairScorer.Names[] names = new PairScorer.Names[TILE];

      Tile() {
        for (int t = 0; t < TILE; t++) {
          names[t] = new PairScorer.Names();
        }
      }
    }

    /**
     * Scores the pairs of block {@code b} that are scored here and nowhere else; returns how many.
     * The later records go {@value #TILE} at a time, so that each earlier record is read once per
     * tile rather than once per pair.
     */
    long score(int b, EncodedRecord[] rs, PairScorer scorer, Tile scratch, List<Found> out) {
      long compared = 0;
      int first = blockStart[b];
      int end = blockStart[b + 1];
      int[] later = scratch.later;
      int[] at = scratch.at;
      long[] before = scratch.before;
      EncodedRecord[] r = scratch.records;
      PairScorer.Names[] names = scratch.names;
      for (int x0 = first + 1; x0 < end; x0 += TILE) {
        int tile = Math.min(TILE, end - x0);
        for (int t = 0; t < tile; t++) {
          later[t] = members[x0 + t];
          r[t] = rs[later[t]];
          names[t].of(r[t]);
          // the blocks of the later record before this one: a pair that shares one is scored there
          long bits = 0;
          int e = recordStart[later[t]];
          while (recordBlocks[e] != b) {
            bits |= bit(recordBlocks[e]);
            e++;
          }
          before[t] = bits;
          at[t] = e;
        }
        for (int y = first; y < x0 + tile - 1; y++) {
          int earlier = members[y];
          EncodedRecord o = rs[earlier];
          long signature = signatures[earlier];
          // the later records of the tile that come after y in the block
          for (int t = Math.max(0, y - x0 + 1); t < tile; t++) {
            if ((signature & before[t]) != 0 && sharesEarlier(later[t], at[t], earlier)) {
              continue;
            }
            compared++;
            if (scorer.reaches(o, r[t], names[t])) {
              PairScorer.Scored s = scorer.score(o, r[t]);
              out.add(new Found(earlier, later[t], recordKeys[at[t]], new Link(o.id(), r[t].id(), s.score(), s.evidence())));
            }
          }
        }
      }
      return compared;
    }

    /** Whether record {@code earlier} is in one of the blocks of {@code later} before its entry {@code upTo}. */
    private boolean sharesEarlier(int later, int upTo, int earlier) {
      for (int e = recordStart[later]; e < upTo; e++) {
        int b = recordBlocks[e];
        for (int f = recordStart[earlier]; f < recordStart[earlier + 1]; f++) {
          if (recordBlocks[f] == b) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
