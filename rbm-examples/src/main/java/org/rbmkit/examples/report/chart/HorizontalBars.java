package org.rbmkit.examples.report.chart;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Horizontal bars, one a row, each with its exact figure printed beside it; optionally an
 * interval (a whisker from low to high, such as a Wilson interval), a marker (such as the target)
 * and reference lines across all rows (such as 100 % of target or the median).
 *
 * <pre>{@code
 * Chart c = HorizontalBars.builder("cert-modality", "Uptake by modality", "...")
 *     .bar(new HorizontalBars.Bar("online", "online", new BigDecimal("55.1"), "55.1 %",
 *         "series-1", Optional.of(low), Optional.of(high), Optional.empty()))
 *     .build(table);
 * }</pre>
 *
 * <p>The scale starts at zero (or the lowest negative value) and ends at the largest value,
 * interval end, marker or reference line. Not thread-safe while building; the chart is
 * immutable.
 */
public final class HorizontalBars {

  private static final double LABEL_WIDTH = 190;
  private static final double PLOT_WIDTH = 330;
  private static final double TEXT_WIDTH = 240;
  private static final double ROW = 24;
  private static final double TOP = 24;

  /**
   * One bar.
   *
   * @param key the exact key of the bar in the data ({@code data-key})
   * @param label the row's label
   * @param value the length, in the chart's unit; the exact figure is {@code valueText}
   * @param valueText the figure printed beside the bar, exact or with its rounding stated
   * @param exact the exact figure as {@code data-value}
   * @param style classes of the bar: colour and pattern, such as {@code rating-off-track}
   * @param low the lower end of an interval, if any
   * @param high the upper end of an interval, if any
   * @param marker a marker on the row, such as the entity's target, if any
   */
  public record Bar(String key, String label, BigDecimal value, String valueText, String exact,
      String style, Optional<BigDecimal> low, Optional<BigDecimal> high,
      Optional<BigDecimal> marker) {
    /** Checks the components. */
    public Bar {
      checkNotNull(key, "key");
      checkNotNull(label, "label");
      checkNotNull(value, "value");
      checkNotNull(valueText, "valueText");
      checkNotNull(exact, "exact");
      checkNotNull(style, "style");
      checkNotNull(low, "low");
      checkNotNull(high, "high");
      checkNotNull(marker, "marker");
    }

    /** A plain bar without interval or marker. */
    public static Bar of(String key, String label, BigDecimal value, String valueText,
        String exact, String style) {
      return new Bar(key, label, value, valueText, exact, style, Optional.empty(),
          Optional.empty(), Optional.empty());
    }
  }

  private record Reference(BigDecimal at, String text) {}

  private final String id;
  private final String title;
  private final String description;
  private final List<Bar> bars = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();

  private HorizontalBars(String id, String title, String description) {
    this.id = checkNotNull(id, "id");
    this.title = checkNotNull(title, "title");
    this.description = checkNotNull(description, "description");
  }

  /** A chart with this id, title and text alternative. */
  public static HorizontalBars builder(String id, String title, String description) {
    return new HorizontalBars(id, title, description);
  }

  /** Adds a bar. */
  public HorizontalBars bar(Bar bar) {
    bars.add(checkNotNull(bar, "bar"));
    return this;
  }

  /** Adds a dashed line across all rows at {@code at}, labelled {@code text} at the top. */
  public HorizontalBars reference(BigDecimal at, String text) {
    references.add(new Reference(checkNotNull(at, "at"), checkNotNull(text, "text")));
    return this;
  }

  /** The chart, with the table that lists its figures. */
  public Chart build(DataTable table) {
    BigDecimal min = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    List<BigDecimal> all = new ArrayList<>();
    for (Bar b : bars) {
      all.add(b.value());
      b.low().ifPresent(all::add);
      b.high().ifPresent(all::add);
      b.marker().ifPresent(all::add);
    }
    references.forEach(r -> all.add(r.at()));
    for (BigDecimal v : all) {
      min = min.min(v);
      max = max.max(v);
    }
    double lo = min.doubleValue();
    double span = max.doubleValue() - lo;
    if (span <= 0) {
      span = 1;
    }
    final double s = span;
    java.util.function.DoubleUnaryOperator x = v -> LABEL_WIDTH + (v - lo) / s * PLOT_WIDTH;
    List<Mark> marks = new ArrayList<>();
    double height = TOP + bars.size() * ROW + 8;
    double zero = x.applyAsDouble(0);
    marks.add(new Mark.Line(zero, TOP - 4, zero, height - 4, "axis"));
    for (Reference r : references) {
      double at = x.applyAsDouble(r.at().doubleValue());
      marks.add(new Mark.Line(at, TOP - 4, at, height - 4, "reference"));
      marks.add(new Mark.Text(at, TOP - 8, "middle", "reference-text", r.text()));
    }
    double y = TOP;
    for (Bar b : bars) {
      double v = x.applyAsDouble(b.value().doubleValue());
      double left = Math.min(zero, v);
      marks.add(new Mark.Text(LABEL_WIDTH - 6, y + ROW / 2 + 4, "end", "label", b.label()));
      marks.add(new Mark.Rect(left, y + 4, Math.max(Math.abs(v - zero), 0.5), ROW - 8,
          "bar " + b.style(), b.key(), b.exact()));
      if (b.low().isPresent() || b.high().isPresent()) {
        double l = x.applyAsDouble(b.low().orElse(b.value()).doubleValue());
        double h = x.applyAsDouble(b.high().orElse(b.value()).doubleValue());
        double mid = y + ROW / 2;
        marks.add(new Mark.Line(l, mid, h, mid, "whisker"));
        marks.add(new Mark.Line(l, mid - 5, l, mid + 5, "whisker"));
        marks.add(new Mark.Line(h, mid - 5, h, mid + 5, "whisker"));
      }
      if (b.marker().isPresent()) {
        double at = x.applyAsDouble(b.marker().get().doubleValue());
        marks.add(new Mark.Line(at, y + 1, at, y + ROW - 1, "marker"));
      }
      marks.add(new Mark.Text(LABEL_WIDTH + PLOT_WIDTH + 8, y + ROW / 2 + 4, "start", "value",
          b.valueText()));
      y += ROW;
    }
    return new Chart(id, title, description, LABEL_WIDTH + PLOT_WIDTH + TEXT_WIDTH, height,
        marks, table);
  }
}
