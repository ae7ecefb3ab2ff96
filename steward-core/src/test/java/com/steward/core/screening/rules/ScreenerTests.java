package com.steward.core.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.screening.MentionClassifier;
import com.steward.core.screening.rules.Decision.Action;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreenerTests {

  static final List<String> SUSPICIOUS = List.of("replica", "1:1", "AAA", "mirror quality", "高仿", "原单", "A货");

  static final Screener SCREENER = Screener.build(List.of(
      new BrandProfile("Nike", List.of("耐克", "NIKE"), List.of("air max"), Set.of("tb:nike-official"),
          Map.of("shoes", 40.0), null),
      new BrandProfile("Adidas", List.of("阿迪达斯"), List.of(), Set.of(), Map.of(), null),
      new BrandProfile("Chanel", List.of("香奈儿"), List.of(), Set.of(), Map.of("bags", 500.0),
          new Thresholds(0.15, 0.5)),
      new BrandProfile("Apple", List.of("苹果"), List.of("iPhone"), Set.of(), Map.of(), null),
      new BrandProfile("Puma", List.of(), List.of(), Set.of(), Map.of(), null)),
      SUSPICIOUS, MentionClassifier.defaults(), RuleSet.standard());

  static Decision screen(String seller, String title, String brand, String category, Double price) {
    return SCREENER.screen(ListingFacts.of("tb", "1", seller, title, "", brand, category, price));
  }

  @Test
  void authorisedSellerNamingItsBrandIsAllowed() {
    Decision d = screen("nike-official", "Nike Air Max 90", "Nike", "shoes", 120.0);
    assertThat(d.action()).isEqualTo(Action.ALLOW);
    assertThat(d.rules()).isEmpty();
    assertThat(d.matches()).extracting(Decision.Match::term).containsExactly("Nike", "air max");
  }

  @Test
  void anAuthorisedStoreIsAuthorisedAndTheSameSellersOtherStoresAreNot() {
    Screener screener = Screener.build(List.of(new BrandProfile("Nike", List.of(), List.of(), Set.of(), Map.of(), null,
        true, Set.of("tb:outlet-7"))), SUSPICIOUS, MentionClassifier.defaults(), RuleSet.standard());
    assertThat(screener.authorisesStores()).isTrue();
    assertThat(SCREENER.authorisesStores()).isFalse();
    ListingFacts listing = ListingFacts.of("tb", "1", "s-9", "Nike Air Max 90", "", "Nike", "shoes", 120.0);

    assertThat(screener.screen(listing.inStore("outlet-7")).rules()).isEmpty();
    assertThat(screener.screen(listing.inStore("outlet-8")).rules()).containsExactly("unauthorised-mention");
    assertThat(screener.screen(listing).rules()).as("store not known").containsExactly("unauthorised-mention");
    assertThat(screener.screen(ListingFacts.of("jd", "1", "s-9", "Nike Air Max 90", "", "Nike", "shoes", 120.0)
        .inStore("outlet-7")).rules()).as("the same store id on another marketplace").containsExactly("unauthorised-mention");
  }

  @Test
  void aChineseNameSpacedOutIsReadButNotACharOfAPhrase() {
    Screener screener = Screener.build(List.of(new BrandProfile("Xiaomi", List.of("小米"), List.of(), Set.of(), Map.of(),
        null), new BrandProfile("Redmi", List.of("红米"), List.of(), Set.of(), Map.of(), null)),
        SUSPICIOUS, MentionClassifier.defaults(), RuleSet.standard());
    Decision spaced = screener.screen(ListingFacts.of("tb", "1", "s-9", "小 米 手机 全新", "", null, "phones", 900.0));
    assertThat(spaced.matches()).singleElement().satisfies(m -> {
      assertThat(m.brand()).isEqualTo("Xiaomi");
      assertThat(m.start()).isZero();
      assertThat(m.end()).isEqualTo(3);
    });
    assertThat(screener.screen(ListingFacts.of("tb", "1", "s-9", "裤子 大 中 小 米色 全新", "", null, "clothes", 90.0))
        .matches()).as("米 belongs to 米色").isEmpty();
    for (String list : List.of("裤子 大 中 小 米 色", "裤子 大 中 小 米 白 黑", "颜色: 红 米 黑 白 裤子")) {
      assertThat(screener.screen(ListingFacts.of("tb", "1", "s-9", list, "", null, "clothes", 90.0)).matches())
          .as("a list of single chars: %s", list).isEmpty();
    }
    for (String title : List.of("新款 仿 小 米 手机", "小 米 手 全新", "全新 红 米 手机")) {
      assertThat(screener.screen(ListingFacts.of("tb", "1", "s-9", title, "", null, "phones", 900.0)).matches())
          .as("one more single char on either side: %s", title).hasSize(1);
    }
    assertThat(screener.screen(ListingFacts.of("tb", "1", "s-9", "小 米 手 机 全新", "", null, "phones", 900.0))
        .matches()).as("a title spaced out throughout").hasSize(1);
    assertThat(screener.screen(ListingFacts.of("tb", "1", "s-9", "颜色 红 米 黑", "", null, "clothes", 90.0))
        .matches()).as("one more colour is not yet a list: the price of reading names spaced out").hasSize(1);
    assertThat(screener.screen(ListingFacts.of("tb", "1", "s-9", "手机 小 米 红 米 全新", "", null, "phones", 900.0))
        .matches()).as("names spaced out one after another cover each other").hasSize(2);
  }

  @Test
  void theOtherFeaturesHooksAreMeasuresThatARuleSetMayWeigh() {
    var screener = Screener.build(List.of(
        new BrandProfile("Nike", List.of("耐克"), List.of("air max"), Set.of(), Map.of(), null)),
        SUSPICIOUS, MentionClassifier.defaults(), standardAnd("with-hooks",
            new Rule("image-matches-brand", "The listing's image matches the brand's reference images",
                new Condition.AtLeast(Measure.IMAGE_MATCH, 0.9), 0.85),
            new Rule("poorly-rated-seller", "A seller rated below 0.3", new Condition.AtMost(Measure.SELLER_RATING, 0.3),
                0.4),
            new Rule("risky-cluster", "The seller's cluster of accounts is risky",
                new Condition.AtLeast(Measure.CLUSTER_RISK, 0.8), 0.85)));
    for (String title : List.of("Nike Air Max 90 trainers", "耐克气垫跑步鞋男款")) {
      assertThat(screener.screen(facts(title, null, null, null)).rules()).as(title).containsExactly("unauthorised-mention");
      Decision image = screener.screen(facts(title, null, null, 0.95));
      assertThat(image.rules()).as(title).containsExactly("unauthorised-mention", "image-matches-brand");
      assertThat(image.action()).as(title + ": the image matches").isEqualTo(Action.BLOCK);
      assertThat(screener.screen(facts(title, null, null, 0.5)).action()).as(title + ": a weak image match")
          .isEqualTo(Action.ALLOW);
      Decision rated = screener.screen(facts(title, 0.2, null, null));
      assertThat(rated.rules()).as(title).containsExactly("unauthorised-mention", "poorly-rated-seller");
      assertThat(rated.action()).as(title + ": a poorly rated seller is referred").isEqualTo(Action.REFER);
      assertThat(screener.screen(facts(title, 0.9, null, null)).action()).as(title + ": a well rated one")
          .isEqualTo(Action.ALLOW);
      Decision risky = screener.screen(facts(title, null, 0.85, null));
      assertThat(risky.rules()).as(title).containsExactly("unauthorised-mention", "risky-cluster");
      assertThat(risky.action()).as(title).isEqualTo(Action.BLOCK);
    }
    assertThat(screener.screen(new ListingFacts("tb", "1", "s-9", "Plain canvas trainers", "", null, "shoes", 60.0,
        0.1, 0.99, 0.99, null)).rules()).as("rules are weighed per brand named: without one, the hooks decide nothing")
        .isEmpty();
  }

  /** The standard rules and {@code more}, under the standard thresholds. */
  private static RuleSet standardAnd(String version, Rule... more) {
    var rules = new java.util.ArrayList<>(RuleSet.standard().rules());
    rules.addAll(List.of(more));
    return new RuleSet(version, rules, RuleSet.standard().defaults());
  }

  private static ListingFacts facts(String title, Double sellerRating, Double clusterRisk, Double imageMatch) {
    return new ListingFacts("tb", "1", "s-9", title, "", null, "shoes", 60.0, sellerRating, clusterRisk, imageMatch,
        null);
  }

  @Test
  void aBrandNamedOnlyInTheDescriptionIsASignalOfItsOwn() {
    var screener = Screener.build(List.of(
        new BrandProfile("Nike", List.of("耐克"), List.of("air max"), Set.of(), Map.of("shoes", 40.0), null)),
        SUSPICIOUS, MentionClassifier.defaults(), standardAnd("with-description", new Rule("only-in-description",
            "The brand is named in the description only", new Condition.Is(Signal.ONLY_IN_DESCRIPTION), 0.5)));
    for (var listing : List.of(
        ListingFacts.of("tb", "1", "s-9", "Running trainers, cushioned sole", "Same sole as the Nike Air Max", null, "shoes", 60.0),
        ListingFacts.of("tb", "1", "s-9", "气垫跑步鞋男款", "鞋底与耐克同款", null, "shoes", 60.0))) {
      Decision d = screener.screen(listing);
      assertThat(d.rules()).as(listing.description()).containsExactly("only-in-description");
      assertThat(d.action()).as(listing.description()).isEqualTo(Action.REFER);
      assertThat(d.brand()).isEqualTo("Nike");
      assertThat(d.matches()).as("the match is the description's").allSatisfy(m -> assertThat(m.field()).isEqualTo("description"))
          .isNotEmpty();
      assertThat(SCREENER.screen(listing).action()).as("the standard rules do not weigh it at a fair price")
          .isEqualTo(Action.ALLOW);
      Decision named = screener.screen(ListingFacts.of("tb", "1", "s-9", "Nike trainers " + listing.title(),
          listing.description(), null, "shoes", 60.0));
      assertThat(named.rules()).as("named in the title too").containsExactly("unauthorised-mention");
    }
  }

  @Test
  void likeAndItsChineseCueSayWhatTheProductCopies() {
    for (String title : List.of("Trainers like Nike Air Max, breathable", "类似耐克的气垫跑步鞋")) {
      Decision d = screen("s-9", title, null, "shoes", 60.0);
      assertThat(d.rules()).as(title).contains("imitation");
      assertThat(d.action()).as(title).isEqualTo(Action.BLOCK);
      assertThat(d.matches()).as(title).anySatisfy(m -> assertThat(m.use()).isEqualTo(MentionClassifier.Use.IMITATION));
    }
    assertThat(screen("s-9", "Unlike Nike trainers, these are wide", null, "shoes", 60.0).rules())
        .as("a word that only ends in like").doesNotContain("imitation");
  }

  @Test
  void aResellerNamingTheBrandAtAFairPriceIsAllowed() {
    Decision d = screen("s-9", "Nike Air Max 90, worn twice", "Nike", "shoes", 60.0);
    assertThat(d.action()).isEqualTo(Action.ALLOW);
    assertThat(d.rules()).containsExactly("unauthorised-mention");
    assertThat(d.score()).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aBrandWithASuspiciousTermIsBlocked() {
    Decision d = screen("s-9", "N1ke Air Max 1:1 replica", "", "shoes", 60.0);
    assertThat(d.action()).isEqualTo(Action.BLOCK);
    assertThat(d.brand()).isEqualTo("Nike");
    assertThat(d.rules()).containsExactly("unauthorised-mention", "suspicious-term");
    assertThat(d.matches()).anySatisfy(m -> {
      assertThat(m.brand()).isEqualTo("Nike");
      assertThat(m.start()).isZero();
      assertThat(m.end()).isEqualTo(4);
    });
  }

  /** Zoom (recorders), marked as an ordinary word; Kodak, which is not. */
  static final Screener WORDS = Screener.build(List.of(
      new BrandProfile("Zoom", List.of("變焦錄音"), List.of("H4n"), Set.of(), Map.of("electronics", 100.0), null, true,
          Set.of(), null, true),
      new BrandProfile("Kodak", List.of(), List.of(), Set.of("tb:kodak-store"), Map.of("electronics", 50.0), null),
      new BrandProfile("Green", List.of(), List.of(), Set.of(), Map.of(), null, true, Set.of(), null, true),
      new BrandProfile("Nike", List.of(), List.of(), Set.of(), Map.of(), null),
      new BrandProfile("Puma", List.of(), List.of(), Set.of(), Map.of(), null)),
      SUSPICIOUS, MentionClassifier.defaults(), RuleSet.standard());

  static Decision words(String seller, String title, String description, String brand, double price) {
    return WORDS.screen(ListingFacts.of("tb", "1", seller, title, description, brand, "electronics", price));
  }

  @Test
  void aBrandMarkedAsAnOrdinaryWordIsReadAsTheWordWhenNothingElsePointsToIt() {
    Decision camera = words("kodak-store", "Kodak EasyShare C813 8MP Digital Camera with 3x Optical Zoom", "", "Kodak",
        60.0);
    assertThat(camera.action()).as("Kodak's own store, above Kodak's floor and below Zoom's").isEqualTo(Action.ALLOW);
    assertThat(camera.rules()).isEmpty();
    assertThat(camera.matches()).filteredOn(m -> m.brand().equals("Zoom"))
        .extracting(Decision.Match::use).containsExactly(MentionClassifier.Use.ORDINARY_WORD);
    assertThat(words("s-9", "Lens cap, optical zoom 10x", "Zoom in close; zoom out wide", "", 5.0).rules())
        .as("the word in the description is the word too").isEmpty();
    assertThat(words("s-9", "Tea, green, Nike Puma", "", "", 5.0).rules())
        .as("an ordinary word does not count towards stuffing").doesNotContain("brand-stuffing");
  }

  @Test
  void aBrandMarkedAsAnOrdinaryWordCountsWhereTheListingPointsToIt() {
    String camera = "Kodak EasyShare C813 8MP Digital Camera with 3x Optical Zoom";
    assertThat(words("s-9", "Zoom handy recorder, 4 tracks", "", "", 40.0).rules())
        .as("the word opens the title").contains("unauthorised-mention", "price-below-floor");
    assertThat(words("s-9", "[Zoom] handy recorder", "", "", 40.0).rules()).contains("unauthorised-mention");
    assertThat(words("s-9", "Handy recorder by zoom", "", "Zoom", 40.0).rules())
        .as("the brand attribute").contains("unauthorised-mention");
    assertThat(words("s-9", "Handy recorder zoom H4n", "", "", 40.0).rules())
        .as("a keyword of the brand").contains("unauthorised-mention");
    assertThat(words("s-9", "Handy recorder zoom", "Zoom H4n, 4 tracks", "", 40.0).rules())
        .as("a keyword in the description").contains("unauthorised-mention");
    assertThat(words("s-9", "Handy recorder zoom 1:1", "", "", 40.0).action())
        .as("a listing that calls itself a copy").isEqualTo(Action.BLOCK);
    assertThat(words("s-9", "Handy recorder zoom 變焦錄音", "", "", 40.0).rules())
        .as("an alias of the brand").contains("unauthorised-mention");
    assertThat(words("s-9", "Digital camera 4K, zoom type: optical 10x", "", "", 40.0).rules())
        .as("an imitation cue before an ordinary word does not point").isEmpty();
    assertThat(words("s-9", "Webcam hd, like zoom calls", "", "", 40.0).rules()).isEmpty();
    assertThat(words("s-9", "Handy recorder, Zoom style replica", "", "", 40.0).action())
        .as("a copy in so many words").isEqualTo(Action.BLOCK);
    for (String spelling : List.of("ｚｏｏｍ", "ZOOM", "Zoom.", "zoom™", "Zóóm")) {
      assertThat(words("s-9", "Handy recorder, " + spelling + " in", "", "", 40.0).rules())
          .as("another spelling is not a disguise: " + spelling).isEmpty();
    }
    assertThat(words("s-9", "Handy recorder Z.o.o.m", "", "", 40.0).rules()).as("spelled out")
        .contains("unauthorised-mention");
    assertThat(words("s-9", "Handy recorder Zооm", "", "", 40.0).rules()).as("Cyrillic о")
        .contains("unauthorised-mention");
    Screener listed = Screener.build(List.of(new BrandProfile("Zoom", List.of("Z.o.o.m"), List.of(), Set.of(),
        Map.of("electronics", 100.0), null, true, Set.of(), null, true)), SUSPICIOUS, MentionClassifier.defaults(),
        RuleSet.standard());
    assertThat(listed.screen(ListingFacts.of("tb", "1", "s-9", "Camera with Z.o.o.m lens", "", "", "electronics", 50.0))
        .rules()).as("a disguise the brand lists as an alias still points").contains("unauthorised-mention");
    assertThat(words("s-9", "ⓏⓄⓄⓂ handy recorder", "", "", 40.0).rules()).as("first word once normalised")
        .contains("unauthorised-mention");
    assertThat(words("s-9", "Handy recorder by zoom", "", "Zoom Corp", 40.0).rules())
        .as("a brand attribute that begins with the name").contains("unauthorised-mention");
    assertThat(words("s-9", "Handy recorder with zoom", "", "Compatible with Zoom", 40.0).rules())
        .as("a brand attribute that only holds the word").isEmpty();
    assertThat(words("s-9", "Handy recorder with zoom", "", "Generic", 40.0).rules()).as("the word alone").isEmpty();
    assertThat(words("kodak-store", camera, "", "Kodak", 60.0).rules()).isEmpty();
    assertThat(SCREENER.screen(ListingFacts.of("tb", "1", "s-9", "Puma suede, optical puma", "", "", "shoes", 5.0))
        .rules()).as("a brand not marked is named as before").contains("unauthorised-mention");
  }

  @Test
  void aMatchReportsTheSpellingTheTitleWrote() {
    Screener screener = Screener.build(List.of(new BrandProfile("McDonald's", List.of("麥當勞", "麦当劳"), List.of(),
        Set.of(), Map.of(), null)), SUSPICIOUS, MentionClassifier.defaults(), RuleSet.standard());
    assertThat(screener.screen(ListingFacts.of("tb", "1", "s-9", "麦当劳徽章", "", "", "toys", 5.0)).matches())
        .extracting(Decision.Match::term).containsExactly("麦当劳");
    assertThat(screener.screen(ListingFacts.of("tb", "1", "s-9", "麥當勞徽章", "", "", "toys", 5.0)).matches())
        .extracting(Decision.Match::term).containsExactly("麥當勞");
    Screener changed = screener.withChanges(List.of(new BrandProfile("McDonald's", List.of("麥當勞", "麦当劳", "M記"),
        List.of(), Set.of(), Map.of(), null)), Set.of());
    assertThat(changed.screen(ListingFacts.of("tb", "1", "s-9", "麦当劳徽章", "", "", "toys", 5.0)).matches())
        .as("after a change of the brand").extracting(Decision.Match::term).containsExactly("麦当劳");
  }

  @Test
  void aPluralOfANameInCapitalsIsTheBrand() {
    Decision d = screen("s-9", "PUMAs running shoes replica", "", "shoes", 25.0);
    assertThat(d.action()).isEqualTo(Action.BLOCK);
    assertThat(d.brand()).isEqualTo("Puma");
    assertThat(d.matches()).filteredOn(m -> "Puma".equals(m.brand()))
        .singleElement().satisfies(m -> assertThat(m.end()).isEqualTo(4));
    assertThat(screen("s-9", "Pumas running shoes replica", "", "shoes", 25.0).brand())
        .as("in small letters the plural is read as another word").isNull();
  }

  @Test
  void chineseCounterfeitWordingIsBlocked() {
    assertThat(screen("s-9", "高仿耐克运动鞋", null, "shoes", 99.0).action()).isEqualTo(Action.BLOCK);
    assertThat(screen("s-9", "阿迪达斯原单跑鞋", null, "shoes", 99.0).action()).isEqualTo(Action.BLOCK);
  }

  @Test
  void anImitationPatternIsBlockedAndCostsTheMerchantCreditAndMarketing() {
    Decision d = screen("s-9", "Puma style sneakers", null, "shoes", 30.0);
    assertThat(d.action()).isEqualTo(Action.BLOCK);
    assertThat(d.rules()).contains("imitation");
    assertThat(d.effects()).containsExactlyInAnyOrder(Effect.LOWER_CREDIT, Effect.SUSPEND_MARKETING);
  }

  @Test
  void effectsApplyOnlyToBlocks() {
    Decision d = screen("s-9", "Nike Air Max 90", "Nike", "shoes", 19.0);
    assertThat(d.action()).isEqualTo(Action.REFER);
    assertThat(d.effects()).isEmpty();
  }

  @Test
  void aNominativeUseIsAllowed() {
    Decision d = screen("s-9", "Leather case for iPhone 15", null, "accessories", 9.0);
    assertThat(d.action()).isEqualTo(Action.ALLOW);
    assertThat(d.brand()).isNull();
    assertThat(screen("s-9", "适用于苹果手机壳", null, "accessories", 9.0).action()).isEqualTo(Action.ALLOW);
  }

  @Test
  void aPriceBelowTheFloorIsReferred() {
    Decision d = screen("s-9", "Nike Air Max 90", "Nike", "shoes", 19.0);
    assertThat(d.action()).isEqualTo(Action.REFER);
    assertThat(d.rules()).containsExactly("unauthorised-mention", "price-below-floor");
  }

  @Test
  void aFloorInOneCurrencyIsNotComparedWithAPriceInAnotherAndCategoriesIgnoreCase() {
    var rules = RuleSet.standard();
    var yen = Screener.build(List.of(new BrandProfile("Sony", List.of(), List.of(), java.util.Set.of(),
        java.util.Map.of(" Cameras", 30000.0), null, true, java.util.Set.of(), "JPY")), List.of(), MentionClassifier.defaults(), rules);
    var camera = ListingFacts.of("rk", "1", "s-9", "Sony Alpha 7 body", "", null, "cameras ", 25000.0);
    assertThat(yen.screen(camera.pricedIn("JPY")).rules()).as("25,000 yen under a floor of 30,000 yen, whatever"
        + " the case of the category").contains("price-below-floor");
    assertThat(yen.screen(camera.pricedIn("jpy")).rules()).contains("price-below-floor");
    assertThat(yen.screen(ListingFacts.of("rk", "1", "s-9", "Sony Alpha 7 body", "", null, "cameras", 900.0)
        .pricedIn("USD")).rules()).as("900 dollars is no cheap camera").doesNotContain("price-below-floor");
    assertThat(yen.screen(camera).rules()).as("a price without a currency is not compared with a floor in one")
        .doesNotContain("price-below-floor");
    var anyCurrency = Screener.build(List.of(new BrandProfile("Sony", List.of(), List.of(), java.util.Set.of(),
        java.util.Map.of("cameras", 300.0), null)), List.of(), MentionClassifier.defaults(), rules);
    assertThat(anyCurrency.screen(ListingFacts.of("rk", "1", "s-9", "Sony Alpha 7 body", "", null, "Cameras", 250.0)
        .pricedIn("EUR")).rules()).as("a floor without a currency holds for any").contains("price-below-floor");
  }

  @Test
  void brandStuffingIsBlocked() {
    Decision d = screen("s-9", "Running shoes Nike Adidas Puma sneakers", null, "shoes", 60.0);
    assertThat(d.action()).as("stuffing alone, no imitation word").isEqualTo(Action.BLOCK);
    assertThat(d.rules()).containsExactlyInAnyOrder("unauthorised-mention", "brand-stuffing");
    assertThat(screen("s-9", "Running shoes Nike Adidas sneakers", null, "shoes", 60.0).action())
        .as("two brands are not stuffing").isEqualTo(Action.ALLOW);
  }

  @Test
  void aBrandNobodyClaimedBlocksOnlyAListingThatCallsItselfAFake() {
    List<String> names = List.of("Blockbuster", "Facebook", "YouTube", "Twitter", "Flickr", "Pandora");
    String title = "bd-c6500 blu-ray player wifi - internet tv . download apps like blockbuster facebook youtube "
        + "twitter flickr pandora and vudu . refurbished";
    var listing = ListingFacts.of("tb", "1", "s-9", title, "", "", "electronics", 109.0);
    var dictionary = Screener.build(names.stream().map(n -> new BrandProfile(n, List.of(), List.of(), Set.of(),
        Map.<String, Double>of(), null, false)).toList(), SUSPICIOUS, MentionClassifier.defaults(), RuleSet.standard());
    var claimed = Screener.build(names.stream().map(n -> new BrandProfile(n, List.of(), List.of(), Set.of(),
        Map.<String, Double>of(), null, true)).toList(), SUSPICIOUS, MentionClassifier.defaults(), RuleSet.standard());

    Decision unclaimed = dictionary.screen(listing);
    assertThat(unclaimed.action()).as("names from a dictionary, no rights holder").isEqualTo(Action.REFER);
    assertThat(unclaimed.rules()).contains("brand-stuffing");
    assertThat(unclaimed.effects()).isEmpty();
    assertThat(claimed.screen(listing).action()).as("the same names, each claimed by its owner").isEqualTo(Action.BLOCK);

    var imitation = ListingFacts.of("tb", "1", "s-9", "Flickr style photo frame", "", "", "home", 5.0);
    assertThat(dictionary.screen(imitation).action()).isNotEqualTo(Action.BLOCK);
    var fake = ListingFacts.of("tb", "1", "s-9", "Blockbuster 1:1 replica box set", "", "", "dvd", 5.0);
    assertThat(dictionary.screen(fake).action()).as("a listing that calls itself a fake").isEqualTo(Action.BLOCK);
    assertThat(claimed.screen(fake).action()).isEqualTo(Action.BLOCK);
  }

  @Test
  void aBrandNameInsideALongerOneIsNotASecondBrand() {
    var nestedNames = Screener.build(List.of(
        new BrandProfile("IDEA", List.of(), List.of(), Set.of(), Map.of(), null, false),
        new BrandProfile("IDEA Organic", List.of(), List.of(), Set.of("tb:idea-shop"), Map.of(), null),
        new BrandProfile("Organic", List.of(), List.of(), Set.of(), Map.of(), null, false),
        new BrandProfile("Fresh", List.of(), List.of(), Set.of(), Map.of(), null, false),
        new BrandProfile("Fresh Thyme", List.of(), List.of(), Set.of(), Map.of(), null),
        new BrandProfile("Magnet", List.of(), List.of(), Set.of(), Map.of(), null),
        new BrandProfile("Boxer", List.of(), List.of(), Set.of(), Map.of(), null)),
        SUSPICIOUS, MentionClassifier.defaults(), RuleSet.standard());
    Decision own = nestedNames.screen(ListingFacts.of("tb", "1", "idea-shop", "IDEA Organic analog rca volume leveler",
        "", "IDEA Organic", "electronics", 40.0));
    assertThat(own.action()).as("the authorised seller naming its one brand").isEqualTo(Action.ALLOW);
    assertThat(own.rules()).doesNotContain("brand-stuffing");
    Decision other = nestedNames.screen(ListingFacts.of("tb", "1", "s-9", "Fresh Thyme 24 ultra-slim led24a45rq",
        "", "Fresh Thyme", "electronics", 120.0));
    assertThat(other.rules()).doesNotContain("brand-stuffing");
    assertThat(other.action()).isNotEqualTo(Action.BLOCK);
    Decision stuffed = nestedNames.screen(ListingFacts.of("tb", "1", "s-9", "led tv Fresh Thyme Magnet Boxer style",
        "", "", "electronics", 120.0));
    assertThat(stuffed.rules()).as("three brands side by side").contains("brand-stuffing");
    assertThat(stuffed.action()).isEqualTo(Action.BLOCK);
  }

  @Test
  void aBrandsOwnThresholdsApply() {
    Decision d = screen("s-9", "Chanel quilted bag", "Chanel", "bags", 800.0);
    assertThat(d.action()).as("0.2 is above Chanel's referral threshold of 0.15").isEqualTo(Action.REFER);
  }

  @Test
  void aMismatchedBrandAttributeCounts() {
    Decision d = screen("s-9", "Nike running shoes", "Generic", "shoes", 60.0);
    assertThat(d.rules()).containsExactly("unauthorised-mention", "brand-attribute-mismatch");
    assertThat(d.action()).isEqualTo(Action.ALLOW);
  }

  @Test
  void chineseTitlesMeetEveryRuleAsLatinOnesDo() {
    Decision cheap = screen("s-9", "耐克气垫跑步鞋男款", null, "shoes", 19.0);
    assertThat(cheap.action()).as("below the floor").isEqualTo(Action.REFER);
    assertThat(cheap.rules()).containsExactly("unauthorised-mention", "price-below-floor");
    assertThat(cheap.matches()).singleElement().satisfies(m -> {
      assertThat(m.brand()).isEqualTo("Nike");
      assertThat(m.start()).isZero();
      assertThat(m.end()).isEqualTo(2);
    });
    assertThat(screen("s-9", "耐克气垫跑步鞋男款", null, "shoes", 60.0).action()).as("at a fair price")
        .isEqualTo(Action.ALLOW);
    assertThat(screen("nike-official", "耐克气垫跑步鞋男款", null, "shoes", 19.0).rules())
        .as("the authorised seller, even below the floor").doesNotContain("unauthorised-mention");

    for (String throughout : List.of("高 仿 耐 克 运 动 鞋", "仿 耐 克 运 动 鞋")) {
      Decision d = screen("s-9", throughout, null, "shoes", 60.0);
      assertThat(d.action()).as("a title spaced out throughout: %s", throughout).isEqualTo(Action.BLOCK);
    }
    assertThat(screen("s-9", "耐 克 男 鞋", null, "shoes", 19.0).rules()).contains("unauthorised-mention");
    Decision spaced = screen("s-9", "新款 耐 克 气垫跑步鞋", null, "shoes", 19.0);
    assertThat(spaced.rules()).as("a name spaced out").containsExactly("unauthorised-mention", "price-below-floor");
    assertThat(spaced.matches()).singleElement().satisfies(m -> {
      assertThat(m.brand()).isEqualTo("Nike");
      assertThat(m.start()).isEqualTo(3);
      assertThat(m.end()).as("the span covers the spaced chars").isEqualTo(6);
    });

    Decision stuffed = screen("s-9", "运动鞋 耐克 阿迪达斯 香奈儿 同城发货", null, "shoes", 60.0);
    assertThat(stuffed.rules()).contains("brand-stuffing");
    assertThat(stuffed.action()).isEqualTo(Action.BLOCK);
    assertThat(screen("s-9", "运动鞋 耐克 阿迪达斯 同城发货", null, "shoes", 60.0).action())
        .as("two brands are not stuffing").isEqualTo(Action.ALLOW);

    Decision mismatch = screen("s-9", "耐克跑步鞋", "杂牌", "shoes", 60.0);
    assertThat(mismatch.rules()).containsExactly("unauthorised-mention", "brand-attribute-mismatch");
    assertThat(screen("s-9", "耐克跑步鞋", "耐克", "shoes", 60.0).rules()).as("the attribute names the brand")
        .doesNotContain("brand-attribute-mismatch");

    for (String imitation : List.of("耐克同款运动鞋", "仿耐克运动鞋", "香奈儿风格链条包")) {
      Decision d = screen("s-9", imitation, null, imitation.contains("包") ? "bags" : "shoes", 900.0);
      assertThat(d.rules()).as(imitation).contains("imitation");
      assertThat(d.action()).as(imitation).isEqualTo(Action.BLOCK);
      assertThat(d.effects()).as(imitation).containsExactlyInAnyOrder(Effect.LOWER_CREDIT, Effect.SUSPEND_MARKETING);
    }
  }

  @Test
  void aRuleSetMayWeighANameWrittenInADisguise() {
    var screener = Screener.build(List.of(
        new BrandProfile("Nike", List.of("耐克"), List.of("air max"), Set.of(), Map.of(), null),
        new BrandProfile("Louis Vuitton", List.of(), List.of(), Set.of(), Map.of(), null),
        new BrandProfile("Marks and Spencer", List.of(), List.of(), Set.of(), Map.of(), null),
        new BrandProfile("A.P.C.", List.of(), List.of(), Set.of(), Map.of(), null),
        new BrandProfile("OKKO", List.of("\u041E\u041A\u041A\u041E"), List.of(), Set.of(), Map.of(), null)),
        SUSPICIOUS, MentionClassifier.defaults(), standardAnd("with-disguises", new Rule("disguised-mention",
            "The title writes the brand in a disguise", new Condition.Is(Signal.DISGUISED_MENTION), 0.4)));
    for (String disguise : List.of("N1ke running shoes", "N.I.K.E running shoes", "N\u0456ke running shoes",
        "\u0274\u026A\u1D0B\u1D07 running shoes", "Niiike running shoes", "NlKE running shoes", "N\u2764I\u2764K\u2764E shoes",
        "Running shoes A1r Max", "耐 克 跑步鞋")) {
      Decision d = screener.screen(ListingFacts.of("tb", "1", "s-9", disguise, "", null, "shoes", 90.0));
      assertThat(d.rules()).as(disguise).containsExactly("unauthorised-mention", "disguised-mention");
      assertThat(d.action()).as(disguise + ": referred at a fair price").isEqualTo(Action.REFER);
    }
    for (String plain : List.of("Nike running shoes", "NIKE running shoes", "\uFF2E\uFF49\uFF4B\uFF45 running shoes",
        "耐克跑步鞋", "Louis-Vuitton bag", "#louisvuitton bag", "LOUIS VUITTON bag",
        "Marks&Spencer jumper", "marks & spencer jumper", "A.P.C. jeans", "apc jeans",
        "\u041E\u041A\u041A\u041E 95", "OKKO 95")) {
      Decision d = screener.screen(ListingFacts.of("tb", "1", "s-9", plain, "", null, "shoes", 90.0));
      assertThat(d.brand()).as(plain).isNotNull();
      assertThat(d.rules()).as(plain + ": a spelling, not a disguise").containsExactly("unauthorised-mention");
    }
    assertThat(SCREENER.screen(ListingFacts.of("tb", "1", "s-9", "N1ke running shoes", "", null, "shoes", 90.0)).action())
        .as("the standard rule set does not weigh it").isEqualTo(Action.ALLOW);
  }

  @Test
  void theSuspiciousTermAaaIsNotTheArticleA() {
    Decision d = screen("s-9", "Nike cap with a plain logo", "Nike", "shoes", 60.0);
    assertThat(d.rules()).containsExactly("unauthorised-mention");
    assertThat(screen("s-9", "Nike cap AAA quality", "Nike", "shoes", 60.0).rules()).contains("suspicious-term");
  }

  @Test
  void aListingWithoutBrandsIsAllowedEvenWithSuspiciousWords() {
    Decision d = screen("s-9", "1:1 scale model car", null, "toys", 20.0);
    assertThat(d.action()).isEqualTo(Action.ALLOW);
    assertThat(d.matches()).extracting(Decision.Match::term).containsExactly("1:1");
  }

  @Test
  void everyDecisionNamesItsRuleSetVersion() {
    assertThat(screen("s-9", "Plain tee", null, null, null).ruleSetVersion()).isEqualTo("default-3");
  }

  @Test
  void brandsSharingATermNameItOnce() {
    Screener screener = Screener.build(List.of(
        new BrandProfile("Costco Wholesale", List.of("Costco"), List.of(), Set.of(), Map.of(), null),
        new BrandProfile("Costco Travel", List.of("Costco"), List.of(), Set.of(), Map.of(), null),
        new BrandProfile("Costco Gas", List.of("Costco"), List.of(), Set.of(), Map.of(), null)),
        SUSPICIOUS, MentionClassifier.defaults(), RuleSet.standard());
    Decision d = screener.screen(ListingFacts.of("tb", "1", "s-1", "Costco gift card", "", null, null, null));
    assertThat(d.rules()).as("one name, not brand stuffing: " + d).doesNotContain("brand-stuffing");
  }

  @Test
  void aTitleOfManyMentionsIsScreenedWithoutComparingEveryPair() {
    String title = "Nike ".repeat(40_000) + "Adidas Puma";
    Decision d = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
        () -> SCREENER.screen(ListingFacts.of("tb", "1", "s-1", title, "", null, null, null)));
    assertThat(d.rules()).contains("brand-stuffing");
  }

  @Test
  void aFakeNamingItsBrandOnlyAsWhatItIsForIsReferredNotLetThrough() {
    Decision fake = screen("someone", "1:1 replica shoes for Nike", null, "shoes", 20.0);
    assertThat(fake.action()).as(fake.toString()).isEqualTo(Action.REFER);
    assertThat(fake.brand()).isEqualTo("Nike");
    assertThat(fake.rules()).contains("suspicious-term").doesNotContain("unauthorised-mention");
    Decision accessory = screen("someone", "Silicone case for iPhone 15", null, null, 9.0);
    assertThat(accessory.action()).as("without a suspicious term, a nominative use is not scored")
        .isEqualTo(Action.ALLOW);
  }

  @Test
  void aaaBatteriesAreASizeAndAaaShoesAFake() {
    Screener screener = Screener.build(List.of(
        new BrandProfile("Duracell", List.of(), List.of(), Set.of(), Map.of(), null)),
        SUSPICIOUS, MentionClassifier.defaults(), RuleSet.standard());
    Decision batteries = screener.screen(ListingFacts.of("tb", "1", "s-1", "Duracell AAA batteries, pack of 12", "",
        null, null, null));
    assertThat(batteries.rules()).as(batteries.toString()).doesNotContain("suspicious-term");
    assertThat(batteries.action()).isEqualTo(Action.ALLOW);
    assertThat(screen("someone", "Nike AAA shoes", null, "shoes", 120.0).rules()).contains("suspicious-term");
  }
}
