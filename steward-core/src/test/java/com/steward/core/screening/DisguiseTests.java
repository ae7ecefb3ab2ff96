package com.steward.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisguiseTests {

  /** {@code written} stands in {@code title}; the matcher found {@code term} there. */
  static boolean disguised(String title, String written, String term) {
    int start = title.indexOf(written);
    return Disguise.writtenIn(title, start, start + written.length(), term);
  }

  @ParameterizedTest(name = "{1} in \"{0}\" disguises {2}")
  @CsvSource(delimiter = '|', value = {
      "N1ke running shoes|N1ke|Nike",                                   // leetspeak
      "N\u0456ke running shoes|N\u0456ke|Nike",                        // a Cyrillic і inside the name
      "\u039D\u0399\u039A\u0395 shoes|\u039D\u0399\u039A\u0395|Nike", // Greek capitals for a Latin name
      "\u041A\u043E\u0441\u0442\u044E\u043C \u041A\u0430\u0440\u0440\u0430|\u041A\u0430\u0440\u0440\u0430|Kappa", // Cyrillic look-alikes, in a Cyrillic title too
      "\u0421\u0443\u043C\u043A\u0430 \u0421\u041E\u0410\u0421\u041D|\u0421\u041E\u0410\u0421\u041D|COACH",
      "\u041E\u041A\u041A\u041E 95|\u041E\u041A\u041A\u041E|OKKO", // unless the brand lists that spelling
      "Niiike shoes|Niiike|Nike",                                       // a letter repeated
      "Guci bag|Guci|Gucci",                                            // a letter dropped
      "NlKE shoes|NlKE|Nike",
      "N.I.K.E shoes|N.I.K.E|Nike",                                     // spelled out
      "N\u2764I\u2764K\u2764E shoes|N\u2764I\u2764K\u2764E|Nike",
      "\uD835\uDC0D\uD835\uDC22\uD835\uDC24\uD835\uDC1E shoes|\uD835\uDC0D\uD835\uDC22\uD835\uDC24\uD835\uDC1E|Nike", // mathematical bold
      "\u24C3\u24D8\u24DA\u24D4 shoes|\u24C3\u24D8\u24DA\u24D4|Nike",  // circled
      "\u0274\u026A\u1D0B\u1D07 shoes|\u0274\u026A\u1D0B\u1D07|Nike",  // small capitals
      "\uD83C\uDD7D\uD83C\uDD78\uD83C\uDD7A\uD83C\uDD74 shoes|\uD83C\uDD7D\uD83C\uDD78\uD83C\uDD7A\uD83C\uDD74|Nike",
      "Ni\u200Bke shoes|Ni\u200Bke|Nike",                               // hidden chars
      "Ni\u00ADke shoes|Ni\u00ADke|Nike",
      "N\u0301i\u0301k\u0301e\u0301 shoes|N\u0301i\u0301k\u0301e\u0301|Nike", // a mark over every letter
      "N\u0336i\u0336k\u0336e\u0336 shoes|N\u0336i\u0336k\u0336e\u0336|Nike",
      "阿-迪-达-斯 运动鞋|阿-迪-达-斯|阿迪达斯",                              // Chinese spelled out, or parted by a mark
      "耐.克运动鞋|耐.克|耐克",
      "耐 克 运动鞋|耐 克|耐克",                                              // or by a space
      "耐\u3000克 运动鞋|耐\u3000克|耐克",                                  // two chars: not spelled out, parted
      "耐\u00A0克 运动鞋|耐\u00A0克|耐克",
  })
  void aDisguise(String title, String written, String term) {
    assertThat(disguised(title, written, term)).isTrue();
  }

  @org.junit.jupiter.api.Test
  void anEmptySpanIsNoDisguiseAndOneOutsideTheTextIsAnError() {
    assertThat(Disguise.writtenIn("Nike", 2, 2, "Nike")).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Disguise.writtenIn("Nike", 2, 9, "Nike"))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @ParameterizedTest(name = "{1} in \"{0}\" spells {2}")
  @CsvSource(delimiter = '|', value = {
      "Nike running shoes|Nike|Nike",
      "NIKE running shoes|NIKE|Nike",
      "\uFF2E\uFF49\uFF4B\uFF45 shoes|\uFF2E\uFF49\uFF4B\uFF45|Nike",   // full-width: a Chinese keyboard
      "Nestle cereal|Nestle|Nestlé",                                    // accents
      "Nestlé cereal|Nestlé|Nestle",
      "Sostrene Grene vase|Sostrene|Søstrene",                         // a letter with a stroke
      "Orsted offshore|Orsted|Ørsted",
      "Coeur de lion|Coeur|Cœur",
      "Hawai'i shirt|Hawai'i|Hawaiʻi",                                   // a modifier letter
      "Louis-Vuitton bag|Louis-Vuitton|Louis Vuitton",                  // joined words
      "#louisvuitton bag|louisvuitton|Louis Vuitton",
      "Marks&Spencer jumper|Marks&Spencer|Marks and Spencer",
      "A.P.C. jeans|A.P.C.|A.P.C.",                                     // a name's own marks
      "Kesha poster|Kesha|Ke$ha",
      "Pink hoodie|Pink|P!nk",
      "3M tape|3M|3M",
      "7-Eleven coffee|7-Eleven|7-Eleven",
      "香奈兒包包|香奈兒|香奈儿",                                           // traditional Chinese
      "大戸屋 定食|大戸屋|大戶屋",                                           // a Japanese form of the char
      "ルイ・ヴィトン バッグ|ルイ・ヴィトン|ルイヴィトン",                       // a foreign name's middle dot
      "正品 路易 威登 包|路易 威登|路易 威登",                                  // a space the name itself has
      "\u0646\u0627\u06CC\u06A9 \u06A9\u0641\u0634|\u0646\u0627\u06CC\u06A9|\u0646\u0627\u064A\u0643", // Persian letters for Arabic
      "OKKO station|OKKO|\u041E\u041A\u041A\u041E",                    // a Cyrillic name's Latin spelling
      "\u0417\u0430\u043F\u0440\u0430\u0432\u043A\u0430 OKKO|OKKO|\u041E\u041A\u041A\u041E",
      "\u00C9t\u00E9 swimwear|\u00C9t\u00E9|Ete",                      // accents on two letters of three
      "\u05EA\u05D9\u05E7 Louis\u200E Vuitton|Louis\u200E Vuitton|Louis Vuitton", // a mark of writing direction
      "\u337F\u30E6\u30CB\u30AF\u30ED|\u337F\u30E6\u30CB\u30AF\u30ED|\u682A\u5F0F\u4F1A\u793E\u30E6\u30CB\u30AF\u30ED", // a squared CJK word
  })
  void aSpelling(String title, String written, String term) {
    assertThat(disguised(title, written, term)).isFalse();
  }
}
