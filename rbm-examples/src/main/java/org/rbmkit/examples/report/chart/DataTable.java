package org.rbmkit.examples.report.chart;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of figures: a caption, column headings and rows of cells; every chart has one, and a
 * section may show more.
 *
 * <pre>{@code
 * DataTable t = DataTable.builder("Achievement by indicator", "result", "indicator", "achievement")
 *     .row(Cell.text("1.1"), Cell.text("1.1.a"), Cell.number("60.5 %", "72/119"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param caption what the table shows
 * @param headings the column headings
 * @param rows the rows, each with as many cells as there are headings
 */
public record DataTable(String caption, List<String> headings, List<Row> rows) {

  /** Checks that every row has a cell per heading, and copies the lists. */
  public DataTable {
    checkNotNull(caption, "caption");
    headings = ImmutableList.copyOf(checkNotNull(headings, "headings"));
    rows = ImmutableList.copyOf(checkNotNull(rows, "rows"));
    for (Row r : rows) {
      checkArgument(r.cells().size() == headings.size(), "table \"%s\": a row has %s cells for"
          + " %s headings", caption, r.cells().size(), headings.size());
    }
  }

  /** A table with these caption and headings, to which rows are added. */
  public static Builder builder(String caption, String... headings) {
    return new Builder(caption, List.of(headings));
  }

  /** A table with these caption and headings, to which rows are added. */
  public static Builder builder(String caption, List<String> headings) {
    return new Builder(caption, headings);
  }

  /**
   * One row; {@code style} is empty or a class such as {@code finding} or {@code total}.
   *
   * @param cells the cells
   * @param style how the row is highlighted, empty for not
   */
  public record Row(List<Cell> cells, String style) {
    /** Checks and copies. */
    public Row {
      cells = ImmutableList.copyOf(checkNotNull(cells, "cells"));
      checkNotNull(style, "style");
    }
  }

  /**
   * A cell: the text shown, and for a figure its exact value as {@code data-value} (empty for
   * text).
   *
   * @param text what is shown
   * @param value the exact figure, empty for a text cell
   * @param numeric whether the cell is a figure (aligned right)
   */
  public record Cell(String text, String value, boolean numeric) {
    /** Checks the components. */
    public Cell {
      checkNotNull(text, "text");
      checkNotNull(value, "value");
    }

    /** A text cell. */
    public static Cell text(String text) {
      return new Cell(text, "", false);
    }

    /** A figure shown as {@code text} whose exact value is {@code value}. */
    public static Cell number(String text, String value) {
      return new Cell(text, value, true);
    }
  }

  /** Collects rows. Not thread-safe. */
  public static final class Builder {
    private final String caption;
    private final List<String> headings;
    private final List<Row> rows = new ArrayList<>();

    private Builder(String caption, List<String> headings) {
      this.caption = caption;
      this.headings = headings;
    }

    /** Adds a row. */
    public Builder row(Cell... cells) {
      rows.add(new Row(List.of(cells), ""));
      return this;
    }

    /** Adds a row with a style, such as {@code finding} or {@code total}. */
    public Builder styledRow(String style, List<Cell> cells) {
      rows.add(new Row(cells, style));
      return this;
    }

    /** Adds a row. */
    public Builder row(List<Cell> cells) {
      rows.add(new Row(cells, ""));
      return this;
    }

    /** The table. */
    public DataTable build() {
      return new DataTable(caption, headings, rows);
    }
  }
}
