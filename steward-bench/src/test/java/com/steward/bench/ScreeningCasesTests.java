package com.steward.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.steward.bench.BrandSpotting.Span;
import com.steward.bench.BrandSpotting.Title;
import com.steward.bench.ScreeningCases.Brand;
import com.steward.bench.ScreeningCases.Case;
import com.steward.bench.ScreeningCases.Labelled;
import com.steward.bench.ScreeningCases.Product;
import com.steward.bench.ScreeningCases.Scope;
import com.steward.bench.ScreeningCases.Sources;
import com.steward.core.screening.rules.BrandProfile;
import com.steward.core.screening.rules.Decision.Action;
import com.steward.core.screening.rules.Screener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScreeningCasesTests {

  static final Sources FIXTURE = new Sources(
      List.of(
          new Brand("Sony", List.of("SONY")),
          new Brand("Kodak", List.of()),
          new Brand("Pioneer", List.of()),
          new Brand("Boss", List.of("BOSS Audio")),
          new Brand("Seiko", List.of()),
          new Brand("Pilot", List.of()),
          new Brand("Huawei", List.of("华为")),
          new Brand("Xiaomi", List.of("小米")),
          new Brand("Samsung", List.of("三星")),
          new Brand("Nike", List.of("耐克"))),
      List.of(
          new Product("sony turntable pslx350h belt drive", "sony", 120.0),
          new Product("sony compact stereo headphones black", "sony", 25.0),
          new Product("kodak easyshare digital camera m340", "kodak", 80.0),
          new Product("pioneer in-dash cd receiver deh-p5900ib", "pioneer", 150.0),
          new Product("boss audio 6x9 inch 3-way speaker pair", "boss", 40.0),
          new Product("seiko wall clock with second hand", "seiko", 30.0),
          new Product("pilot g2 retractable gel pen 12-count", "pilot", 12.0),
          new Product("oxford embossed leather grain portfolio green", "oxford", 9.0),
          new Product("generic usb cable 2m", "generic", 3.0),
          new Product("acme heavy duty stapler", "acme", 15.0)),
      List.of(
          new Title("华为手机壳防摔硅胶", List.of(new Span(0, 2)), List.of("华为")),
          new Title("小米充电宝20000毫安", List.of(new Span(0, 2)), List.of("小米")),
          new Title("三星原装耳机入耳式", List.of(new Span(0, 2)), List.of("三星")),
          new Title("nike运动鞋男透气", List.of(new Span(0, 4)), List.of("nike")),
          new Title("简约百搭帆布鞋", List.of(), List.of())));

  @Test
  void theSameSeedGivesTheSameSetAndAnotherSeedAnotherOne() {
    Labelled a = ScreeningCases.generate(FIXTURE, 7, Scope.REGISTERED);
    Labelled b = ScreeningCases.generate(FIXTURE, 7, Scope.REGISTERED);
    Labelled c = ScreeningCases.generate(FIXTURE, 8, Scope.REGISTERED);
    assertThat(a.cases()).isNotEmpty().isEqualTo(b.cases());
    assertThat(a.knowledgeBase()).isEqualTo(b.knowledgeBase());
    assertThat(a.cases()).isNotEqualTo(c.cases());
  }

  @Test
  void anImportedDictionaryAddsItsShopBrandsWithoutAnOwnerBesideTheRegisteredOnes() {
    var sony = new com.steward.core.screening.BrandDictionary.Row("Sony Store", "Sony", "Q41187", "shop/electronics",
        "zh=索尼", "");
    var zara = new com.steward.core.screening.BrandDictionary.Row("Zara", "Zara", "Q147662", "shop/clothes", "", "");
    var aral = new com.steward.core.screening.BrandDictionary.Row("Aral", "Aral", "Q565734", "amenity/fuel", "", "");
    var yellow = new com.steward.core.screening.BrandDictionary.Row("Yellow", "Yellow", "Q9", "shop/clothes", "", "");
    Sources withDictionary = new Sources(
        FIXTURE.brands().stream().map(b -> b.name().equals("Sony") ? new Brand("Sony", b.aliases(), "Q41187") : b)
            .toList(), FIXTURE.products(), FIXTURE.chinese(), List.of(sony, zara, aral, yellow));

    Labelled registered = ScreeningCases.generate(withDictionary, 7, Scope.REGISTERED);
    Labelled imported = ScreeningCases.generate(withDictionary, 7, Scope.IMPORTED);

    assertThat(imported.cases()).as("the same listings, another knowledge base").isEqualTo(registered.cases());
    assertThat(imported.knowledgeBase()).startsWith(registered.knowledgeBase().toArray(BrandProfile[]::new));
    List<BrandProfile> added = imported.knowledgeBase().subList(registered.knowledgeBase().size(),
        imported.knowledgeBase().size());
    assertThat(added).as("Sony is registered; Aral is not a shop; Yellow is an ordinary word")
        .extracting(BrandProfile::name).containsExactly("Zara");
    assertThat(added.getFirst().claimed()).isFalse();
    assertThat(registered.knowledgeBase()).allMatch(BrandProfile::claimed);
  }

  @Test
  void everyCaseTypeIsMadeAndEveryCaseHoldsWhatItClaims() {
    Labelled set = ScreeningCases.generate(FIXTURE, 7, Scope.REGISTERED);
    assertThat(set.cases()).extracting(Case::type).containsAll(ScreeningCases.TYPES);
    checkClaims(set);
  }

  @Test
  void theClaimsHoldOnTheRealData() {
    Path root = Stream.of(System.getProperty("steward.data", ""), "../shared/data", "../../shared/data")
        .filter(s -> !s.isEmpty()).map(Path::of).filter(p -> Files.isDirectory(p.resolve("brands_nsi")))
        .findFirst().orElse(null);
    assumeTrue(root != null, "the real data folder is not here");
    Sources sources = ScreeningCases.load(root);
    Labelled set = ScreeningCases.generate(sources, ScreeningQuality.SEED, Scope.REGISTERED);
    assertThat(set.cases()).extracting(Case::type).containsAll(ScreeningCases.TYPES);
    assertThat(set.cases().size()).isGreaterThan(5000);
    checkClaims(set);
    assertThat(ScreeningCases.generate(sources, ScreeningQuality.SEED, Scope.REGISTERED).cases())
        .isEqualTo(set.cases());
  }

  @Test
  void disguisesHideTheWordAndChangeNothingElse() {
    var random = new java.util.Random(1);
    for (String kind : ScreeningCases.DISGUISES) {
      String d = ScreeningCases.disguise(kind, "Pioneer", random);
      assertThat(d).as(kind).isNotNull();
      assertThat(d.toLowerCase(Locale.ROOT)).as(kind).doesNotContain("pioneer");
    }
    assertThat(ScreeningCases.disguise("leetspeak", "Sony", random)).isEqualTo("S0ny");
    assertThat(ScreeningCases.disguise("dots between letters", "Sony", random)).isEqualTo("S.o.n.y");
    assertThat(ScreeningCases.disguise("full-width", "LG", random)).as("too short to disguise").isNull();
    assertThat(ScreeningCases.replaceWords("sony tv by Sony, sonyericsson", "sony", "S0NY"))
        .isEqualTo("S0NY tv by S0NY, sonyericsson");
  }

  private static void checkClaims(Labelled set) {
    Map<String, BrandProfile> kb = set.knowledgeBase().stream()
        .collect(Collectors.toMap(BrandProfile::name, Function.identity()));
    LiteralBrands literal = set.literal();
    for (Case c : set.cases()) {
      String title = c.listing().title();
      String seller = c.listing().marketplace() + ":" + c.listing().sellerId();
      String what = c.type() + " / " + c.variant() + ": " + title;
      c.brands().forEach(b -> assertThat(kb).as(what).containsKey(b));
      boolean authorised = !c.brands().isEmpty() && kb.get(c.brands().getFirst()).authorizedSellers().contains(seller);
      switch (c.type()) {
        case "authorised" -> {
          assertThat(authorised).as(what).isTrue();
          assertThat(title).as(what).isEqualTo(c.source());
          namesItsBrand(c, literal);
        }
        case "unauthorised mention" -> {
          assertThat(authorised).as(what).isFalse();
          namesItsBrand(c, literal);
        }
        case "obfuscated" -> {
          assertThat(literal.owners(c.written())).as(what).contains(c.brands().getFirst());
          assertThat(lower(c.source())).as(what).contains(lower(c.written()));
          assertThat(lower(title)).as(what).doesNotContain(lower(c.written()));
          assertThat(literal.brandsIn(title)).as(what).doesNotContain(c.brands().getFirst());
          assertThat(belowFloor(set, c)).as(what).isEqualTo(c.expected() == Action.REFER);
        }
        case "nominative" -> {
          assertThat(literal.owners(c.written())).as(what).contains(c.brands().getFirst());
          int at = lower(title).indexOf(lower(c.written()));
          assertThat(at).as(what).isPositive();
          assertThat(ScreeningCases.afterCue(title, at)).as(what).isTrue();
          assertThat(c.expected()).isEqualTo(Action.ALLOW);
        }
        case "stuffing" -> {
          int named = literal.brandsIn(title).size();
          assertThat(named).as(what).isEqualTo(c.brands().size());
          assertThat(named >= 3).as(what).isEqualTo(c.expected() == Action.BLOCK);
          assertThat(c.brands()).allSatisfy(b -> assertThat(c.listing().price()).isGreaterThanOrEqualTo(set.floors()
              .get(b)));
        }
        case "suspicious terms" -> {
          assertThat(Screener.DEFAULT_SUSPICIOUS_TERMS.stream().anyMatch(t -> title.contains(t) && !c.source()
              .contains(t))).as(what).isTrue();
          assertThat(c.brands().isEmpty()).as(what).isEqualTo(c.expected() == Action.ALLOW);
        }
        case "price" -> {
          assertThat(title).as(what).isEqualTo(c.source());
          assertThat(belowFloor(set, c)).as(what).isEqualTo(c.expected() == Action.REFER);
          assertThat(authorised).as(what).isEqualTo(c.variant().startsWith("authorised"));
        }
        case "no known brand" -> assertThat(c.brands()).isEmpty();
        case "brand inside a longer word" -> {
          assertThat(literal.brandsIn(title)).as(what).doesNotContain(c.brands().getFirst());
          assertThat(LiteralBrands.insideLongerWords(title, c.variant())).as(what).isNotEmpty();
          assertThat(belowFloor(set, c)).as(what).isTrue();
        }
        default -> throw new AssertionError("unknown case type " + c.type());
      }
    }
  }

  private static boolean belowFloor(Labelled set, Case c) {
    return c.listing().price() < set.floors().get(c.brands().getFirst());
  }

  private static void namesItsBrand(Case c, LiteralBrands literal) {
    String what = c.type() + ": " + c.listing().title();
    assertThat(literal.owners(c.written())).as(what).contains(c.brands().getFirst());
    assertThat(lower(c.listing().title())).as(what).contains(lower(c.written()));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
