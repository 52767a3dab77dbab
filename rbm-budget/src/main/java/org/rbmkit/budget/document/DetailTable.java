package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rbmkit.core.money.AmountUnit;

/**
 * A table detailing one main-table item, possibly in another unit (the ITC-ILO consultants table
 * is in euros, the main table in thousands).
 *
 * <pre>{@code
 * new DetailTable("consultants", "Poste 17 - Consultants", 17, AmountUnit.UNITS,
 *     List.of(medical, consultants), Map.of("2022-23-budget", new BigDecimal("1085000")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the table's identifier, unique in the document
 * @param label the heading as printed
 * @param item the main-table item this table details
 * @param unit the unit of this table's figures
 * @param tolerance how far this table's figures may be off through rounding; empty to use the
 *     document's
 * @param rows the rows
 * @param printedTotal the total row as printed, per column; empty if the table prints none
 */
public record DetailTable(
    String id,
    String label,
    int item,
    AmountUnit unit,
    Optional<Tolerance> tolerance,
    List<Row> rows,
    Map<String, BigDecimal> printedTotal) {

  /** Validates the components and copies the collections. */
  public DetailTable {
    Amounts.code(id, "detail table id");
    Amounts.text(label, "label of detail table " + id);
    checkArgument(item >= 1, "detail table %s: item number %s must be at least 1", id, item);
    checkNotNull(unit, "unit of detail table %s", id);
    checkNotNull(tolerance, "tolerance of detail table %s", id);
    rows = Amounts.list(rows, "rows of detail table " + id);
    printedTotal = Amounts.copy(printedTotal, "printed total of detail table " + id);
  }

  /** A table without a tolerance of its own. */
  public DetailTable(String id, String label, int item, AmountUnit unit, List<Row> rows,
      Map<String, BigDecimal> printedTotal) {
    this(id, label, item, unit, Optional.empty(), rows, printedTotal);
  }

  /**
   * A row of a detail table: one component of a main-table item, per column.
   *
   * <pre>{@code
   * new Row("Service médical", Map.of("2022-23-budget", new BigDecimal("529000")));
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param label the label as printed
   * @param amounts figure per column code, in the detail table's unit
   * @param dashes the columns printed as a dash rather than 0; their amounts are 0
   */
  public record Row(String label, Map<String, BigDecimal> amounts, Set<String> dashes) {

    /** Validates the components and copies the amounts. */
    public Row {
      Amounts.text(label, "detail row label");
      amounts = Amounts.copy(amounts, "detail row " + label);
      dashes = Amounts.dashes(dashes, amounts, "detail row " + label);
    }

    /** A row with no dash. */
    public Row(String label, Map<String, BigDecimal> amounts) {
      this(label, amounts, Set.of());
    }

    /**
     * The figure in the given column.
     *
     * @throws IllegalArgumentException naming the row and column, if it has none
     */
    public BigDecimal amount(String column) {
      BigDecimal v = amounts.get(column);
      if (v == null) {
        throw new IllegalArgumentException("detail row " + label + " has no amount for column "
            + column);
      }
      return v;
    }

  }
}
