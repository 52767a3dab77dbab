package org.rbmkit.core.indicator;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.Period;

/**
 * The value an indicator starts from, and when it was measured: a year, a biennium, or a single
 * date (a one-day {@link DateRange}).
 *
 * <pre>{@code
 * Baseline b = Baseline.inYear(2021, IndicatorValue.of(35));
 * Baseline d = Baseline.on(LocalDate.of(2022, 12, 31), IndicatorValue.ratio(72, 119));
 * }</pre>
 *
 * <p>Disaggregated baselines carry their dimensions in the value. Immutable and thread-safe.
 *
 * @param period when the baseline was measured
 * @param value the baseline value
 */
public record Baseline(Period period, IndicatorValue value) {

  /** Checks the components. */
  public Baseline {
    checkNotNull(period, "period");
    checkNotNull(value, "value");
  }

  /** A baseline measured in a calendar year. */
  public static Baseline inYear(int year, IndicatorValue value) {
    return new Baseline(CalendarYear.of(year), value);
  }

  /** A baseline measured on one day. */
  public static Baseline on(LocalDate date, IndicatorValue value) {
    checkNotNull(date, "date");
    return new Baseline(DateRange.ofInclusive(date, date), value);
  }

  /** {@code 2021: 35}. */
  @Override
  public String toString() {
    return period + ": " + value;
  }
}
