/**
 * Budget balance: one-pass, mergeable sums of budget entries by column, fund, kind and item;
 * the plain balance (income − expenditure) and the ITC-ILO contribution-margin model.
 */
package org.rbmkit.budget.balance;
