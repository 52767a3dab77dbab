package org.rbmkit.core.indicator;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rbmkit.core.period.Period;

/**
 * An indicator value for a period: a target, a milestone or an actual.
 *
 * <pre>{@code
 * PeriodValue target = new PeriodValue(Biennium.parse("2024-25"), IndicatorValue.of(40));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the period the value is for
 * @param value the value
 */
public record PeriodValue(Period period, IndicatorValue value) {

  /** Checks the components. */
  public PeriodValue {
    checkNotNull(period, "period");
    checkNotNull(value, "value");
  }

  /** The value for the period given as text, such as {@code "2024-25"}. */
  public static PeriodValue of(String period, IndicatorValue value) {
    checkNotNull(period, "period");
    return new PeriodValue(Period.parse(period), value);
  }

  /** {@code 2024-25: >=40}. */
  @Override
  public String toString() {
    return period + ": " + value;
  }
}
