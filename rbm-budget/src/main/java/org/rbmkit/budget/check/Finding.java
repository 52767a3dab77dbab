package org.rbmkit.budget.check;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One place where a printed figure does not reconcile: where (table, line or item, column), the
 * figure as printed, the figure computed, and what they measure.
 *
 * <pre>{@code
 * Finding f = findings.get(0);
 * f.location();     // "item-13"
 * f.column();       // "2022-23-forecast"
 * f.printed();      // 26678000 (EUR)
 * f.computed();     // 26665000
 * f.difference();   // 13000 = printed − computed
 * }</pre>
 *
 * <p>For a cross-reference, {@code printed} is the main table's figure and {@code computed} the
 * figure the other table gives for it. Amounts are in units of the currency (not the table's
 * printed unit), scale-normalised. Immutable and thread-safe.
 *
 * @param kind what the finding is about
 * @param table the table: {@code main} or the id of a detail, reserve or staffing table, or
 *     {@code text} for a claim
 * @param location the line, item, total, fund or claim within the table
 * @param column the column code
 * @param measure the currency code, {@code FTE} or {@code %}
 * @param printed the figure as printed (or claimed)
 * @param computed the figure recomputed
 * @param note a short explanation
 */
public record Finding(
    FindingKind kind,
    String table,
    String location,
    String column,
    String measure,
    BigDecimal printed,
    BigDecimal computed,
    String note) {

  /** Validates the components and normalises the figures' scale. */
  public Finding {
    checkNotNull(kind, "kind");
    checkNotNull(table, "table");
    checkNotNull(location, "location");
    checkNotNull(column, "column");
    checkNotNull(measure, "measure");
    checkNotNull(printed, "printed");
    checkNotNull(computed, "computed");
    checkNotNull(note, "note");
    printed = normalise(printed);
    computed = normalise(computed);
  }

  /** Printed − computed. */
  public BigDecimal difference() {
    return normalise(printed.subtract(computed));
  }

  /** One line: {@code total main item-13 2022-23-forecast: printed 26678000 EUR, ...}. */
  @Override
  public String toString() {
    return kind.code() + " " + table + " " + location + " " + column + ": printed "
        + printed.toPlainString() + " " + measure + ", computed " + computed.toPlainString()
        + ", difference " + difference().toPlainString() + " (" + note + ")";
  }

  private static BigDecimal normalise(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
  }
}
