package org.rbmkit.budget.document;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * A row of a detail table: one component of a main-table item, per column.
 *
 * <pre>{@code
 * new DetailRow("Service médical", Map.of("2022-23-budget", new BigDecimal("529000")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the label as printed
 * @param amounts figure per column code, in the detail table's unit
 * @param dashes the columns printed as a dash rather than 0; their amounts are 0
 */
public record DetailRow(String label, Map<String, BigDecimal> amounts, Set<String> dashes) {

  /** Validates the components and copies the amounts. */
  public DetailRow {
    Amounts.text(label, "detail row label");
    amounts = Amounts.copy(amounts, "detail row " + label);
    dashes = Amounts.dashes(dashes, amounts, "detail row " + label);
  }

  /** A row with no dash. */
  public DetailRow(String label, Map<String, BigDecimal> amounts) {
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
