package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    List<DetailRow> rows,
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
  public DetailTable(String id, String label, int item, AmountUnit unit, List<DetailRow> rows,
      Map<String, BigDecimal> printedTotal) {
    this(id, label, item, unit, Optional.empty(), rows, printedTotal);
  }
}
