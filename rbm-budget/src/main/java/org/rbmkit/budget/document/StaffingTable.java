package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.core.money.AmountUnit;

/**
 * A staffing table: FTE and estimated cost by grade, fund source and column, with its printed
 * subtotals and the main-table item each fund source's cost belongs to.
 *
 * <pre>{@code
 * new StaffingTable("annex-2", "Annexe II", AmountUnit.UNITS,
 *     Map.of("regular", 14, "variable", 15), rows, subtotals);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the table's identifier, unique in the document
 * @param label the heading as printed
 * @param unit the unit of the costs
 * @param tolerance how far this table's figures may be off through rounding; empty to use the
 *     document's
 * @param items the main-table item holding each fund source's staff cost
 * @param rows the rows
 * @param subtotals the subtotals as printed
 */
public record StaffingTable(
    String id,
    String label,
    AmountUnit unit,
    Optional<Tolerance> tolerance,
    Map<String, Integer> items,
    List<StaffingRow> rows,
    List<StaffingSubtotal> subtotals) {

  /** Validates the components and copies the collections. */
  public StaffingTable {
    Amounts.code(id, "staffing table id");
    Amounts.text(label, "label of staffing table " + id);
    checkNotNull(unit, "unit of staffing table %s", id);
    checkNotNull(tolerance, "tolerance of staffing table %s", id);
    checkNotNull(items, "items of staffing table %s", id);
    for (Map.Entry<String, Integer> e : items.entrySet()) {
      Amounts.code(e.getKey(), "fund source of staffing table " + id);
      checkNotNull(e.getValue(), "staffing table %s: item of %s is null", id, e.getKey());
      checkArgument(e.getValue() >= 1, "staffing table %s: item %s of %s must be at least 1",
          id, e.getValue(), e.getKey());
    }
    items = ImmutableMap.copyOf(items);
    rows = Amounts.list(rows, "rows of staffing table " + id);
    subtotals = Amounts.list(subtotals, "subtotals of staffing table " + id);
  }

  /** A table without a tolerance of its own. */
  public StaffingTable(String id, String label, AmountUnit unit, Map<String, Integer> items,
      List<StaffingRow> rows, List<StaffingSubtotal> subtotals) {
    this(id, label, unit, Optional.empty(), items, rows, subtotals);
  }
}
