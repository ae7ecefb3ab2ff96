package com.steward.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where everything of a {@link Chart} goes in a box of {@code width} x {@code height}, with y
 * growing downwards: the bars (heights proportional to the values, from 0 at the axis), the grid
 * with its labels, the category labels and the legend. The SVG and the PDF renderers draw exactly
 * this, so both show the same geometry.
 */
record ChartLayout(double width, double height, double plotLeft, double plotTop, double plotRight, double plotBottom,
    List<Bar> bars, List<Tick> ticks, List<Label> categories, List<Key> legend) {

  static final double TITLE_Y = 14;
  static final double LEGEND_Y = 32;
  private static final double LEFT = 52;
  private static final double RIGHT = 12;
  private static final double TOP = 52;
  private static final double BOTTOM = 30;

  /** One bar: its box, and what it shows. */
  record Bar(double x, double y, double w, double h, int series, String category, double value) {}

  /** A grid line at {@code y} with its value. */
  record Tick(double y, String label) {}

  /** A category's label, centred on {@code x}. */
  record Label(double x, double y, String text) {}

  /** A legend entry: a marker of the series' colour from {@code x}, then the name. */
  record Key(double x, double y, String color, String name) {}

  static ChartLayout of(Chart c, double width, double height) {
    double left = LEFT;
    double right = width - RIGHT;
    double top = TOP;
    double bottom = height - BOTTOM;
    double axisTop = c.axisTop();
    int n = c.categories().size();
    int s = c.series().size();
    double group = n == 0 ? 0 : (right - left) / n;
    double bar = s == 0 ? 0 : group * 0.8 / s;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < s; j++) {
        double v = c.series().get(j).values().get(i);
        double h = (bottom - top) * v / axisTop;
        bars.add(new Bar(left + i * group + group * 0.1 + j * bar, bottom - h, bar, h, j, c.categories().get(i), v));
      }
    }
    List<Tick> ticks = c.ticks().stream().map(v -> new Tick(bottom - (bottom - top) * v / axisTop, number(v))).toList();
    int every = Math.max(1, (int) Math.ceil(n / 12.0));
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < n; i += every) {
      labels.add(new Label(left + (i + 0.5) * group, bottom + 14, c.categories().get(i)));
    }
    List<Key> legend = new ArrayList<>();
    double x = left;
    for (Chart.Series series : c.series()) {
      legend.add(new Key(x, LEGEND_Y, series.color(), series.name()));
      x += 24 + series.name().length() * 6.2;
    }
    return new ChartLayout(width, height, left, top, right, bottom, List.copyOf(bars), ticks, List.copyOf(labels),
        List.copyOf(legend));
  }

  /** A value as the axis and the tooltips show it: whole numbers without decimals, others with up to two. */
  static String number(double v) {
    if (v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%d", (long) v);
    }
    return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
