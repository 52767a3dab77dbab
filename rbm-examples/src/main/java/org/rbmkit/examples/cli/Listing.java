package org.rbmkit.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Money;
import org.rbmkit.examples.table.Figures;

/**
 * What an {@code rbm} command shows people, built once and rendered by {@link OutputFormat} as
 * an aligned text table, CSV or Markdown: lines of text (a title, a note) and tables of rows.
 *
 * <pre>{@code
 * Listing out = new Listing();
 * out.println("ITC-ILO budget 2024-25");
 * out.table(Listing.table("<figure", "2024-25")
 *     .row("net-available", Listing.Cell.inUnit(money, AmountUnit.THOUSANDS))
 *     .rule()
 *     .row("balanced", "yes"));
 * OutputFormat.CSV.render(out, writer);
 * }</pre>
 *
 * <p>A heading that starts with {@code <} is left-aligned in the text table. A cell is a text,
 * or a number with the text people read ({@link Cell}): the text table and Markdown print the
 * text ({@code 60 535}), CSV the number ({@code 60535}). A {@linkplain Table#detail detail
 * column} (a long note) is left out of the text table, where the command prints it below, and so
 * are the columns {@linkplain Table#notInText said by a line above the table}. A builder:
 * mutable and not thread-safe.
 */
public final class Listing {

  /** A line of text, or a table. */
  sealed interface Part permits Line, Table {}

  /** A line of text; empty for a blank line. */
  record Line(String text) implements Part {
    Line {
      checkNotNull(text, "text");
    }
  }

  private final List<Part> parts = new ArrayList<>();

  /** Adds a line of text. */
  public Listing println(String line) {
    parts.add(new Line(checkNotNull(line, "line")));
    return this;
  }

  /** Adds a blank line (a paragraph break). */
  public Listing println() {
    return println("");
  }

  /** Adds a table. */
  public Listing table(Table table) {
    parts.add(checkNotNull(table, "table"));
    return this;
  }

  /** The lines and tables, in order. */
  ImmutableList<Part> parts() {
    return ImmutableList.copyOf(parts);
  }

