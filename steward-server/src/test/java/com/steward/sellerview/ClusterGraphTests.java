package com.steward.sellerview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterGraphTests {

  static Map<String, Object> member(String id, String status) {
    return Map.of("sellerId", id, "displayName", "Shop " + id, "status", status);
  }

  static Map<String, Object> link(String a, String b, boolean strong, String... evidence) {
    return Map.of("a", a, "b", b, "score", 0.93, "strong", strong, "evidence", List.of(evidence), "foundBy",
        "REGISTRATION");
  }

  @Test
  void placesTheSellerInViewAtTheTopAndTheOthersEvenlyOnTheCircle() {
    var g = ClusterGraph.of(Map.of("members", List.of(member("a", "ACTIVE"), member("b", "ACTIVE"),
        member("c", "BANNED"), member("d", "ACTIVE")), "links", List.of()), "c");
    assertThat(g.nodes()).extracting(ClusterGraph.Node::sellerId).containsExactly("c", "a", "b", "d");
    int centre = g.size() / 2;
    var top = g.nodes().getFirst();
    assertThat(top.focus()).isTrue();
    assertThat(top.banned()).isTrue();
    assertThat(top.x()).isEqualTo(centre);
    assertThat(top.y()).isLessThan(centre);
    var opposite = g.nodes().get(2);
    assertThat(opposite.x()).isEqualTo(centre);
    assertThat(opposite.y() - centre).isEqualTo(centre - top.y());
    assertThat(g.nodes()).allSatisfy(n -> assertThat(n.x()).isBetween(0, g.size()))
        .allSatisfy(n -> assertThat(n.y()).isBetween(0, g.size()));
  }

  @Test
  void drawsOneEdgePerLinkBetweenItsMembersWithTheEvidenceAsTitle() {
    var g = ClusterGraph.of(Map.of("members", List.of(member("a", "ACTIVE"), member("b", "ACTIVE"),
        member("c", "ACTIVE")), "links", List.of(link("a", "b", true, "payment_account equal", "surname similar"),
        link("b", "c", false, "given_name similar"))), "a");
    assertThat(g.edges()).hasSize(2);
    var strong = g.edges().getFirst();
    var a = g.nodes().getFirst();
    var b = g.nodes().get(1);
    assertThat(strong.strong()).isTrue();
    assertThat(strong.title()).isEqualTo("payment_account equal, surname similar");
    assertThat(List.of(strong.x1(), strong.y1(), strong.x2(), strong.y2())).containsExactly(a.x(), a.y(), b.x(),
        b.y());
    assertThat(g.edges().get(1).strong()).isFalse();
  }

  @Test
  void aSellerAloneSitsInTheMiddle() {
    var g = ClusterGraph.of(Map.of("members", List.of(member("a", "ACTIVE")), "links", List.of()), "a");
    assertThat(g.nodes().getFirst().x()).isEqualTo(g.size() / 2);
    assertThat(g.nodes().getFirst().y()).isEqualTo(g.size() / 2);
    assertThat(g.edges()).isEmpty();
  }
}
