package com.steward.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.screening.BrandDictionary.Entry;
import com.steward.core.screening.BrandDictionary.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BrandDictionaryTests {

  static final BrandDictionary DICTIONARY = new BrandDictionary(TextNormalizer.standard(), shippedWords());

  static Set<String> shippedWords() {
    try (var in = BrandDictionary.class.getResourceAsStream(BrandDictionary.GENERIC_WORDS)) {
      return BrandDictionary.wordList(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Row row(String display, String brand, String wikidata, String category, String localized, String match) {
    return new Row(display, brand, wikidata, category, localized, match);
  }

  @Test
  void theRowsOfOneWikidataIdAreOneBrandWithItsOtherNamesAsAliases() {
    List<Entry> read = DICTIONARY.read(List.of(
        row("Nike", "Nike", "Q483915", "shop/shoes", "zh=耐克|ja=ナイキ", "nike store|NIKE"),
        row("Nike Factory Store", "Nike", "Q483915", "shop/clothes", "", ""),
        row("Nike", "Nike", "Q483915", "shop/sports", "", "")), List.of());

    assertThat(read).hasSize(1);
    Entry nike = read.getFirst();
    assertThat(nike.externalId()).isEqualTo("Q483915");
    assertThat(nike.name()).isEqualTo("Nike");
    assertThat(nike.aliases()).as("NIKE folds like the name; the display name that repeats it is not an alias")
        .containsExactly("耐克", "ナイキ", "nike store", "Nike Factory Store");
  }

  @Test
  void aBrandWithoutAWikidataIdIsGroupedByItsName() {
    List<Entry> read = DICTIONARY.read(List.of(
        row("Bobbi's Bakery", "Bobbi's Bakery", "", "shop/bakery", "", ""),
        row("Bobbi's Bakery Outlet", "Bobbi's Bakery", "", "shop/bakery", "", "")), List.of());

    assertThat(read).containsExactly(new Entry(null, "Bobbi's Bakery", List.of("Bobbi's Bakery Outlet")));
  }

  @Test
  void namesFoundInEveryOtherTitleAreLeftOut() {
    List<Entry> read = DICTIONARY.read(List.of(
        row("X", "X", "Q1", "shop/clothes", "", ""),
        row("76", "76", "Q2", "amenity/fuel", "", ""),
        row("Yellow", "Yellow", "Q3", "shop/clothes", "", ""),
        row("Style", "Style", "Q4", "shop/clothes", "", ""),
        row("Ｙｅｌｌｏｗ", "Ｙｅｌｌｏｗ", "Q5", "shop/clothes", "", ""),
        row("Timberland", "Timberland", "Q6", "shop/clothes", "", "box|7|timberland sport")), List.of());

    assertThat(read).as("a letter, a number, ordinary words (also in full width); an ordinary word as an alias")
        .containsExactly(new Entry("Q6", "Timberland", List.of("timberland sport")));
    assertThat(DICTIONARY.distinctive("Yellow Pages")).as("only one-word names are on the list").isTrue();
    assertThat(DICTIONARY.distinctive("耐克")).isTrue();
    assertThat(DICTIONARY.distinctive("华为")).as("two Chinese chars are a name").isTrue();
    assertThat(DICTIONARY.distinctive("XL")).as("two Latin chars are a size, a unit or an abbreviation").isFalse();
    assertThat(DICTIONARY.distinctive("ｄｍ")).isFalse();
    assertThat(DICTIONARY.distinctive("A1")).isFalse();
    assertThat(DICTIONARY.distinctive("ASUS")).isTrue();
    assertThat(DICTIONARY.distinctive("Shell")).as("a brand titles use as an ordinary word").isFalse();
    assertThat(DICTIONARY.distinctive("x2")).as("a count").isFalse();
    assertThat(DICTIONARY.distinctive("3M")).isFalse();
    assertThat(DICTIONARY.distinctive("B&Q")).isTrue();
    assertThat(DICTIONARY.distinctive("--")).isFalse();
  }

  @Test
  void aBrandWhoseNameIsLeftOutKeepsItsOtherNames() {
    List<Entry> read = DICTIONARY.read(List.of(
        row("LG", "LG", "Q190837", "shop/electronics", "ko=엘지", "lg electronics"),
        row("UGG", "UGG", "Q1138489", "shop/shoes", "", ""),
        row("XL", "XL", "Q7", "shop/clothes", "", "xl")), List.of());

    assertThat(read).as("UGG folds to ug, but is written with a double letter, which the matcher asks of the text")
        .containsExactly(new Entry("Q190837", "엘지", List.of("lg electronics")), new Entry("Q1138489", "UGG", List.of()));
    assertThat(DICTIONARY.distinctive("KKM")).as("folds to km, written with a double").isTrue();
    assertThat(DICTIONARY.distinctive("А1")).as("a Cyrillic A and a 1 fold to a1").isFalse();
    assertThat(DICTIONARY.distinctive("Ug")).as("the same two letters without a double").isFalse();
    assertThat(DICTIONARY.distinctive("XX")).as("nothing but one letter: a size").isFalse();
    assertThat(DICTIONARY.distinctive("hh")).isFalse();
    assertThat(DICTIONARY.distinctive("Oo")).isFalse();
  }

  @Test
  void onlyTheWantedCategoriesAreRead() {
    List<Entry> read = DICTIONARY.read(List.of(
        row("Timberland", "Timberland", "Q6", "shop/clothes", "", ""),
        row("Aral", "Aral", "Q7", "amenity/fuel", "", ""),
        row("Heron", "Heron", "Q8", "shop/bag", "", "")), List.of("shop/"));

    assertThat(read).extracting(Entry::name).containsExactly("Timberland", "Heron");
  }

  @Test
  void aBrandKeepsAtMostTheMostAliasesAndNoneTooLong() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < BrandDictionary.MAX_ALIASES + 50; i++) {
      many.add("timberland " + i);
    }
    List<Entry> read = DICTIONARY.read(List.of(
        row("Timberland " + "k".repeat(300), "Timberland", "Q6", "shop/clothes", "", String.join("|", many))), List.of());

    assertThat(read.getFirst().aliases()).hasSize(BrandDictionary.MAX_ALIASES).startsWith("timberland 0")
        .allMatch(a -> a.length() <= 200);
  }

  @Test
  void theWordListSkipsCommentsAndBlankLines() {
    assertThat(BrandDictionary.wordList("# ordinary words\n\ncap\n  box  \n#style\n")).containsExactlyInAnyOrder("cap",
        "box");
    assertThat(shippedWords()).as("the list the import ships with").contains("style", "cap", "yellow", "mini", "orange")
        .doesNotContain("nike", "sony", "toyota", "google").hasSizeGreaterThan(3000);
  }
}
