package org.rbmkit.budget.resources;

/**
 * Spending against expectation: the execution rate compared with the share of the period elapsed,
 * within a tolerance.
 *
 * <pre>{@code
 * ExecutionRule.DEFAULT.spending(execution);   // UNDER_SPENT, AS_EXPECTED, OVER_SPENT, NO_BUDGET
 * }</pre>
 */
public enum SpendingStatus {
  /** The execution rate is below the elapsed share by more than the tolerance. */
  UNDER_SPENT("under-spent"),
  /** The execution rate is within the tolerance of the elapsed share. */
  AS_EXPECTED("as-expected"),
  /** The execution rate is above the elapsed share by more than the tolerance. */
  OVER_SPENT("over-spent"),
  /** There is no budget, so no rate. */
  NO_BUDGET("no-budget");

  private final String code;

  SpendingStatus(String code) {
    this.code = code;
  }

  /** The stable code used in JSON and tables, such as {@code under-spent}. */
  public String code() {
    return code;
  }
}
