package org.rbmkit.examples.report.chart;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Vertical columns side by side: for each category (such as a budget figure) one column per
 * series (such as a budget column), with a legend naming the series by their patterns.
 *
 * <pre>{@code
 * Chart c = GroupedColumns.builder("budget-1", "Figures by column", "...",
 *         List.of("2022-23", "2024-25 proposal"))
 *     .category("net-available", "net available", List.of(a, b), List.of("60 535", "61 200"),
 *         List.of("60535000", "61200000"))
 *     .build(table);
 * }</pre>
 *
 * <p>Not thread-safe while building; the chart is immutable.
 */
public final class GroupedColumns {

  private static final double LEFT = 16;
  private static final double PLOT_HEIGHT = 200;
  private static final double TOP = 80;
  private static final double GROUP_GAP = 14;
  private static final double COLUMN = 22;
  private static final double LEGEND = 22;

  private record Category(String key, String label, List<BigDecimal> values,
      List<String> texts, List<String> exact) {}

  private final String id;
  private final String title;
  private final String description;
  private final List<String> series;
  private final List<Category> categories = new ArrayList<>();

  private GroupedColumns(String id, String title, String description, List<String> series) {
    this.id = checkNotNull(id, "id");
    this.title = checkNotNull(title, "title");
    this.description = checkNotNull(description, "description");
    this.series = List.copyOf(series);
    checkArgument(!series.isEmpty(), "chart %s has no series", id);
  }

  /** A chart with these series (one column each per category). */
  public static GroupedColumns builder(String id, String title, String description,
      List<String> series) {
    return new GroupedColumns(id, title, description, series);
  }

  /**
   * Adds a category with one value per series: {@code values} for the drawing, {@code texts}
   * the figures printed above the columns, {@code exact} their {@code data-value}.
   */
  public GroupedColumns category(String key, String label, List<BigDecimal> values,
      List<String> texts, List<String> exact) {
    checkArgument(values.size() == series.size() && texts.size() == series.size()
        && exact.size() == series.size(), "category %s needs %s values", key, series.size());
    categories.add(new Category(key, label, List.copyOf(values), List.copyOf(texts),
        List.copyOf(exact)));
    return this;
  }

  /** The chart, with the table that lists its figures. */
  public Chart build(DataTable table) {
    double min = 0;
    double max = 0;
    for (Category c : categories) {
      for (BigDecimal v : c.values()) {
        min = Math.min(min, v.doubleValue());
        max = Math.max(max, v.doubleValue());
      }
    }
    double span = max - min <= 0 ? 1 : max - min;
    double groupWidth = Math.max(series.size() * COLUMN + GROUP_GAP, 96);
    double width = Math.max(LEFT * 2 + categories.size() * groupWidth, 420);
    double legend = LEGEND * series.size();
    final double lo = min;
    java.util.function.DoubleUnaryOperator y =
        v -> TOP + legend + PLOT_HEIGHT - (v - lo) / span * PLOT_HEIGHT;
    List<Mark> marks = new ArrayList<>();
    for (int s = 0; s < series.size(); s++) {
      double lx = LEFT;
      marks.add(new Mark.Rect(lx, 8 + 18 * s, 14, 14, "bar series-" + (s + 1), "", ""));
      marks.add(new Mark.Text(lx + 20, 20 + 18 * s, "start", "legend", series.get(s)));
    }
    double zero = y.applyAsDouble(0);
    marks.add(new Mark.Line(LEFT, zero, width - LEFT, zero, "axis"));
    double x = LEFT + GROUP_GAP / 2;
    for (Category c : categories) {
      for (int s = 0; s < series.size(); s++) {
        double top = y.applyAsDouble(c.values().get(s).doubleValue());
        marks.add(new Mark.Rect(x + s * COLUMN, Math.min(top, zero), COLUMN - 3,
            Math.max(Math.abs(zero - top), 0.5), "bar series-" + (s + 1),
            c.key() + "/" + series.get(s), c.exact().get(s)));
        marks.add(new Mark.Text(x + s * COLUMN + COLUMN / 2 + 2, Math.min(top, zero) - 4,
            "start", "value small", c.texts().get(s), true));
      }
      double mid = x + series.size() * COLUMN / 2;
      List<String> lines = Labels.twoLines(c.label());
      for (int i = 0; i < lines.size(); i++) {
        marks.add(new Mark.Text(mid, TOP + legend + PLOT_HEIGHT + 16 + 12 * i, "middle",
            "label small", lines.get(i)));
      }
      x += groupWidth;
    }
    return new Chart(id, title, description, width, TOP + legend + PLOT_HEIGHT + 40, marks,
        table);
  }
}
