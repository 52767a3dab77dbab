package org.rbmkit.examples.report.chart;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A chart ready to draw: its title and text alternative, the size of its drawing, its marks, and
 * the data table that says in rows and columns what the drawing shows.
 *
 * <pre>{@code
 * Chart c = HorizontalBars.builder("fw-1", "Achievement", "Bars of achievement ...")
 *     .bar(...).build(table);
 * c.marks();   // rectangles, lines and texts
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the chart's identifier in the page, unique; letters, digits and hyphens
 * @param title the chart's title, also its SVG {@code <title>}
 * @param description the text alternative, its SVG {@code <desc>}: what the chart shows in words
 * @param width the drawing's width in drawing units
 * @param height the drawing's height in drawing units
 * @param marks what is drawn, in drawing order
 * @param table the data shown, as a table
 */
public record Chart(String id, String title, String description, double width, double height,
    List<Mark> marks, DataTable table) {

  /** Checks the components and copies the marks. */
  public Chart {
    checkNotNull(id, "id");
    checkArgument(id.matches("[A-Za-z][A-Za-z0-9-]*"), "chart id \"%s\" is not a name", id);
    checkNotNull(title, "title");
    checkNotNull(description, "description");
    checkArgument(width > 0 && height > 0, "chart %s has no area", id);
    marks = ImmutableList.copyOf(checkNotNull(marks, "marks"));
    checkNotNull(table, "table");
  }

  /** The view box of the SVG drawing. */
  public String viewBox() {
    return "0 0 " + Mark.coordinate(width) + " " + Mark.coordinate(height);
  }
}
