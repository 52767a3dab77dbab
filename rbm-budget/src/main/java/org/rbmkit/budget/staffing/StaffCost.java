package org.rbmkit.budget.staffing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.staff.Grade;

/**
 * FTE and cost of staff of one grade from one fund source: a row of a staffing table, as the
 * staff-cost calculator consumes it.
 *
 * <pre>{@code
 * new StaffCost(Grade.P_4, "regular", new BigDecimal("46"), Money.of("EUR", 8_249_000));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param grade the grade
 * @param fundSource the fund source, such as {@code regular} or {@code variable}
 * @param fte full-time equivalents, not negative
 * @param cost the cost, not negative
 */
public record StaffCost(Grade grade, String fundSource, BigDecimal fte, Money cost) {

  /** Validates the components. */
  public StaffCost {
    checkNotNull(grade, "grade");
    checkNotNull(fundSource, "fundSource");
    checkNotNull(fte, "fte");
    checkNotNull(cost, "cost");
    checkArgument(fte.signum() >= 0, "grade %s, %s: fte %s is negative", grade, fundSource, fte);
    checkArgument(!cost.isNegative(), "grade %s, %s: cost %s is negative", grade, fundSource,
        cost);
  }
}
