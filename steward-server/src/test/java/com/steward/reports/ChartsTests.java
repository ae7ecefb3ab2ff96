package com.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The chart model, its layout and its SVG: one bar per data point, heights to scale, every text escaped. */
class ChartsTests {

  static Chart chart(String title, String series) {
    return new Chart("c", title, "listings", List.of("2026-01", "2026-02", "2026-03"), List.of(
        new Chart.Series(series, "#2e7d5b", List.of(1.0, 0.0, 3.0)),
        new Chart.Series("Reactive", "#d9822b", List.of(4.0, 2.0, 0.0))));
  }

  @Test
  void theAxisEndsAtOneTwoOrFiveTimesAPowerOfTen() {
    assertThat(top(3)).isEqualTo(5);
    assertThat(top(4)).isEqualTo(5);
    assertThat(top(6)).isEqualTo(10);
    assertThat(top(100)).isEqualTo(100);
    assertThat(top(101)).isEqualTo(200);
    assertThat(top(0.31)).isCloseTo(0.5, within(1e-9));
    assertThat(top(0)).as("an empty chart still has an axis").isEqualTo(1);
    assertThat(chart("t", "s").ticks()).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0);
  }

  @Test
  void aChartIsRefusedWhenASeriesDoesNotFitItsCategories() {
    assertThatThrownBy(() -> new Chart("c", "t", "u", List.of("a", "b"),
        List.of(new Chart.Series("s", "#000000", List.of(1.0))))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Chart.Series("s", "red", List.of(1.0))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Chart.Series("s", "#000000", List.of(-1.0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSvgHasABarPerDataPointToScaleAndEscapesItsText() throws Exception {
    String svg = SvgCharts.svg(chart("Removals <script>alert(\"x\")</script> & more", "Pro'active"));
    assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;", "&amp; more", "Pro&#39;active");
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    var rects = doc.getElementsByTagName("rect");
    assertThat(rects.getLength()).isEqualTo(6);
    double[] values = {1, 4, 0, 2, 3, 0};
    double scale = Double.parseDouble(((Element) rects.item(1)).getAttribute("height")) / 4;
    double bottom = Double.parseDouble(((Element) rects.item(1)).getAttribute("y")) + 4 * scale;
    for (int i = 0; i < 6; i++) {
      var bar = (Element) rects.item(i);
      assertThat(bar.getAttribute("class")).isEqualTo("bar");
      double h = Double.parseDouble(bar.getAttribute("height"));
      assertThat(h).as("bar " + i).isCloseTo(values[i] * scale, within(0.11));
      assertThat(Double.parseDouble(bar.getAttribute("y")) + h).as("every bar stands on the axis")
          .isCloseTo(bottom, within(0.11));
    }
    assertThat(svg).contains("<title>2026-02, Reactive: 2</title>");
  }

  @Test
  void controlCharactersAreDroppedFromSvgText() {
    assertThat(SvgCharts.escape("a\u0000b\u001bc\td")).isEqualTo("abcd");
  }

  private static double top(double max) {
    return new Chart("c", "t", "u", List.of("a"), List.of(new Chart.Series("s", "#000000", List.of(max)))).axisTop();
  }
}
