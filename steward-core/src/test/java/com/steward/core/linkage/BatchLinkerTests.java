package com.steward.core.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The batch linker finds exactly the links of the incremental index, on any number of threads. */
class BatchLinkerTests {

  @Test
  void linksAsTheIndexDoesWithSmallAndLargeBlocks() {
    List<EncodedRecord> records = PairScorerTests.randomRecords(600, 7);
    LinkageWeights weights = LinkageWeights.standard();
    for (int maxBlock : new int[] {2, 5, 40, 500}) {
      LinkageIndex index = new LinkageIndex(weights, maxBlock);
      List<Link> expected = new ArrayList<>();
      records.forEach(r -> expected.addAll(index.add(r)));
      assertThat(expected).isNotEmpty();
      Linker.Result one = new Linker(weights, maxBlock).link(records);
      assertThat(one.comparisons()).as("maxBlock %d", maxBlock).isEqualTo(index.comparisons());
      List<Link> found = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Cluster c : one.clusters()) {
        found.addAll(c.links());
        c.members().forEach(m -> assertThat(seen.add(m)).isTrue());
        // a cluster's links, in the order the index returned them
        Set<String> members = new HashSet<>(c.members());
        assertThat(c.links()).containsExactlyElementsOf(expected.stream().filter(l -> members.contains(l.from())).toList());
      }
      assertThat(seen).hasSize(records.size());
      assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
      for (int threads : new int[] {2, 3, 8}) {
        assertThat(new Linker(weights, maxBlock).link(records, threads)).isEqualTo(one);
      }
    }
  }

  @Test
  void aKeyRepeatedInOneRecordCountsOnce() {
    EncodedRecord a = new EncodedRecord("a", Map.of(Attribute.SOC_SEC_ID, 1L), Map.of(), new long[] {7, 7, 8});
    EncodedRecord b = new EncodedRecord("b", Map.of(Attribute.SOC_SEC_ID, 1L), Map.of(), new long[] {7, 8, 8});
    EncodedRecord c = new EncodedRecord("c", Map.of(Attribute.SOC_SEC_ID, 1L), Map.of(), new long[] {8});
    LinkageIndex index = new LinkageIndex(LinkageWeights.standard(), 2);
    assertThat(index.add(a)).isEmpty();
    assertThat(index.add(b)).extracting(Link::from).containsExactly("a");
    assertThat(index.add(c)).isEmpty(); // key 8 already has two records
    assertThat(index.comparisons()).isEqualTo(1);
    Linker.Result batch = new Linker(LinkageWeights.standard(), 2).link(List.of(a, b, c), 2);
    assertThat(batch.comparisons()).isEqualTo(1);
    assertThat(batch.clusters()).extracting(Cluster::members).containsExactly(List.of("a", "b"), List.of("c"));
  }

  @Test
  void refusesTwoRecordsWithOneIdAndBadSettings() {
    EncodedRecord a = new EncodedRecord("a", Map.of(), Map.of(), new long[] {1});
    assertThatThrownBy(() -> new Linker().link(List.of(a, a), 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id a");
    assertThatThrownBy(() -> new Linker().link(List.of(a), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Linker(LinkageWeights.standard(), 1).link(List.of(a)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void linksNothingInAnEmptyBatch() {
    Linker.Result r = new Linker().link(List.of(), 4);
    assertThat(r.clusters()).isEmpty();
    assertThat(r.comparisons()).isZero();
  }
}
