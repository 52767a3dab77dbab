package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rbmkit.core.period.Period;

/**
 * A column of a budget table: one version of the figures for one period, such as the approved
 * budget 2022-23 or the proposal 2024-25.
 *
 * <pre>{@code
 * BudgetColumn c = new BudgetColumn(
 *     "2024-25-proposal", "2024-25 Proposition de budget", Biennium.parse("2024-25"),
 *     ColumnKind.PROPOSAL);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the column's identifier in the document and in JSON (letters, digits, {@code .-_})
 * @param label the heading as printed
 * @param period the period the figures cover
 * @param kind approved, revised, forecast, proposal or actual
 */
public record BudgetColumn(String code, String label, Period period, ColumnKind kind) {

  /** Validates the components. */
  public BudgetColumn {
    Amounts.code(code, "column code");
    Amounts.text(label, "label of column " + code);
    checkNotNull(period, "period of column %s", code);
    checkNotNull(kind, "kind of column %s", code);
  }
}
