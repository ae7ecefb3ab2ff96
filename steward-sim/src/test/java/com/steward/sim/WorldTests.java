package com.steward.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WorldTests {

  static final RealData DATA = new RealData(
      List.of("Alderwick", "Brightmoor", "Calloway", "Dunmere", "Eastfold", "Fernhall"),
      List.of(new RealData.Product("trail running shoe size 42", "shoes", 80),
          new RealData.Product("leather walking boot brown", "shoes", 120),
          new RealData.Product("canvas sneaker white low", "shoes", 45),
          new RealData.Product("waterproof hiking boot mid", "shoes", 140),
          new RealData.Product("sandal with cork footbed", "shoes", 60),
          new RealData.Product("slip-on loafer suede", "shoes", 90),
          new RealData.Product("running sock pack of three", "shoes", 15),
          new RealData.Product("insole memory foam", "shoes", 20),
          new RealData.Product("kids rain boot yellow", "shoes", 30),
          new RealData.Product("football boot firm ground", "shoes", 110)));

  static SimConfig small() {
    return SimConfig.defaults().with(Map.of("brands", "4", "honestSellers", "5", "authorisedResellers", "2",
        "counterfeiters", "3", "rings", "2", "ringSize", "3", "listings", "60", "days", "10", "agentClients", "1"));
  }

  @Test
  void theSameSeedGivesTheSameWorld() {
    World a = World.generate(small(), DATA, new SplittableRandom(42));
    World b = World.generate(small(), DATA, new SplittableRandom(42));
    assertThat(a).isEqualTo(b);
    assertThat(World.generate(small(), DATA, new SplittableRandom(43))).isNotEqualTo(a);
  }

  @Test
  void ringStorefrontsShareAPaymentAccountAndPhoneUnderTypoedNames() {
    World w = World.generate(small(), DATA, new SplittableRandom(1));
    var ring = w.sellers().stream().filter(s -> "ring-1".equals(s.ring())).toList();
    assertThat(ring).hasSize(3);
    assertThat(ring).extracting(s -> s.identity().get("paymentAccount")).containsOnly(ring.get(0).identity().get("paymentAccount"));
    assertThat(ring).extracting(s -> s.identity().get("phone")).containsOnly(ring.get(0).identity().get("phone"));
    assertThat(ring).extracting(s -> s.identity().get("email")).doesNotHaveDuplicates();
  }

  @Test
  void onlyCounterfeitersListInfringingGoodsAndListingsComeInTimeOrder() {
    World w = World.generate(small(), DATA, new SplittableRandom(5));
    var kinds = new java.util.HashMap<String, World.Kind>();
    w.sellers().forEach(s -> kinds.put(s.id(), s.kind()));
    for (World.Listing l : w.listings()) {
      boolean counterfeiter = kinds.get(l.sellerId()) == World.Kind.COUNTERFEITER || kinds.get(l.sellerId()) == World.Kind.RING;
      assertThat(l.infringing()).as(l.toString()).isEqualTo(counterfeiter);
      assertThat(l.minute()).isBetween(0L, 10 * 1_440L - 1);
    }
    assertThat(w.listings()).isSortedAccordingTo(java.util.Comparator.comparingLong(World.Listing::minute));
    assertThat(w.listings()).hasSize(60);
  }

  @Test
  void configurationNamesTheParameterAtFault() {
    assertThatThrownBy(() -> SimConfig.defaults().with(Map.of("brandz", "3"))).hasMessageContaining("unknown simulator parameter 'brandz'");
    assertThatThrownBy(() -> SimConfig.defaults().with(Map.of("analystAccuracy", "1.5"))).hasMessageContaining("analystAccuracy");
    assertThatThrownBy(() -> SimConfig.defaults().with(Map.of("days", "x"))).hasMessageContaining("days: 'x'");
    assertThat(SimConfig.defaults().with(Map.of("seed", "9")).seed()).isEqualTo(9);
  }

  @Test
  void obfuscationKeepsTheNameRecognisableButDifferent() {
    var rnd = new SplittableRandom(3);
    for (int i = 0; i < 10; i++) {
      assertThat(World.obfuscate("Calloway", rnd)).isNotEqualTo("Calloway");
    }
  }

  @Test
  void aDataFolderWithoutTheRealDataIsNamedInTheError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path empty) {
    assertThatThrownBy(() -> RealData.load(empty)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dataDir: ").hasMessageContaining("products/walmart_amazon/tableA.csv");
  }
}
