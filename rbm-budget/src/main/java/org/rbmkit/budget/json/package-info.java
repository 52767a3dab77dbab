/**
 * JSON for budget documents and resource plans: the read and write helpers {@link
 * org.rbmkit.budget.json.BudgetJson} and {@link org.rbmkit.budget.json.ResourcesJson}. The
 * Jackson module behind them is found by {@code ServiceLoader} and is not part of the API. The
 * format is described in {@code docs/budget-format.md}.
 */
package org.rbmkit.budget.json;
