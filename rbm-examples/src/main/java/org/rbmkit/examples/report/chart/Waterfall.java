package org.rbmkit.examples.report.chart;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A waterfall: totals drawn from zero, and between them the steps that lead from one to the
 * next, drawn down (a charge) or up (an addition) from where the previous bar ended, such as a
 * budget from net available through its charges to the surplus.
 *
 * <pre>{@code
 * Chart c = Waterfall.builder("wf-1", "From net available to surplus", "...")
 *     .total("net-available", "net available", netAvailable, "60 535", "60535000")
 *     .down("fixed-costs", "fixed costs", fixed, "40 100", "40100000")
 *     .total("surplus", "surplus", surplus, "0", "0")
 *     .build(table);
 * }</pre>
 *
 * <p>Every figure printed is the one given; the positions between totals are drawing positions
 * only. Not thread-safe while building; the chart is immutable.
 */
public final class Waterfall {

  private static final double LEFT = 16;
  private static final double STEP = 86;
  private static final double TOP = 24;
  private static final double PLOT_HEIGHT = 200;

  private enum Kind { TOTAL, DOWN, UP }

  private record Step(Kind kind, String key, String label, BigDecimal amount, String text,
      String exact) {}

  private final String id;
  private final String title;
  private final String description;
  private final List<Step> steps = new ArrayList<>();

  private Waterfall(String id, String title, String description) {
    this.id = checkNotNull(id, "id");
    this.title = checkNotNull(title, "title");
    this.description = checkNotNull(description, "description");
  }

  /** A waterfall with this id, title and text alternative. */
  public static Waterfall builder(String id, String title, String description) {
    return new Waterfall(id, title, description);
  }

  /** A total, drawn from zero: {@code text} as printed, {@code exact} as {@code data-value}. */
  public Waterfall total(String key, String label, BigDecimal amount, String text,
      String exact) {
    steps.add(new Step(Kind.TOTAL, key, label, amount, text, exact));
    return this;
  }

  /** A step down by {@code amount} (a charge), from where the previous bar ended. */
  public Waterfall down(String key, String label, BigDecimal amount, String text,
      String exact) {
    steps.add(new Step(Kind.DOWN, key, label, amount, text, exact));
    return this;
  }

  /** A step up by {@code amount}, from where the previous bar ended. */
  public Waterfall up(String key, String label, BigDecimal amount, String text,
      String exact) {
    steps.add(new Step(Kind.UP, key, label, amount, text, exact));
    return this;
  }

  /** The chart, with the table that lists its figures. */
  public Chart build(DataTable table) {
    // drawing levels: where each bar starts and ends
    double[] from = new double[steps.size()];
    double[] to = new double[steps.size()];
    double level = 0;
    double min = 0;
    double max = 0;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      double a = s.amount().doubleValue();
      switch (s.kind()) {
        case TOTAL -> {
          from[i] = 0;
          to[i] = a;
        }
        case DOWN -> {
          from[i] = level;
          to[i] = level - a;
        }
        case UP -> {
          from[i] = level;
          to[i] = level + a;
        }
      }
      level = to[i];
      min = Math.min(min, Math.min(from[i], to[i]));
      max = Math.max(max, Math.max(from[i], to[i]));
    }
    double span = max - min <= 0 ? 1 : max - min;
    final double lo = min;
    java.util.function.DoubleUnaryOperator y =
        v -> TOP + PLOT_HEIGHT - (v - lo) / span * PLOT_HEIGHT;
    List<Mark> marks = new ArrayList<>();
    double width = Math.max(LEFT * 2 + steps.size() * STEP, 420);
    double zero = y.applyAsDouble(0);
    marks.add(new Mark.Line(LEFT, zero, width - LEFT, zero, "axis"));
    double x = LEFT;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      double a = y.applyAsDouble(from[i]);
      double b = y.applyAsDouble(to[i]);
      String style = switch (s.kind()) {
        case TOTAL -> "bar waterfall-total";
        case DOWN -> "bar waterfall-down";
        case UP -> "bar waterfall-up";
      };
      marks.add(new Mark.Rect(x + 8, Math.min(a, b), STEP - 16, Math.max(Math.abs(a - b), 0.5),
          style, s.key(), s.exact()));
      String sign = switch (s.kind()) {
        case TOTAL -> "";
        case DOWN -> "− ";
        case UP -> "+ ";
      };
      marks.add(new Mark.Text(x + STEP / 2, Math.min(a, b) - 4, "middle", "value small",
          sign + s.text()));
      if (i + 1 < steps.size()) {
        marks.add(new Mark.Line(x + STEP - 8, b, x + STEP + 8, b, "connector"));
      }
      List<String> lines = Labels.twoLines(s.label());
      for (int k = 0; k < lines.size(); k++) {
        marks.add(new Mark.Text(x + STEP / 2, TOP + PLOT_HEIGHT + 16 + 12 * k, "middle",
            "label small", lines.get(k)));
      }
      x += STEP;
    }
    return new Chart(id, title, description, width, TOP + PLOT_HEIGHT + 40, marks, table);
  }
}
