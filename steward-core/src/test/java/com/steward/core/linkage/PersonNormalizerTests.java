package com.steward.core.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNormalizerTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "José  Müller|jose muller",
      "O'Brien-Smith|obrien smith",
      "ＡＮＮＡ|anna",
      "  Straße  |strasse",
      "Zoë.|zoe"})
  void foldsNamesAndDropsAccentsAndPunctuation(String raw, String expected) {
    assertThat(PersonNormalizer.name(raw)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "19081209|19081209",
      "2015-10-29|20151029",
      "2015/1/2|20150102",
      "29.10.2015|20151029",
      "2015-13-01|''",
      "next tuesday|''"})
  void writesDatesAsYearMonthDay(String raw, String expected) {
    assertThat(PersonNormalizer.date(raw)).isEqualTo(expected);
  }

  @Test
  void keepsOnlyLettersAndDigitsOfCodesAndDigitsOfPhones() {
    assertThat(PersonNormalizer.code("sw1a 1aa")).isEqualTo("sw1a1aa");
    assertThat(PersonNormalizer.code("AB-123 456")).isEqualTo("ab123456");
    assertThat(PersonNormalizer.phone("+44 (0)20 7946-0958")).isEqualTo("4402079460958");
    assertThat(PersonNormalizer.phone("0044 20 7946 0958")).isEqualTo("442079460958");
  }

  @Test
  void foldsEmailsAndDropsTags() {
    assertThat(PersonNormalizer.email(" Jane.Doe+shop@Example.COM ")).isEqualTo("jane.doe@example.com");
    assertThat(PersonNormalizer.email("not-an-address")).isEmpty();
  }

  @Test
  void normalisesEachAttributeByItsKind() {
    assertThat(PersonNormalizer.normalize(Attribute.DATE_OF_BIRTH, "1983-05-19")).isEqualTo("19830519");
    assertThat(PersonNormalizer.normalize(Attribute.SURNAME, "Ålvarez")).isEqualTo("alvarez");
    assertThat(PersonNormalizer.normalize(Attribute.POSTCODE, " 4011 ")).isEqualTo("4011");
  }

  @Test
  void asciiTextIsFoldedAsTheUnicodePathFoldsIt() {
    java.util.Random random = new java.util.Random(11);
    java.util.List<String> texts = new java.util.ArrayList<>();
    for (char c = 0; c < 128; c++) {
      texts.add("a" + c + "B");
      texts.add(String.valueOf(c));
    }
    for (int n = 0; n < 5_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        b.append((char) random.nextInt(128));
      }
      texts.add(b.toString());
    }
    for (String t : texts) {
      assertThat(PersonNormalizer.name(t)).as("name of %s", t).isEqualTo(PersonNormalizer.unicodeName(t));
      assertThat(PersonNormalizer.asciiEmail(t)).as("e-mail of %s", t).isEqualTo(PersonNormalizer.unicodeEmail(t));
    }
  }
}
