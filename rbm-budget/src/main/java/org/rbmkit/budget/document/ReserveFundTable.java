package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.rbmkit.core.money.AmountUnit;

/**
 * A table of reserve-fund movements over the period of one budget column.
 *
 * <pre>{@code
 * new ReserveFundTable("reserve-funds", "Fonds de réserve", AmountUnit.UNITS,
 *     "2024-25-proposal", List.of(campus, innovation, it, fellowships));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the table's identifier, unique in the document
 * @param label the heading as printed
 * @param unit the unit of the figures
 * @param tolerance how far this table's figures may be off through rounding; empty to use the
 *     document's
 * @param column the main-table column whose institutional investments are the additions
 * @param rows one row per fund
 */
public record ReserveFundTable(
    String id,
    String label,
    AmountUnit unit,
    Optional<Tolerance> tolerance,
    String column,
    List<ReserveFundRow> rows) {

  /** Validates the components and copies the rows. */
  public ReserveFundTable {
    Amounts.code(id, "reserve fund table id");
    Amounts.text(label, "label of reserve fund table " + id);
    checkNotNull(unit, "unit of reserve fund table %s", id);
    checkNotNull(tolerance, "tolerance of reserve fund table %s", id);
    Amounts.code(column, "column of reserve fund table " + id);
    rows = Amounts.list(rows, "rows of reserve fund table " + id);
  }

  /** A table without a tolerance of its own. */
  public ReserveFundTable(
      String id, String label, AmountUnit unit, String column, List<ReserveFundRow> rows) {
    this(id, label, unit, Optional.empty(), column, rows);
  }
}
