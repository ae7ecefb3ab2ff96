package com.steward.core.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BloomFilterTests {

  @Test
  void diceCountsSharedBits() {
    BloomFilter a = new BloomFilter(128, new int[] {1, 2, 3, 4});
    BloomFilter b = new BloomFilter(128, new int[] {3, 4, 5, 6});
    assertThat(a.cardinality()).isEqualTo(4);
    assertThat(a.dice(b)).isEqualTo(0.5);
    assertThat(a.dice(a)).isEqualTo(1.0);
    assertThat(a.dice(new BloomFilter(128, new int[] {100, 127}))).isZero();
  }

  @Test
  void emptyFiltersAreNotSimilar() {
    assertThat(new BloomFilter(64, new int[0]).dice(new BloomFilter(64, new int[0]))).isZero();
  }

  @Test
  void refusesFiltersOfDifferentSizes() {
    assertThatThrownBy(() -> new BloomFilter(64, new int[] {1}).dice(new BloomFilter(128, new int[] {1})))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
