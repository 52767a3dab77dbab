package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rbmkit.core.period.DateRange;

/**
 * The share of a target expected to be reached by the end of a given day of the target period.
 *
 * <pre>{@code
 * // 2024-25, end of 2024-12-31: 366 of 731 days elapsed
 * PaceCurve.LINEAR.expectedShare(Biennium.parse("2024-25").dateRange(), LocalDate.of(2024, 12, 31));
 * }</pre>
 *
 * <p>An implementation returns a share from 0 to 1 that does not fall as the date advances, 0
 * before the period and 1 from its last day on. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface PaceCurve {

  /**
   * Progress expected in proportion to the days elapsed: days of the period up to and including
   * {@code date}, divided by the days of the period. The default curve.
   */
  PaceCurve LINEAR =
      (period, date) -> {
        checkNotNull(period, "period");
        checkNotNull(date, "date");
        long elapsed = period.daysElapsedBefore(date.plusDays(1));
        return ExactRatio.of(
            BigDecimal.valueOf(elapsed), BigDecimal.valueOf(period.lengthInDays()));
      };

  /**
   * The share of the target expected by the end of {@code date}.
   *
   * @param period the target period's days
   * @param date the day at whose end progress is measured
   * @return a share from 0 to 1
   */
  ExactRatio expectedShare(DateRange period, LocalDate date);
}
