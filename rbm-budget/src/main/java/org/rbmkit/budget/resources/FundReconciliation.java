package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rbmkit.core.money.Money;

/**
 * One fund's budgeted expenditure in a column next to its planned allocations.
 *
 * <pre>{@code
 * FundReconciliation r = AllocationCheck.byFund(plan, "2024-25-proposal").get(0);
 * r.unallocated();   // budget − allocated; zero when the fund reconciles
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param column the budget column
 * @param fund the fund's code
 * @param budget Σ of the fund's expenditure lines in the column, recomputed
 * @param allocated Σ of the planned allocations drawing on those lines
 */
public record FundReconciliation(String column, String fund, Money budget, Money allocated) {

  /** Validates the components. */
  public FundReconciliation {
    checkNotNull(column, "column");
    checkNotNull(fund, "fund");
    checkNotNull(budget, "budget");
    checkNotNull(allocated, "allocated");
  }

  /** Budget − allocated: positive when part of the budget is not allocated. */
  public Money unallocated() {
    return budget.minus(allocated);
  }

  /** Whether the allocations add up to the budget exactly. */
  public boolean reconciles() {
    return unallocated().isZero();
  }
}
