package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.rbmkit.core.period.Period;
import org.rbmkit.kpi.benchmark.Position.Gap;

/**
 * An entity's actual value of a metric against plan: its target for the period and its value in
 * the previous period.
 *
 * <pre>{@code
 * PlanComparison c = Benchmark.of(options).againstPlan(set, "itcilo", "visits", CalendarYear.of(2022));
 * c.gapToTarget();                  // actual - target, direction-aware advantage
 * c.sincePrevious();                // change from the latest earlier period with a value
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param entity the entity id
 * @param metric the metric
 * @param period the period of the actual value
 * @param actual the actual compared value
 * @param target the target for the period, or empty when the set has none
 * @param sincePrevious the change from the latest period that ends before {@code period} starts
 *     and has a value, or empty when there is none
 */
public record PlanComparison(
    String entity,
    Metric metric,
    Period period,
    BigDecimal actual,
    Optional<BigDecimal> target,
    Optional<Change> sincePrevious) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Validates the components. */
  public PlanComparison {
    checkNotNull(entity, "entity");
    checkNotNull(metric, "metric");
    checkNotNull(period, "period");
    checkNotNull(actual, "actual");
    checkNotNull(target, "target");
    checkNotNull(sincePrevious, "sincePrevious");
  }

  /** {@code actual - target}, direction-aware through {@link Gap#advantage()}; empty without target. */
  public Optional<Gap> gapToTarget() {
    return target.map(t -> Gap.between(actual, t, metric.direction()));
  }

  /**
   * {@code 100 · actual / target}, rounded to {@code precision}: 100 means on target; for a
   * lower-is-better metric below 100 is better. Empty without a target or when it is zero.
   */
  public Optional<BigDecimal> percentOfTarget(MathContext precision) {
    checkNotNull(precision, "precision");
    return target
        .filter(t -> t.signum() != 0)
        .map(t -> actual.multiply(HUNDRED).divide(t, precision));
  }
}
