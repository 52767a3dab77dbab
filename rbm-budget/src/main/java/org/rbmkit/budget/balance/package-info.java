/**
 * Budget balance: the sums of budget entries by column, fund, kind and item ({@link
 * org.rbmkit.budget.balance.BudgetTotals}), computed in one pass over entries or over a compact
 * columnar {@link org.rbmkit.budget.balance.BudgetEntryTable}, and the figures derived from them:
 * the plain balance (income − expenditure) by column and fund and the ITC-ILO
 * contribution-margin model.
 */
package org.rbmkit.budget.balance;
