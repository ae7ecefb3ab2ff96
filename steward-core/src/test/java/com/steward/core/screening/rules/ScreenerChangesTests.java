package com.steward.core.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.screening.MentionClassifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A screener changed brand by brand decides as one built whole from the same brands. */
class ScreenerChangesTests {

  static final List<String> SUSPICIOUS = List.of("replica", "1:1", "高仿");

  static BrandProfile brand(String name, List<String> aliases, String... sellers) {
    return new BrandProfile(name, aliases, List.of(), Set.of(sellers), Map.of("shoes", 40.0), null);
  }

  static Screener whole(Map<String, BrandProfile> brands) {
    return Screener.build(List.copyOf(brands.values()), SUSPICIOUS, MentionClassifier.defaults(), RuleSet.standard());
  }

  static final List<String> TITLES = List.of("Nike Air Max 90", "耐克 跑鞋 高仿", "Nyke trainers replica",
      "Adidas Samba", "阿迪达斯 板鞋", "Puma suede 1:1", "Pumah classic", "Asics Gel", "亚瑟士 跑鞋",
      "case for Nike shoes", "Nike Adidas Puma Asics mega bundle", "plain white trainers");

  static void decideAlike(Screener changed, Map<String, BrandProfile> brands) {
    Screener rebuilt = whole(brands);
    for (String title : TITLES) {
      for (String seller : List.of("s-9", "nike-official")) {
        ListingFacts l = ListingFacts.of("tb", "1", seller, title, "", null, "shoes", 12.0);
        Decision a = changed.screen(l);
        Decision b = rebuilt.screen(l);
        assertThat(a.action()).as(title).isEqualTo(b.action());
        assertThat(a.rules()).as(title).isEqualTo(b.rules());
        assertThat(a.brand()).as(title).isEqualTo(b.brand());
        assertThat(a.matches()).as(title).containsExactlyInAnyOrderElementsOf(b.matches());
      }
    }
  }

  @Test
  void anAliasAddedIsFoundAndOneTakenAwayIsNot() {
    var brands = new LinkedHashMap<String, BrandProfile>();
    brands.put("Nike", brand("Nike", List.of("Nyke"), "tb:nike-official"));
    brands.put("Adidas", brand("Adidas", List.of()));
    Screener before = whole(brands);
    assertThat(before.screen(ListingFacts.of("tb", "1", "s-9", "耐克 跑鞋", "", null, null, null)).brand()).isNull();

    brands.put("Nike", brand("Nike", List.of("耐克"), "tb:nike-official"));
    Screener after = before.withChanges(List.of(brands.get("Nike")), Set.of());

    assertThat(after.screen(ListingFacts.of("tb", "1", "s-9", "耐克 跑鞋", "", null, null, null)).brand()).isEqualTo("Nike");
    assertThat(after.screen(ListingFacts.of("tb", "1", "s-9", "Nyke trainers", "", null, null, null)).brand()).isNull();
    assertThat(after.changedTerms()).isEqualTo(2);
    decideAlike(after, brands);
  }

  @Test
  void aBrandRemovedOrRenamedIsGoneUnderItsOldName() {
    var brands = new LinkedHashMap<String, BrandProfile>();
    brands.put("Nike", brand("Nike", List.of("耐克")));
    brands.put("Puma", brand("Puma", List.of()));
    brands.put("Adidas", brand("Adidas", List.of("阿迪达斯")));
    Screener screener = whole(brands);

    brands.remove("Puma");
    brands.remove("Adidas");
    brands.put("Adidas Originals", brand("Adidas Originals", List.of("Adidas", "阿迪达斯")));
    screener = screener.withChanges(List.of(brands.get("Adidas Originals")), Set.of("Puma", "Adidas"));

    assertThat(screener.screen(ListingFacts.of("tb", "1", "s-9", "Puma suede", "", null, null, null)).brand()).isNull();
    assertThat(screener.screen(ListingFacts.of("tb", "1", "s-9", "Adidas Samba", "", null, null, null)).brand())
        .isEqualTo("Adidas Originals");
    decideAlike(screener, brands);
  }

  @Test
  void manyChangesInTurnDecideAsTheWholeAndKeepOneSmallLayer() {
    List<String> names = List.of("Nike", "Adidas", "Puma", "Asics", "Reebok");
    List<List<String>> aliasChoices = List.of(List.of(), List.of("耐克"), List.of("Nyke"), List.of("阿迪达斯"),
        List.of("Pumah"), List.of("亚瑟士"), List.of("Nyke", "耐克"));
    var brands = new LinkedHashMap<String, BrandProfile>();
    names.forEach(n -> brands.put(n, brand(n, List.of())));
    Screener screener = whole(brands);
    Random random = new Random(7);
    for (int step = 0; step < 40; step++) {
      String name = names.get(random.nextInt(names.size()));
      List<BrandProfile> changed = new ArrayList<>();
      Set<String> removed = Set.of();
      if (brands.containsKey(name) && random.nextInt(4) == 0) {
        brands.remove(name);
        removed = Set.of(name);
      } else {
        var profile = brand(name, aliasChoices.get(random.nextInt(aliasChoices.size())),
            random.nextBoolean() ? "tb:nike-official" : "tb:someone-else");
        brands.put(name, profile);
        changed.add(profile);
      }
      screener = screener.withChanges(changed, removed);
      decideAlike(screener, brands);
      int current = brands.values().stream().mapToInt(b -> 1 + b.aliases().size()).sum();
      assertThat(screener.changedTerms()).as("the layer holds the changed brands' current terms only")
          .isLessThanOrEqualTo(current);
    }
  }
}
