package org.rbmkit.budget.document;

/** The side of a budget a line counts on: income (adds to the balance) or expenditure. */
public enum Side {
  /** Adds to the balance. */
  INCOME,
  /** Subtracts from the balance. */
  EXPENDITURE
}
