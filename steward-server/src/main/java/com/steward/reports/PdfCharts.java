package com.steward.reports;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a {@link Chart} on a PDF page with vector graphics, from the same {@link ChartLayout} as the
 * console's SVG: each bar one filled rectangle, the grid, axis and legend markers stroked lines (so
 * the only filled rectangles of a chart are its bars), and the text in a standard font.
 */
final class PdfCharts {

  private PdfCharts() {}

  /** Draws {@code c} in the box whose top-left corner is ({@code x}, {@code top}) in page coordinates. */
  static void draw(PDPageContentStream cs, Chart c, PdfText text, float x, float top, float width, float height)
      throws IOException {
    ChartLayout l = ChartLayout.of(c, width, height);
    text.show(cs, text.bold(), 9, x + (float) l.plotLeft(), top - (float) ChartLayout.TITLE_Y, c.title());
    cs.setLineWidth(0.4f);
    cs.setStrokingColor(0.85f, 0.86f, 0.87f);
    for (ChartLayout.Tick t : l.ticks()) {
      line(cs, x + l.plotLeft(), top - t.y(), x + l.plotRight(), top - t.y());
    }
    cs.stroke();
    for (ChartLayout.Tick t : l.ticks()) {
      text.showRight(cs, 7, x + (float) l.plotLeft() - 4, top - (float) t.y() - 2.5f, t.label());
    }
    text.show(cs, text.regular(), 7, x + (float) l.plotLeft(), top - (float) l.plotTop() + 6, c.unit());
    for (ChartLayout.Bar b : l.bars()) {
      rgb(cs, c.series().get(b.series()).color(), false);
      cs.addRect(x + (float) b.x(), top - (float) (b.y() + b.h()), (float) b.w(), (float) b.h());
      cs.fill();
    }
    cs.setNonStrokingColor(0f, 0f, 0f);
    cs.setLineWidth(0.8f);
    cs.setStrokingColor(0.2f, 0.2f, 0.2f);
    line(cs, x + l.plotLeft(), top - l.plotBottom(), x + l.plotRight(), top - l.plotBottom());
    cs.stroke();
    for (ChartLayout.Label label : l.categories()) {
      text.showCentred(cs, 7, x + (float) label.x(), top - (float) label.y(), label.text());
    }
    cs.setLineWidth(6);
    for (ChartLayout.Key k : l.legend()) {
      rgb(cs, k.color(), true);
      line(cs, x + k.x(), top - k.y() + 3, x + k.x() + 12, top - k.y() + 3);
      cs.stroke();
      text.show(cs, text.regular(), 7.5f, x + (float) k.x() + 16, top - (float) k.y(), k.name());
    }
    cs.setLineWidth(1);
    cs.setNonStrokingColor(0f, 0f, 0f);
    cs.setStrokingColor(0f, 0f, 0f);
  }

  private static void line(PDPageContentStream cs, double x1, double y1, double x2, double y2) throws IOException {
    cs.moveTo((float) x1, (float) y1);
    cs.lineTo((float) x2, (float) y2);
  }

  private static void rgb(PDPageContentStream cs, String hex, boolean stroking) throws IOException {
    int v = Integer.parseInt(hex.substring(1), 16);
    float r = ((v >> 16) & 0xff) / 255f;
    float g = ((v >> 8) & 0xff) / 255f;
    float b = (v & 0xff) / 255f;
    if (stroking) {
      cs.setStrokingColor(r, g, b);
    } else {
      cs.setNonStrokingColor(r, g, b);
    }
  }

  /** The text of a PDF in the standard fonts, kept to the characters they can show. */
  record PdfText(PDFont regular, PDFont bold) {

    void show(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
      cs.beginText();
      cs.setFont(font, size);
      cs.newLineAtOffset(x, y);
      cs.showText(safe(font, s));
      cs.endText();
    }

    void showRight(PDPageContentStream cs, float size, float x, float y, String s) throws IOException {
      show(cs, regular, size, x - width(regular, size, s), y, s);
    }

    void showCentred(PDPageContentStream cs, float size, float x, float y, String s) throws IOException {
      show(cs, regular, size, x - width(regular, size, s) / 2, y, s);
    }

    float width(PDFont font, float size, String s) throws IOException {
      return font.getStringWidth(safe(font, s)) / 1000 * size;
    }

    /** {@code s} with every character the font cannot encode replaced by {@code ?}. */
    static String safe(PDFont font, String s) {
      var out = new StringBuilder(s.length());
      s.codePoints().forEach(cp -> {
        String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
        try {
          font.encode(ch);
          out.append(ch);
        } catch (IOException | IllegalArgumentException e) {
          out.append('?');
        }
      });
      return out.toString();
    }
  }
}
