package com.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.steward.support.IntegrationTest;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The transparency report's PDF opens, says what it covers, holds the key numbers, and draws every
 * chart of the JSON: one filled bar per data point, each as tall as its value on the chart's scale.
 */
class TransparencyReportPdfIntegrationTests extends IntegrationTest {

  @Test
  void thePdfOpensWithTheNumbersAndAChartBarForEveryDataPoint() throws Exception {
    var world = ReportWorld.build(api, fixtures, clock);
    String query = ReportWorld.QUERY + "&marketplace=" + world.market().code();
    var json = api.get(world.analyst(), "/api/v1/reports/transparency" + query);
    assertThat(json.status()).as(json.toString()).isEqualTo(200);
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/v1/reports/transparency.pdf" + query))
        .header("Authorization", "Bearer " + world.analyst()).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
        .contains("transparency-" + world.market().code() + "-2026-01-01-2026-03-31.pdf");

    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertThat(doc.getNumberOfPages()).isPositive();
      assertThat(doc.getDocumentInformation().getTitle()).startsWith("Transparency report");
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Transparency report", world.market().code(), "2026-01-01 to 2026-03-31");
      assertThat(text).containsPattern(row("Proactive", "share:", "50%;", "proactive", "removals", "per", "reactive",
              "one:", "1."))
          .containsPattern(row("Accounts", "banned:", "1;", "bans", "lifted:", "1;"))
          .containsPattern(row("total", "3", "1", "2", "6", "6"))
          .containsPattern(row("2026-01", "1", "0", "0", "1", "4"))
          .containsPattern(row("Good Faith", "1", "3", "3", "2", "1", "50%"))
          .containsPattern(row("Regular notifiers", "1", "3", "3", "1", "1", "100%"))
          .containsPattern(row("total", "3", "2", "1", "66.67%", "50%"))
          .containsPattern(row("total", "5", "670", "31", "8", "4.63%", "1.19%"))
          .containsPattern(row("SCREENING_BLOCK", "2", "1"))
          .containsPattern(row("WARNING", "3"));

      List<Rectangle2D> bars = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        var recorder = new FilledRectangles(page);
        recorder.processPage(page);
        bars.addAll(recorder.filled);
      }
      var charts = TransparencyReportIntegrationTests.charts(json);
      int points = 0;
      for (var chart : charts) {
        points += ((List<?>) chart.get("categories")).size() * ((List<?>) chart.get("series")).size();
      }
      assertThat(bars).as("one filled rectangle per data point, and no other").hasSize(points);
      int next = 0;
      for (var chart : charts) {
        List<Double> values = values(chart);
        proportional((String) chart.get("id"), values, bars.subList(next, next + values.size()));
        next += values.size();
      }
    }
  }

  /** The chart's values in drawing order: each category's bars, one per series. */
  @SuppressWarnings("unchecked")
  private static List<Double> values(Map<String, Object> chart) {
    int categories = ((List<?>) chart.get("categories")).size();
    int series = ((List<?>) chart.get("series")).size();
    List<Double> out = new ArrayList<>();
    for (int c = 0; c < categories; c++) {
      for (int s = 0; s < series; s++) {
        out.add(TransparencyReportIntegrationTests.series(chart, s).get(c));
      }
    }
    return out;
  }

  /** Every bar's height is its value times the chart's one scale; a zero is a bar of no height. */
  private static void proportional(String chart, List<Double> values, List<Rectangle2D> bars) {
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    assertThat(max).as(chart + " has something to show").isPositive();
    int tallest = values.indexOf(max);
    double scale = bars.get(tallest).getHeight() / max;
    assertThat(scale).as(chart).isPositive();
    for (int i = 0; i < values.size(); i++) {
      assertThat(bars.get(i).getHeight()).as(chart + " bar " + i + " for " + values.get(i))
          .isCloseTo(values.get(i) * scale, within(0.05));
    }
    for (int i = 1; i < bars.size(); i++) {
      assertThat(bars.get(i).getMinX()).as(chart + ": bars run left to right").isGreaterThan(bars.get(i - 1).getMinX());
    }
  }

  private static Pattern row(String... cells) {
    return Pattern.compile(String.join("\\s+", java.util.Arrays.stream(cells).map(Pattern::quote).toList()));
  }

  /** Walks a page's content and keeps the rectangles that are filled (a stroked rectangle is not a bar). */
  static final class FilledRectangles extends PDFGraphicsStreamEngine {

    final List<Rectangle2D> filled = new ArrayList<>();
    private final List<Rectangle2D> path = new ArrayList<>();
    private final Point2D current = new Point2D.Float();

    FilledRectangles(PDPage page) {
      super(page);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      var r = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
      r.add(p1);
      r.add(p2);
      r.add(p3);
      path.add(r);
    }

    @Override
    public void fillPath(int windingRule) {
      filled.addAll(path);
      path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      fillPath(windingRule);
    }

    @Override
    public void strokePath() {
      path.clear();
    }

    @Override
    public void endPath() {
      path.clear();
    }

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {
      current.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {}

    @Override
    public void shadingFill(COSName shadingName) throws IOException {}
  }
}
