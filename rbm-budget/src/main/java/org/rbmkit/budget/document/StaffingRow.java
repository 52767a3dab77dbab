package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.rbmkit.core.staff.Grade;

/**
 * One cell group of a staffing table: FTE and estimated cost of a grade, from one fund source,
 * in one column.
 *
 * <pre>{@code
 * new StaffingRow(Grade.parse("P .5"), "regular", "2022-23-budget",
 *     new BigDecimal("36.0"), new BigDecimal("6372000"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param grade the grade
 * @param fundSource the fund source, such as {@code regular} or {@code variable}
 * @param column the budget column (period and version) of the figures
 * @param fte full-time equivalents, not negative
 * @param cost the estimated cost, not negative, in the staffing table's unit
 */
public record StaffingRow(
    Grade grade, String fundSource, String column, BigDecimal fte, BigDecimal cost) {

  /** Validates the components. */
  public StaffingRow {
    checkNotNull(grade, "grade");
    Amounts.code(fundSource, "fund source of grade " + grade);
    Amounts.code(column, "column of grade " + grade);
    checkNotNull(fte, "fte of grade %s", grade);
    checkNotNull(cost, "cost of grade %s", grade);
    checkArgument(fte.signum() >= 0, "grade %s, %s, %s: fte %s is negative", grade, fundSource,
        column, fte);
    checkArgument(cost.signum() >= 0, "grade %s, %s, %s: cost %s is negative", grade, fundSource,
        column, cost);
    fte = Amounts.normalise(fte);
    cost = Amounts.normalise(cost);
  }
}
