package com.steward.reports;

import java.util.List;

/**
 * A bar chart as data: one group of bars per category, one bar per series in each group. The
 * console draws it as SVG and the PDF with vector graphics, from this same model, so both show the
 * same figures.
 *
 * @param id a stable name, e.g. {@code takedowns}
 * @param unit what the values count, shown on the axis (e.g. {@code listings}, {@code %})
 */
public record Chart(String id, String title, String unit, List<String> categories, List<Series> series) {

  public Chart {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(id + ": series " + s.name() + " has " + s.values().size()
            + " values for " + categories.size() + " categories");
      }
    }
  }

  /**
   * One series: its values in category order, never negative.
   *
   * @param color the bars' colour as {@code #rrggbb}
   */
  public record Series(String name, String color, List<Double> values) {

    public Series {
      if (!color.matches("#[0-9a-f]{6}")) {
        throw new IllegalArgumentException("a colour as #rrggbb: " + color);
      }
      values = List.copyOf(values);
      if (values.stream().anyMatch(v -> v.isNaN() || v < 0)) {
        throw new IllegalArgumentException(name + ": values are never negative");
      }
    }
  }

  /** The largest value, or 0. */
  double max() {
    return series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0);
  }

  /** The top of the value axis: the largest value rounded up to 1, 2 or 5 times a power of ten. */
  double axisTop() {
    double max = max();
    if (max <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (max <= step * power + 1e-9) {
        return step * power;
      }
    }
    return 10 * power;
  }

  /** The values marked on the axis, from 0 to {@link #axisTop()}: fifths, or quarters of a top of 2 x 10^n. */
  List<Double> ticks() {
    double top = axisTop();
    double lead = top / Math.pow(10, Math.floor(Math.log10(top)));
    int n = Math.abs(lead - 2) < 1e-9 ? 4 : 5;
    return java.util.stream.IntStream.rangeClosed(0, n).mapToObj(i -> top * i / n).toList();
  }

  /** The number of bars: one per category and series. */
  int bars() {
    return categories.size() * series.size();
  }
}
