package com.steward.brands;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.platform.errors.Check;
import org.junit.jupiter.api.Test;

class BrandPagesTests {

  @Test
  void anyFileNameABrowserSendsMakesAnAcceptableImportSource() {
    assertThat(BrandPages.uploadSource("nsi.csv")).isEqualTo("upload nsi.csv");
    assertThat(BrandPages.uploadSource(null)).isEqualTo("upload");
    assertThat(BrandPages.uploadSource("C:\\Users\\ana\\nsi 2026.csv")).as("old browsers send the whole path")
        .isEqualTo("upload nsi 2026.csv");
    var formula = new Check();
    formula.text("source", BrandPages.uploadSource("=cmd|' /C calc'!A0.csv"), 200);
    assertThat(formula.problems()).as("a name a spreadsheet would run is still recorded").isEmpty();
    assertThat(BrandPages.uploadSource("a\u0000b\u202ec.csv")).isEqualTo("upload abc.csv");
    for (String name : new String[] {"x".repeat(300) + ".csv", "😀".repeat(150), "品牌".repeat(120)}) {
      String source = BrandPages.uploadSource(name);
      var c = new Check();
      c.text("source", source, 200);
      assertThat(c.problems()).as(source).isEmpty();
      assertThat(source).endsWith("\u2026");
      assertThat(Character.isHighSurrogate(source.charAt(source.length() - 2))).isFalse();
    }
  }
}
