package com.steward.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraditionalChineseTests {

  @Test
  void theTableIsIcusTraditionalToSimplified() {
    Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
    List<String> differ = new ArrayList<>();
    int mapped = 0;
    for (int cp = 0; cp < 0x10000; cp++) {
      if (Character.isSurrogate((char) cp) || UScript.getScript(cp) != UScript.HAN) {
        assertThat(TraditionalChinese.simplified((char) cp)).isEqualTo((char) cp);
        continue;
      }
      String from = String.valueOf((char) cp);
      String to = icu.transliterate(from);
      char expected = to.length() == 1 ? to.charAt(0) : (char) cp;
      mapped += expected != cp ? 1 : 0;
      if (TraditionalChinese.simplified((char) cp) != expected) {
        differ.add(from + "->" + to);
      }
    }
    assertThat(differ).as("regenerate with scripts/TraditionalChineseTable.java").isEmpty();
    assertThat(TraditionalChinese.size()).isEqualTo(mapped).isGreaterThan(2500);
  }

  @Test
  void aTraditionalBrandNameMeetsItsSimplifiedForm() {
    var normalizer = TextNormalizer.standard();
    assertThat(normalizer.normalize("老乾媽辣椒醬").text()).as("Lao Gan Ma").isEqualTo(normalizer.normalize("老干妈辣椒酱").text());
    assertThat(normalizer.normalize("華為").text()).isEqualTo(normalizer.normalize("华为").text());
  }

  @Test
  void simplifiedCharsAndOtherScriptsStayAsTheyAre() {
    for (char c : "香奈儿原单复刻苹果华为nike,.ナイキ나이키".toCharArray()) {
      assertThat(TraditionalChinese.simplified(c)).isEqualTo(c);
    }
    assertThat(TraditionalChinese.simplified('兒')).isEqualTo('儿');
    assertThat(TraditionalChinese.simplified('單')).isEqualTo('单');
  }
}
