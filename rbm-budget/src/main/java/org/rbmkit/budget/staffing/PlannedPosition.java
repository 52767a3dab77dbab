package org.rbmkit.budget.staffing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.rbmkit.core.staff.Grade;

/**
 * A line of a staffing plan: FTE of a grade from a fund source, to be costed.
 *
 * <pre>{@code
 * new PlannedPosition(Grade.P_4, "regular", new BigDecimal("46"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param grade the grade
 * @param fundSource the fund source
 * @param fte full-time equivalents, not negative
 */
public record PlannedPosition(Grade grade, String fundSource, BigDecimal fte) {

  /** Validates the components. */
  public PlannedPosition {
    checkNotNull(grade, "grade");
    checkNotNull(fundSource, "fundSource");
    checkNotNull(fte, "fte");
    checkArgument(fte.signum() >= 0, "planned %s, %s: fte %s is negative", grade, fundSource,
        fte);
  }
}
