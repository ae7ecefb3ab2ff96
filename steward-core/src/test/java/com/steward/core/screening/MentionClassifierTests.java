package com.steward.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.screening.BrandMatcher.Kind;
import com.steward.core.screening.BrandMatcher.Term;
import com.steward.core.screening.MentionClassifier.Use;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionClassifierTests {

  static final BrandMatcher MATCHER = BrandMatcher.build(List.of(
      new Term("Apple", "iPhone", Kind.KEYWORD),
      new Term("Samsung", "Samsung", Kind.BRAND_NAME),
      new Term("Samsung", "三星", Kind.ALIAS),
      new Term("Xiaomi", "Xiaomi", Kind.BRAND_NAME),
      new Term("Xiaomi", "小米", Kind.ALIAS),
      new Term("Gucci", "Gucci", Kind.BRAND_NAME),
      new Term("", "1:1", Kind.SUSPICIOUS),
      new Term("Nike", "Nike", Kind.BRAND_NAME),
      new Term("Nike", "耐克", Kind.ALIAS),
      new Term("Chanel", "Chanel", Kind.BRAND_NAME),
      new Term("Apple", "苹果", Kind.ALIAS)));
  static final MentionClassifier CLASSIFIER = MentionClassifier.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Silicone case for iPhone 15|NOMINATIVE",
      "Screen protector compatible with iPhone|NOMINATIVE",
      "Strap fits Nike watch bands|NOMINATIVE",
      "适用于苹果手机壳|NOMINATIVE",
      "Nike style running shoes|IMITATION",
      "Chanel-type quilted bag|IMITATION",
      "Replica of Chanel 2.55|IMITATION",
      "Bag similar to Chanel classic|IMITATION",
      "REPLICA OF NIKE|IMITATION",
      "耐克同款运动鞋|IMITATION",
      "仿耐克跑鞋|IMITATION",
      "Nike Air Max 90 genuine|DIRECT",
      "Men's Nike shoes, boxed|DIRECT",
      "Lifestyle Nike tee|DIRECT",
      "Unlike Nike, our shoes|DIRECT",
      "2024 New Style Nike Air Max|DIRECT",
      "Latest style Nike hoodie|DIRECT",
      "Style Nike-like trainers|IMITATION",
      "iPhone Type-C cable|DIRECT",
      "iPhone type c charger, 2m|DIRECT",
      "iPhone type charger|IMITATION",
  })
  void classifiesTheFirstMention(String title, Use expected) {
    BrandMatcher.Found found = MATCHER.findIn(title);
    assertThat(found.hits()).isNotEmpty();
    assertThat(CLASSIFIER.classify(found).getFirst()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "兼容samsung/三星,galaxy,s8数据线|NOMINATIVE NOMINATIVE",
      "适用于xiaomi/小米,小米note,3手机表带|NOMINATIVE NOMINATIVE DIRECT",   // a spelling again is no list
      "适用于小米（Xiaomi）手机壳|NOMINATIVE NOMINATIVE",
      "Charger fits Samsung Samsung Galaxy S8|NOMINATIVE DIRECT",  // the same spelling again is no list
      "适用于iPhone 苹果原装充电器|NOMINATIVE DIRECT",                // a product keyword starts no list
      "兼容samsung/三星原装数据线|NOMINATIVE DIRECT",                 // "original": the brand's own product
      "Case for Samsung/三星, genuine|NOMINATIVE DIRECT",
      "for Nike/耐克, Nike Air Max 90|NOMINATIVE NOMINATIVE DIRECT",
      "for 耐克 Nike Nike sneakers|NOMINATIVE NOMINATIVE DIRECT",
      "兼容samsung/三星正版数据线|NOMINATIVE DIRECT",
      "for Samsung/三星 1:1 case|NOMINATIVE DIRECT DIRECT",            // a fake gets no generous reading
      "适用于三星/Samsung 数据线 正品|NOMINATIVE DIRECT",                 // nor a claim to be genuine, anywhere
      "Case for Samsung/三星, 100% original|NOMINATIVE DIRECT",
      "Case for iPhone Gucci pattern|NOMINATIVE DIRECT",
      "Charger for Samsung. Samsung original|NOMINATIVE DIRECT",
      "Samsung/三星 earphones|DIRECT DIRECT",
      "Case for Samsung, Gucci, 三星|NOMINATIVE DIRECT DIRECT",
      "Cover for Samsung / Samsung style case|NOMINATIVE IMITATION",
  })
  void anotherSpellingOfABrandRightAfterANominativeMentionOfItIsNominativeToo(String title, String expected) {
    BrandMatcher.Found found = MATCHER.findIn(title);
    assertThat(CLASSIFIER.classify(found)).extracting(Use::name).containsExactly(expected.split(" "));
  }
}
