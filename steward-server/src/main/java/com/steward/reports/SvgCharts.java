package com.steward.reports;

import java.util.Locale;

/**
 * Draws a {@link Chart} as an inline SVG for the console: no script and no library, every bar a
 * {@code rect} of class {@code bar} with its value as a tooltip, and every piece of text escaped.
 */
public final class SvgCharts {

  static final double WIDTH = 640;
  static final double HEIGHT = 260;

  private SvgCharts() {}

  public static String svg(Chart c) {
    ChartLayout l = ChartLayout.of(c, WIDTH, HEIGHT);
    String id = "chart-" + escape(c.id());
    var out = new StringBuilder();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(id)
        .append("\" viewBox=\"0 0 ").append(n(WIDTH)).append(' ').append(n(HEIGHT))
        .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\">");
    out.append("<title id=\"").append(id).append("-title\">").append(escape(c.title())).append("</title>");
    out.append(text("chart-title", l.plotLeft(), ChartLayout.TITLE_Y, "start", c.title()));
    for (ChartLayout.Tick t : l.ticks()) {
      out.append("<line class=\"grid\" x1=\"").append(n(l.plotLeft())).append("\" y1=\"").append(n(t.y()))
          .append("\" x2=\"").append(n(l.plotRight())).append("\" y2=\"").append(n(t.y())).append("\"/>");
      out.append(text("tick", l.plotLeft() - 6, t.y() + 4, "end", t.label()));
    }
    out.append(text("unit", l.plotLeft(), l.plotTop() - 6, "start", c.unit()));
    for (ChartLayout.Bar b : l.bars()) {
      Chart.Series s = c.series().get(b.series());
      out.append("<rect class=\"bar\" x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y()))
          .append("\" width=\"").append(n(b.w())).append("\" height=\"").append(n(b.h()))
          .append("\" fill=\"").append(s.color()).append("\"><title>")
          .append(escape(b.category() + ", " + s.name() + ": " + ChartLayout.number(b.value())))
          .append("</title></rect>");
    }
    out.append("<line class=\"axis\" x1=\"").append(n(l.plotLeft())).append("\" y1=\"").append(n(l.plotBottom()))
        .append("\" x2=\"").append(n(l.plotRight())).append("\" y2=\"").append(n(l.plotBottom())).append("\"/>");
    for (ChartLayout.Label label : l.categories()) {
      out.append(text("category", label.x(), label.y(), "middle", label.text()));
    }
    for (ChartLayout.Key k : l.legend()) {
      out.append("<line class=\"key\" x1=\"").append(n(k.x())).append("\" y1=\"").append(n(k.y() - 4))
          .append("\" x2=\"").append(n(k.x() + 14)).append("\" y2=\"").append(n(k.y() - 4))
          .append("\" stroke=\"").append(k.color()).append("\" stroke-width=\"8\"/>");
      out.append(text("legend", k.x() + 18, k.y(), "start", k.name()));
    }
    return out.append("</svg>").toString();
  }

  private static String text(String cls, double x, double y, String anchor, String content) {
    return "<text class=\"" + cls + "\" x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\">"
        + escape(content) + "</text>";
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Text as SVG (XML) content or attribute value: markup characters replaced, control characters dropped. */
  static String escape(String s) {
    var out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (cp >= 0x20 && cp != 0x7f && !(cp >= 0xfffe && cp <= 0xffff)) {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }
}
