package com.steward.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For any text, every normalised char maps back inside the original, in order. */
class TextNormalizerProperties {

  @Property(tries = 2000)
  void offsetsStayInsideTheOriginalAndNeverGoBack(@ForAll("listingText") String s) {
    NormalizedText t = TextNormalizer.standard().normalize(s);
    int lastStart = 0;
    for (int i = 0; i < t.length(); i++) {
      int start = t.originalStart(i);
      int end = t.originalEnd(i);
      assertThat(start).isBetween(0, s.length() - 1);
      assertThat(end).isBetween(start + 1, s.length());
      assertThat(start).isGreaterThanOrEqualTo(lastStart);
      assertThat(Character.isLowSurrogate(s.charAt(start))).as("never starts inside a surrogate pair").isFalse();
      lastStart = start;
    }
  }

  @Property(tries = 1000)
  void normalisingTwiceChangesNothingMore(@ForAll("listingText") String s) {
    String once = TextNormalizer.standard().normalize(s).text();
    assertThat(TextNormalizer.standard().normalize(once).text()).isEqualTo(once);
  }

  @net.jqwik.api.Example
  void aFractionFoldsAsItsDigitsWouldStandingAlone() {
    for (String s : new String[] {"!＊¼", "¾／ύ严"}) {
      String once = TextNormalizer.standard().normalize(s).text();
      assertThat(TextNormalizer.standard().normalize(once).text()).as(s).isEqualTo(once);
    }
  }

  @Provide
  Arbitrary<String> listingText() {
    Arbitrary<String> latin = Arbitraries.strings().withChars("NikeAdsPumaGuci .-_*0134578@$!|").ofMaxLength(30);
    Arbitrary<String> mixed = Arbitraries.strings().withCharRange('\u0020', '\u024F')
        .withCharRange('\u0370', '\u04FF').withCharRange('\u4E00', '\u4E40').withCharRange('\uFF01', '\uFF5E')
        .withChars('\u0301', '\u0308', '\uFE0F', '\u200B', '\u3000').ofMaxLength(40);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(20);
    // the pieces of names joined, glued and drawn as symbols: marks and & between words, small
    // capitals, emoji, negative squared capitals and regional-indicator letters (two chars each),
    // colons
    Arbitrary<String> styled = Arbitraries.of("N", "i", "k", "e", "Lo", "uis", "Vu", "R", "ay", "B", "an", " ", "-",
        "_", ".", "&", " & ", "1", "3", "0", "\u0274", "\u026A", "\u1D0B", "\u1D07", "\u2764", "\uFE0F",
        "\uD83D\uDD25", "\uD83C\uDD7D", "\uD83C\uDD78", "\u00AD", "\u200B", "\uD83C\uDDF3", "\uD83C\uDDEE",
        "\uD83C\uDDF0", ":", ";").list().ofMaxSize(16)
        .map(parts -> String.join("", parts));
    return Arbitraries.oneOf(latin, mixed, any, styled);
  }
}
