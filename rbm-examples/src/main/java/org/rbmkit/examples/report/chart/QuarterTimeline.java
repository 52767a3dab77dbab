package org.rbmkit.examples.report.chart;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A timeline by quarter: the quarters as columns, one row per item (such as an objective of a
 * workplan) with a bar over the quarters it spans and its status printed beside it.
 *
 * <pre>{@code
 * Chart c = QuarterTimeline.builder("wp-1", "Objectives by quarter", "...",
 *         List.of("2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4"))
 *     .span("1.1", "1.1", 0, 0, "status-overdue", "T1, 2024 · 92 days late", "2024-03-31")
 *     .build(table);
 * }</pre>
 *
 * <p>Not thread-safe while building; the chart is immutable.
 */
public final class QuarterTimeline {

  private static final double LABEL = 70;
  private static final double TEXT = 260;
  private static final double ROW = 20;
  private static final double TOP = 36;

  private record Span(String key, String label, int first, int last, String style,
      String text, String exact) {}

  private final String id;
  private final String title;
  private final String description;
  private final List<String> quarters;
  private final List<Span> spans = new ArrayList<>();

  private QuarterTimeline(String id, String title, String description, List<String> quarters) {
    this.id = checkNotNull(id, "id");
    this.title = checkNotNull(title, "title");
    this.description = checkNotNull(description, "description");
    this.quarters = List.copyOf(quarters);
    checkArgument(!quarters.isEmpty(), "timeline %s has no quarter", id);
  }

  /** A timeline over these quarters, in order. */
  public static QuarterTimeline builder(String id, String title, String description,
      List<String> quarters) {
    return new QuarterTimeline(id, title, description, quarters);
  }

  /**
   * Adds a row whose bar covers quarters {@code first} to {@code last} (indexes into the
   * quarters, inclusive); {@code text} is printed beside it and {@code exact} (such as the due
   * date) is the bar's {@code data-value}.
   */
  public QuarterTimeline span(String key, String label, int first, int last, String style,
      String text, String exact) {
    checkArgument(0 <= first && first <= last && last < quarters.size(),
        "span %s: quarters %s to %s outside 0 to %s", key, first, last, quarters.size() - 1);
    spans.add(new Span(key, label, first, last, style, text, exact));
    return this;
  }

  /** The chart, with the table that lists its figures. */
  public Chart build(DataTable table) {
    double column = Math.max(36, 360.0 / quarters.size());
    List<Mark> marks = new ArrayList<>();
    for (int q = 0; q < quarters.size(); q++) {
      double x = LABEL + q * column;
      // "2024-Q1": the quarter over each column, the year over its first quarter shown
      String label = quarters.get(q);
      int dash = label.lastIndexOf('-');
      if (dash > 0 && (q == 0 || !quarters.get(q - 1).startsWith(label.substring(0, dash)))) {
        marks.add(new Mark.Text(x + 2, 12, "start", "label small", label.substring(0, dash)));
      }
      marks.add(new Mark.Text(x + column / 2, 26, "middle", "label small",
          label.substring(dash + 1)));
      marks.add(new Mark.Line(x, TOP - 4, x, TOP + spans.size() * ROW, "grid"));
    }
    double end = LABEL + quarters.size() * column;
    marks.add(new Mark.Line(end, TOP - 4, end, TOP + spans.size() * ROW, "grid"));
    double y = TOP;
    for (Span s : spans) {
      marks.add(new Mark.Text(LABEL - 6, y + ROW / 2 + 4, "end", "label", s.label()));
      marks.add(new Mark.Rect(LABEL + s.first() * column + 2, y + 3,
          (s.last() - s.first() + 1) * column - 4, ROW - 6, "bar " + s.style(), s.key(),
          s.exact()));
      marks.add(new Mark.Text(end + 8, y + ROW / 2 + 4, "start", "value small", s.text()));
      y += ROW;
    }
    return new Chart(id, title, description, end + TEXT, y + 8, marks, table);
  }
}
