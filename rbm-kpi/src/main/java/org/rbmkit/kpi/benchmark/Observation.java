package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.period.Period;

/**
 * One exact value: an entity's value of a metric in a period, as reported or as targeted.
 *
 * <pre>{@code
 * Observation v = new Observation("itcilo", "visits", CalendarYear.of(2022), new BigDecimal("729000"));
 * }</pre>
 *
 * <p>Immutable and thread-safe. The value keeps the scale it was given; comparisons between
 * values are numeric ({@code 1.0} and {@code 1.00} tie). A value has at most
 * {@value #MAX_INTEGER_DIGITS} digits before and {@value #MAX_DECIMAL_PLACES} after the decimal
 * point, so that hostile input such as {@code 1e999999999} fails at once instead of starting a
 * huge computation.
 *
 * @param entity the id of a {@link BenchmarkEntity}
 * @param metric the id of a {@link Metric}
 * @param period the period the value refers to
 * @param value the exact value, in the metric's unit
 */
public record Observation(String entity, String metric, Period period, BigDecimal value) {

  /** The largest number of digits a value may have before its decimal point. */
  public static final int MAX_INTEGER_DIGITS = 30;

  /** The largest number of digits a value may have after its decimal point. */
  public static final int MAX_DECIMAL_PLACES = 30;

  /** Validates the components. */
  public Observation {
    Ids.check(entity, "entity id");
    Ids.check(metric, "metric id");
    checkNotNull(period, "period");
    checkNotNull(value, "value");
    checkArgument(
        Digits.integerDigits(value) <= MAX_INTEGER_DIGITS,
        "entity %s, metric %s, period %s: value %s has more than %s integer digits",
        entity,
        metric,
        period,
        Digits.abbreviate(value),
        MAX_INTEGER_DIGITS);
    checkArgument(
        value.scale() <= MAX_DECIMAL_PLACES,
        "entity %s, metric %s, period %s: value %s has more than %s decimal places",
        entity,
        metric,
        period,
        Digits.abbreviate(value),
        MAX_DECIMAL_PLACES);
  }

  /** Shorthand taking the value as text, such as {@code "729000"}. */
  public static Observation of(String entity, String metric, Period period, String value) {
    checkNotNull(value, "value");
    return new Observation(entity, metric, period, new BigDecimal(value));
  }
}
