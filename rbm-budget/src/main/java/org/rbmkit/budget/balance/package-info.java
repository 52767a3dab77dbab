/**
 * Budget balance: one-pass, mergeable sums of budget entries by column, fund, kind and item;
 * the plain balance (income − expenditure) and the ITC-ILO contribution-margin model; and, for
 * large inputs, the balance by fund alone ({@link org.rbmkit.budget.balance.FundBalances}) over
 * entries or over a compact columnar {@link org.rbmkit.budget.balance.BudgetEntryTable}.
 */
package org.rbmkit.budget.balance;
