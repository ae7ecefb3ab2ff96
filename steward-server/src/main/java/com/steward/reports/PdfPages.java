package com.steward.reports;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a document top to bottom on A4 pages: headings, wrapped paragraphs, tables and charts, a
 * new page whenever the next piece does not fit. Tables are text and ruled lines, never filled
 * shapes, so that a chart's bars are the only filled rectangles on a page.
 */
final class PdfPages implements Closeable {

  static final float MARGIN = 50;
  static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  private final PDDocument doc;
  private final PdfCharts.PdfText text = new PdfCharts.PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
      new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
  private final String footer;
  private PDPageContentStream cs;
  private float y;
  private int pages;

  PdfPages(PDDocument doc, String footer) throws IOException {
    this.doc = doc;
    this.footer = footer;
    newPage();
  }

  void title(String s) throws IOException {
    ensure(30);
    text.show(cs, text.bold(), 18, MARGIN, y - 18, s);
    y -= 28;
  }

  void heading(String s) throws IOException {
    ensure(60);
    y -= 8;
    text.show(cs, text.bold(), 12, MARGIN, y - 12, s);
    y -= 18;
  }

  void paragraph(String s, float size) throws IOException {
    for (String line : wrap(s, size)) {
      ensure(size + 3);
      text.show(cs, text.regular(), size, MARGIN, y - size, line);
      y -= size + 3;
    }
    y -= 4;
  }

  /** A table: a bold header row, a rule under it, the rows; the first column left-aligned, the others right. */
  void table(List<String> header, List<List<String>> rows, float[] widths) throws IOException {
    float size = 8;
    float row = size + 5;
    ensure(row * Math.min(rows.size() + 1, 6));
    cells(header, widths, text.bold(), size);
    cs.setLineWidth(0.5f);
    cs.moveTo(MARGIN, y + 2);
    cs.lineTo(MARGIN + sum(widths), y + 2);
    cs.stroke();
    for (List<String> r : rows) {
      if (y - row < MARGIN + 20) {
        newPage();
        cells(header, widths, text.bold(), size);
      }
      cells(r, widths, "total".equals(r.getFirst()) ? text.bold() : text.regular(), size);
    }
    y -= 8;
  }

  void chart(Chart c) throws IOException {
    float height = 200;
    ensure(height + 10);
    PdfCharts.draw(cs, c, text, MARGIN, y, WIDTH, height);
    y -= height + 12;
  }

  @Override
  public void close() throws IOException {
    cs.close();
  }

  private void cells(List<String> values, float[] widths, org.apache.pdfbox.pdmodel.font.PDFont font, float size)
      throws IOException {
    float x = MARGIN;
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      float w = text.width(font, size, v);
      text.show(cs, font, size, i == 0 ? x : x + widths[i] - w - 2, y - size, v);
      x += widths[i];
    }
    y -= size + 5;
  }

  private void ensure(float space) throws IOException {
    if (y - space < MARGIN + 20) {
      newPage();
    }
  }

  private void newPage() throws IOException {
    if (cs != null) {
      cs.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    pages++;
    cs = new PDPageContentStream(doc, page);
    text.show(cs, text.regular(), 7, MARGIN, MARGIN - 20, footer + " - page " + pages);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  private List<String> wrap(String s, float size) throws IOException {
    List<String> lines = new ArrayList<>();
    var line = new StringBuilder();
    for (String word : s.split("\\s+")) {
      String next = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && text.width(text.regular(), size, next) > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(next);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static float sum(float[] widths) {
    float s = 0;
    for (float w : widths) {
      s += w;
    }
    return s;
  }
}
