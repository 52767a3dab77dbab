package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.core.money.AmountUnit;

/**
 * A one-column table: one row per main-table item, a single amount column. Seed 003 prints the
 * funding of its four reserves so ("Réserve | Objectif | 2024-25 Proposition de budget",
 * l.5334-5369): each row is one of items 26-29 with its 2024-25 figure in euros, and no total.
 *
 * <pre>{@code
 * new ItemTable("reserve-objectives", "Réserve, objectif, 2024-25", AmountUnit.UNITS,
 *     Optional.empty(), "2024-25-proposal",
 *     List.of(new Row(29, "Fonds d'amélioration du campus", new BigDecimal("500000")),
 *         new Row(26, "Fonds d'innovation", new BigDecimal("400000"))),
 *     Optional.empty());
 * }</pre>
 *
 * <p>Each row is checked against its main-table item in {@code column}, and a printed total
 * against the rows. Immutable and thread-safe.
 *
 * @param id the table's identifier, unique among the document's tables
 * @param label the heading as printed
 * @param unit the unit of the figures
 * @param tolerance how far this table's figures may be off through rounding; empty to use the
 *     document's
 * @param column the main-table column the single amount column stands for
 * @param rows one row per item, at least one, no item twice
 * @param printedTotal the total row as printed, if the table prints one
 */
public record ItemTable(
    String id,
    String label,
    AmountUnit unit,
    Optional<Tolerance> tolerance,
    String column,
    List<Row> rows,
    Optional<BigDecimal> printedTotal) {

  /** Validates the components and copies the rows. */
  public ItemTable {
    Amounts.code(id, "item table id");
    Amounts.text(label, "label of item table " + id);
    checkNotNull(unit, "unit of item table %s", id);
    checkNotNull(tolerance, "tolerance of item table %s", id);
    Amounts.code(column, "column of item table " + id);
    rows = Amounts.list(rows, "rows of item table " + id);
    checkArgument(!rows.isEmpty(), "item table %s has no rows", id);
    Map<Integer, String> seen = new HashMap<>();
    for (Row r : rows) {
      String other = seen.putIfAbsent(r.item(), r.label());
      checkArgument(other == null, "item table %s: item %s has two rows (%s, %s)", id, r.item(),
          other, r.label());
    }
    checkNotNull(printedTotal, "printed total of item table %s", id);
    printedTotal = printedTotal.map(Amounts::normalise);
  }

  /**
   * A row of a one-column {@link ItemTable}: one main-table item and its single printed amount.
   *
   * <pre>{@code
   * new Row(26, "Fonds d'innovation", Optional.of("Promouvoir l'innovation ..."),
   *     new BigDecimal("400000"));
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param item the main-table item the row stands for
   * @param label the row's label as printed
   * @param description the text printed beside the amount (such as an objective), if kept
   * @param amount the printed amount, in the table's unit
   */
  public record Row(int item, String label, Optional<String> description, BigDecimal amount) {

    /** Validates the components. */
    public Row {
      Amounts.text(label, "item row label");
      checkArgument(item >= 1, "item row %s: item number %s must be at least 1", label, item);
      checkNotNull(description, "description of item row %s", label);
      description.ifPresent(d -> Amounts.text(d, "description of item row " + label));
      checkNotNull(amount, "amount of item row %s", label);
      amount = Amounts.normalise(amount);
    }

    /** A row with no description. */
    public Row(int item, String label, BigDecimal amount) {
      this(item, label, Optional.empty(), amount);
    }
  }
}
