package com.steward.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.screening.BrandMatcher.Kind;
import com.steward.core.screening.BrandMatcher.Term;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A name of several words is found however a title joins or glues them, and every hit lies inside the title. */
class BrandMatcherProperties {

  @Property(tries = 1000)
  void aNameOfSeveralWordsIsFoundJoinedOrGlued(@ForAll("words") List<String> words, @ForAll("joins") String join) {
    String name = String.join(" ", words);
    var matcher = BrandMatcher.build(List.of(new Term("Brand", name, Kind.BRAND_NAME)));
    String written = switch (join) {
      case "camel" -> words.stream().map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
          .reduce("", String::concat);
      case "hashtag" -> "#" + String.join("", words);
      default -> String.join(join, words);
    };
    String title = "Soft tote by " + written + ", new";
    var hits = matcher.find(title);
    assertThat(hits).as(title).isNotEmpty();
    for (var h : hits) {
      assertThat(h.start()).isBetween(0, title.length() - 1);
      assertThat(h.end()).isBetween(h.start() + 1, title.length());
      assertThat(title.substring(h.start(), h.end()).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT))
          .as("the hit covers the name as written in " + title).isEqualTo(String.join("", words));
    }
  }

  @Provide
  Arbitrary<List<String>> words() {
    // words of three letters or more without a letter twice in a row: normalised, a double letter
    // is one, and a name of two short words could then be too short to glue (aab aab is abab)
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8)
        .filter(w -> !w.matches(".*(.)\\1.*")).list().ofMinSize(2).ofMaxSize(3);
  }

  @Provide
  Arbitrary<String> joins() {
    return Arbitraries.of(" ", "-", "_", ".", "camel", "hashtag");
  }
}
