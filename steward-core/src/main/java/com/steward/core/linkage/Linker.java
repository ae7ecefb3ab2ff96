package com.steward.core.linkage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Batch linkage: every record goes through a {@link LinkageIndex}, the links are joined into
 * clusters with union-find, and each cluster is named by its first member's id. Clusters come
 * out in the order of their first member.
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

  public Result link(List<EncodedRecord> records) {
    LinkageIndex index = new LinkageIndex(weights, maxBlock);
    Map<String, Integer> position = new LinkedHashMap<>();
    List<Link> links = new ArrayList<>();
    for (EncodedRecord r : records) {
      position.put(r.id(), position.size());
      links.addAll(index.add(r));
    }
    int[] parent = new int[records.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (Link l : links) {
      int a = find(parent, position.get(l.from()));
      int b = find(parent, position.get(l.to()));
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b); // the root is always the earliest member
      }
    }
    Map<Integer, List<String>> members = new LinkedHashMap<>();
    Map<Integer, List<Link>> joined = new LinkedHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(records.get(i).id());
    }
    for (Link l : links) {
      joined.computeIfAbsent(find(parent, position.get(l.from())), k -> new ArrayList<>()).add(l);
    }
    List<Cluster> clusters = new ArrayList<>(members.size());
    members.forEach((root, ids) -> clusters.add(new Cluster(ids.getFirst(), ids, joined.getOrDefault(root, List.of()))));
    return new Result(clusters, index.comparisons());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
