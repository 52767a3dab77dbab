package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.rbmkit.core.period.Period;

/**
 * One exact value: an entity's value of a metric in a period, as reported or as targeted.
 *
 * <pre>{@code
 * Observation v = new Observation("itcilo", "visits", CalendarYear.of(2022), new BigDecimal("729000"));
 * }</pre>
 *
 * <p>Immutable and thread-safe. The value keeps the scale it was given; comparisons between
 * values are numeric ({@code 1.0} and {@code 1.00} tie).
 *
 * @param entity the id of a {@link BenchmarkEntity}
 * @param metric the id of a {@link Metric}
 * @param period the period the value refers to
 * @param value the exact value, in the metric's unit
 */
public record Observation(String entity, String metric, Period period, BigDecimal value) {

  /** Validates the components. */
  public Observation {
    Ids.check(entity, "entity id");
    Ids.check(metric, "metric id");
    checkNotNull(period, "period");
    checkNotNull(value, "value");
  }

  /** Shorthand taking the value as text, such as {@code "729000"}. */
  public static Observation of(String entity, String metric, Period period, String value) {
    checkNotNull(value, "value");
    return new Observation(entity, metric, period, new BigDecimal(value));
  }
}