  /** The tables, in order. */
  ImmutableList<Table> tables() {
    return parts.stream().filter(Table.class::isInstance).map(Table.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /** A new table with these headings; {@code <} before a heading aligns its column left. */
  public static Table table(String... headings) {
    return new Table(headings);
  }

  /**
   * A cell: a text, or a number and the way people read it. CSV writes the number in plain
   * notation, the text table and Markdown the text.
   *
   * @param text what the text table and Markdown print
   * @param number the value CSV writes, when the cell is a number
   * @param absent whether the cell stands for no value: CSV writes it empty
   */
  public record Cell(String text, Optional<BigDecimal> number, boolean absent) {

    /** Validates the components. */
    public Cell {
      checkNotNull(text, "text");
      checkNotNull(number, "number");
      checkArgument(!absent || number.isEmpty(), "an absent cell has no number");
    }

    /** A text cell. */
    public static Cell text(String text) {
      return new Cell(text, Optional.empty(), false);
    }

    /** No value, printed as {@code text} ({@code -}) in the text table and Markdown, empty in CSV. */
    public static Cell none(String text) {
      return new Cell(text, Optional.empty(), true);
    }

    /** A number printed as {@code text}. */
    public static Cell number(BigDecimal number, String text) {
      return new Cell(text, Optional.of(checkNotNull(number, "number")), false);
    }

    /** A number printed with its thousands grouped: {@code 60 535}. */
    public static Cell grouped(BigDecimal number) {
      return number(number, Figures.grouped(number));
    }

    /** A whole number printed with its thousands grouped: {@code 729 000}. */
    public static Cell grouped(long number) {
      return grouped(BigDecimal.valueOf(number));
    }

    /** An amount in a printed unit, exact, as {@link Figures#inUnit}. */
    public static Cell inUnit(Money amount, AmountUnit unit) {
      BigDecimal v = unit.inUnit(amount).stripTrailingZeros();
      if (v.scale() < 0) {
        v = v.setScale(0, RoundingMode.UNNECESSARY);
      }
      return number(v, Figures.inUnit(amount, unit));
    }

    /** A percentage already rounded, {@code 55.1 %}; the text {@code n/a} when undefined. */
    public static Cell percent(Optional<BigDecimal> percent) {
      return new Cell(Figures.percent(percent), percent, false);
    }

    /** A cell of a row: a {@link Cell} as it is, a number as a number, anything else as text. */
    static Cell of(Object value) {
      checkNotNull(value, "cell");
      if (value instanceof Cell c) {
        return c;
      }
      if (value instanceof BigDecimal d) {
        return number(d, String.valueOf(d));
      }
      if (value instanceof Integer || value instanceof Long || value instanceof Short) {
        return number(BigDecimal.valueOf(((Number) value).longValue()), String.valueOf(value));
      }
      return text(String.valueOf(value));
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** A table: headings, rows of cells, and rules (as above a total, in the text table only). */
  public static final class Table implements Part {

    private final ImmutableList<String> headings;
    private final boolean[] left;
    private final java.util.Set<Integer> hidden = new java.util.HashSet<>();
    private boolean dataOnly;
    /** Rows; an empty array for a rule. */
    private final List<Cell[]> rows = new ArrayList<>();

    private Table(String[] headings) {
      checkNotNull(headings, "headings");
      checkArgument(headings.length > 0, "a table needs at least one column");
      left = new boolean[headings.length];
      String[] names = new String[headings.length];
      for (int i = 0; i < headings.length; i++) {
        String h = checkNotNull(headings[i], "heading %s", i);
        left[i] = h.startsWith("<");
        names[i] = left[i] ? h.substring(1) : h;
      }
      this.headings = ImmutableList.copyOf(names);
    }

    /**
     * Makes the last column a detail column: in CSV and Markdown, left out of the text table
     * (where the command prints it otherwise, as a numbered note below the table).
     */
    public Table detail() {
      hidden.add(headings.size() - 1);
      return this;
    }

    /**
     * Leaves the named columns out of the text table, where a line above the table says what
     * they hold (the metric and period of a benchmark table); CSV and Markdown have them, so
     * that the tables of a listing can be told apart and, in CSV, written as one.
     *
     * @throws IllegalArgumentException if a heading is not one of the table's
     */
    public Table notInText(String... names) {
      for (String n : names) {
        int i = headings.indexOf(n);
        checkArgument(i >= 0, "no column %s in %s", n, headings);
        hidden.add(i);
      }
      return this;
    }

    /**
     * Makes this a table for CSV only: the lines of the listing already say it for people, in
     * the text table and in Markdown.
     */
    public Table dataOnly() {
      dataOnly = true;
      return this;
    }

    /** Whether the table is written in CSV only. */
    boolean isDataOnly() {
      return dataOnly;
    }

    /**
     * Adds a row: a {@link Cell}, a number ({@code int}, {@code long}, {@link BigDecimal}) or
     * anything printed with {@link String#valueOf}.
     *
     * @throws IllegalArgumentException if the number of cells is not the number of columns
     */
    public Table row(Object... cells) {
      checkNotNull(cells, "cells");
      checkArgument(cells.length == headings.size(), "row has %s cells, the table %s columns: %s",
          cells.length, headings.size(), Arrays.toString(cells));
      Cell[] r = new Cell[cells.length];
      for (int i = 0; i < cells.length; i++) {
        r[i] = Cell.of(cells[i]);
      }
      rows.add(r);
      return this;
    }

    /** Adds a rule, as above a total: drawn in the text table, nowhere else. */
    public Table rule() {
      rows.add(new Cell[0]);
      return this;
    }

    /** The headings, without their {@code <}. */
    ImmutableList<String> headings() {
      return headings;
    }

    /** Whether the column is left-aligned. */
    boolean isLeft(int column) {
      return left[column];
    }

    /** Whether the column is left out of the text table. */
    boolean isDetail(int column) {
      return hidden.contains(column);
    }

    /** The rows, without the rules. */
    ImmutableList<List<Cell>> rows() {
      return rows.stream().filter(r -> r.length > 0).map(List::of)
          .collect(ImmutableList.toImmutableList());
    }

    /** The rows with the rules, as empty lists. */
    ImmutableList<List<Cell>> rowsAndRules() {
      return rows.stream().map(List::of).collect(ImmutableList.toImmutableList());
    }
  }
}
