/**
 * Imported IATI budgets in the budget calculators.
 *
 * <p>{@link org.rbmkit.budget.iati.IatiBudgetAccumulator} turns each {@code budget} of an {@code
 * IatiActivity} into a {@code BudgetEntry} (column: type, status and period; fund: the activity)
 * and sums them in one pass with {@code BudgetAccumulator}, one per currency; {@link
 * org.rbmkit.budget.iati.IatiBudgetTotals} answers totals by type, status and currency, per
 * activity and for the portfolio. {@link org.rbmkit.budget.iati.IatiExecution} sets budgets beside
 * commitments, spending and incoming funding by activity and budget column, in one currency at
 * dated exchange rates; {@link org.rbmkit.budget.iati.IatiCube} is the data-cube view of the
 * spending by finance type, sector, location and SDG. The IATI reader lives in rbm-core ({@code org.rbmkit.core.iati});
 * this package is the budget side of it.
 */
package org.rbmkit.budget.iati;
