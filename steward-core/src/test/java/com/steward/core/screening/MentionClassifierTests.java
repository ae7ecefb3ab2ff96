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
      "適用於蘋果手機殼|NOMINATIVE",    // the same in traditional characters
      "耐克同款運動鞋|IMITATION",
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
}
