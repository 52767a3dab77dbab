/**
 * Imported IATI budgets in the budget calculators.
 *
 * <p>{@link org.rbmkit.budget.iati.IatiBudgetTotals} sums each {@code budget} of an {@code
 * IatiActivity} in one pass (column: type, status and period; fund: the activity) into
 * rbm-budget's {@code BudgetTotals}, one per currency, and answers totals by type, status and
 * currency, per activity and for the portfolio; {@code IatiBudgetTotals.entries(activity)} gives
 * an activity's budgets as budget entries. {@link org.rbmkit.budget.iati.IatiExecution} sets budgets beside
 * commitments, spending and incoming funding by activity and budget column, in one currency at
 * dated exchange rates; {@link org.rbmkit.budget.iati.IatiCube} is the data-cube view of the
 * spending by finance type, sector, location and SDG. The IATI reader lives in rbm-core ({@code org.rbmkit.core.iati});
 * this package is the budget side of it.
 */
package org.rbmkit.budget.iati;
