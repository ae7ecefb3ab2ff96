package com.steward.sellerview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A cluster laid out for an inline SVG: its members evenly on a circle (the seller in view first,
 * at the top), one edge per link between the two members' points. Coordinates are whole numbers
 * in a square of {@code size}; the page only draws what is computed here.
 *
 * @param size the width and height of the drawing
 * @param nodes the members
 * @param edges the links
 */
record ClusterGraph(int size, List<Node> nodes, List<Edge> edges) {

  /** Space around the circle for the labels under the nodes. */
  static final int MARGIN = 60;

  /**
   * A member.
   *
   * @param banned whether the account is banned
   * @param focus whether it is the seller the page is about
   */
  record Node(String sellerId, String displayName, String status, int x, int y, boolean banned, boolean focus) {}

  /**
   * A link: strong links (a shared strong identifier) are drawn solid, fuzzy ones dashed.
   *
   * @param title the evidence, as the line's tooltip
   */
  record Edge(String a, String b, int x1, int y1, int x2, int y2, boolean strong, double score, String title) {}

  /** Lays out a cluster as {@code Clusters} shows it: {@code members} and {@code links} with their evidence. */
  @SuppressWarnings("unchecked")
  static ClusterGraph of(Map<String, Object> cluster, String focus) {
    var members = (List<Map<String, Object>>) cluster.get("members");
    var links = (List<Map<String, Object>>) cluster.get("links");
    var ordered = new java.util.ArrayList<>(members);
    ordered.sort(java.util.Comparator.comparing((Map<String, Object> m) -> !focus.equals(m.get("sellerId"))));
    int n = ordered.size();
    int radius = n == 1 ? 0 : Math.min(320, Math.max(110, n * 18));
    int centre = radius + MARGIN;
    Map<String, Node> byId = new HashMap<>();
    List<Node> nodes = IntStream.range(0, n).mapToObj(i -> {
      var m = ordered.get(i);
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      String id = (String) m.get("sellerId");
      String status = String.valueOf(m.get("status"));
      var node = new Node(id, (String) m.get("displayName"), status,
          (int) Math.round(centre + radius * Math.cos(angle)), (int) Math.round(centre + radius * Math.sin(angle)),
          "BANNED".equals(status), focus.equals(id));
      byId.put(id, node);
      return node;
    }).toList();
    List<Edge> edges = links.stream().filter(l -> byId.containsKey(l.get("a")) && byId.containsKey(l.get("b")))
        .map(l -> {
          Node a = byId.get(l.get("a"));
          Node b = byId.get(l.get("b"));
          var evidence = (List<String>) l.get("evidence");
          return new Edge(a.sellerId(), b.sellerId(), a.x(), a.y(), b.x(), b.y(), Boolean.TRUE.equals(l.get("strong")),
              ((Number) l.get("score")).doubleValue(), String.join(", ", evidence));
        }).toList();
    return new ClusterGraph(2 * centre, nodes, edges);
  }
}
