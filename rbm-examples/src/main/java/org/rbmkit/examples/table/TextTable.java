package org.rbmkit.examples.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns, as the tour and the {@code rbm} command print them.
 *
 * <pre>{@code
 * String text = TextTable.withColumns("item", "<label", "kEUR")
 *     .row("10", "Training", "29 470")
 *     .rule()
 *     .row("", "Total", "60 535")
 *     .render();
 * }</pre>
 *
 * <p>A heading that starts with {@code <} is left-aligned (the {@code <} is not printed); every
 * other column is right-aligned, as figures are. Cells are padded with spaces, columns separated
 * by two spaces, trailing spaces removed. A builder: mutable and not thread-safe.
 */
public final class TextTable {

  private static final String[] RULE = new String[0];

  private final ImmutableList<String> headings;
  private final boolean[] left;
  private final List<String[]> rows = new ArrayList<>();

  private TextTable(String[] headings) {
    checkArgument(headings.length > 0, "a table needs at least one column");
    this.left = new boolean[headings.length];
    String[] names = new String[headings.length];
    for (int i = 0; i < headings.length; i++) {
      String h = checkNotNull(headings[i], "heading %s", i);
      left[i] = h.startsWith("<");
      names[i] = left[i] ? h.substring(1) : h;
    }
    this.headings = ImmutableList.copyOf(names);
  }

  /** A table with the given headings; {@code <} before a heading aligns its column left. */
  public static TextTable withColumns(String... headings) {
    checkNotNull(headings, "headings");
    return new TextTable(headings);
  }

  /** The number of columns. */
  public int width() {
    return headings.size();
  }

  /**
   * Adds a row; each cell is printed with {@link String#valueOf(Object)}.
   *
   * @throws IllegalArgumentException if the number of cells is not the number of columns
   */
  public TextTable row(Object... cells) {
    checkNotNull(cells, "cells");
    checkArgument(cells.length == headings.size(), "row has %s cells, the table %s columns: %s",
        cells.length, headings.size(), Arrays.toString(cells));
    String[] r = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      r[i] = String.valueOf(checkNotNull(cells[i], "cell %s", i));
    }
    rows.add(r);
    return this;
  }

  /** Adds a horizontal rule, as above a total. */
  public TextTable rule() {
    rows.add(RULE);
    return this;
  }

  /** The table as lines of text, the headings and a rule first; ends with a line break. */
  public String render() {
    int[] widths = new int[headings.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headings.get(i).length();
    }
    for (String[] r : rows) {
      if (r.length == widths.length) {
        for (int i = 0; i < r.length; i++) {
          widths[i] = Math.max(widths[i], r[i].length());
        }
      }
    }
    int total = 2 * (widths.length - 1);
    for (int w : widths) {
      total += w;
    }
    String rule = "-".repeat(total);
    StringBuilder b = new StringBuilder();
    line(b, headings.toArray(new String[0]), widths);
    b.append(rule).append('\n');
    for (String[] r : rows) {
      if (r == RULE) {
        b.append(rule).append('\n');
      } else {
        line(b, r, widths);
      }
    }
    return b.toString();
  }

  private void line(StringBuilder b, String[] cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        l.append("  ");
      }
      String pad = " ".repeat(widths[i] - cells[i].length());
      l.append(left[i] ? cells[i] + pad : pad + cells[i]);
    }
    b.append(l.toString().stripTrailing()).append('\n');
  }

  @Override
  public String toString() {
    return render();
  }
}
