package org.rbmkit.budget.staffing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.staff.Grade;

/**
 * The planner's standard cost of one FTE of a grade, from an effective date on.
 *
 * <pre>{@code
 * new StandardCost(Grade.P_4, LocalDate.of(2024, 1, 1), Money.of("EUR", "179326.09"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param grade the grade
 * @param effective the first day the cost applies
 * @param costPerFte the cost of one FTE, positive
 */
public record StandardCost(Grade grade, LocalDate effective, Money costPerFte) {

  /** Validates the components. */
  public StandardCost {
    checkNotNull(grade, "grade");
    checkNotNull(effective, "effective");
    checkNotNull(costPerFte, "costPerFte");
    checkArgument(costPerFte.signum() > 0, "standard cost of %s from %s: %s must be positive",
        grade, effective, costPerFte);
  }
}
