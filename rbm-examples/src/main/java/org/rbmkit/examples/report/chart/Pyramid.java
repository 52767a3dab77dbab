package org.rbmkit.examples.report.chart;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A population pyramid: one row per level (such as a grade, highest first), the left series
 * drawn leftwards and the right series rightwards from a central axis, each count printed at the
 * end of its bar.
 *
 * <pre>{@code
 * Chart c = Pyramid.builder("wf-pyramid", "Staff by grade and gender", "...", "men", "women")
 *     .row("P-5", 3, 2)
 *     .build(table);
 * }</pre>
 *
 * <p>Not thread-safe while building; the chart is immutable.
 */
public final class Pyramid {

  private static final double LABEL = 70;
  private static final double HALF = 250;
  private static final double ROW = 22;
  private static final double TOP = 30;

  private record Row(String label, long left, long right) {}

  private final String id;
  private final String title;
  private final String description;
  private final String leftName;
  private final String rightName;
  private final List<Row> rows = new ArrayList<>();

  private Pyramid(String id, String title, String description, String leftName,
      String rightName) {
    this.id = checkNotNull(id, "id");
    this.title = checkNotNull(title, "title");
    this.description = checkNotNull(description, "description");
    this.leftName = checkNotNull(leftName, "leftName");
    this.rightName = checkNotNull(rightName, "rightName");
  }

  /** A pyramid whose left and right series have these names. */
  public static Pyramid builder(String id, String title, String description, String leftName,
      String rightName) {
    return new Pyramid(id, title, description, leftName, rightName);
  }

  /** Adds a row, drawn below the rows added before. */
  public Pyramid row(String label, long left, long right) {
    rows.add(new Row(checkNotNull(label, "label"), left, right));
    return this;
  }

  /** The chart, with the table that lists its figures. */
  public Chart build(DataTable table) {
    long max = 1;
    for (Row r : rows) {
      max = Math.max(max, Math.max(r.left(), r.right()));
    }
    double unit = (HALF - 40) / max;
    double centre = HALF + LABEL / 2;
    List<Mark> marks = new ArrayList<>();
    marks.add(new Mark.Text(centre - LABEL / 2 - 4, 16, "end", "legend", "◀ " + leftName));
    marks.add(new Mark.Text(centre + LABEL / 2 + 4, 16, "start", "legend", rightName + " ▶"));
    double y = TOP;
    for (Row r : rows) {
      double lw = r.left() * unit;
      double rw = r.right() * unit;
      marks.add(new Mark.Rect(centre - LABEL / 2 - lw, y + 3, Math.max(lw, 0.5), ROW - 6,
          "bar series-1", r.label() + "/" + leftName, Long.toString(r.left())));
      marks.add(new Mark.Rect(centre + LABEL / 2, y + 3, Math.max(rw, 0.5), ROW - 6,
          "bar series-2", r.label() + "/" + rightName, Long.toString(r.right())));
      marks.add(new Mark.Text(centre, y + ROW / 2 + 4, "middle", "label", r.label()));
      marks.add(new Mark.Text(centre - LABEL / 2 - lw - 4, y + ROW / 2 + 4, "end", "value",
          Long.toString(r.left())));
      marks.add(new Mark.Text(centre + LABEL / 2 + rw + 4, y + ROW / 2 + 4, "start", "value",
          Long.toString(r.right())));
      y += ROW;
    }
    return new Chart(id, title, description, 2 * HALF + LABEL, y + 8, marks, table);
  }
}
