package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A quantity entities are compared on: its id, a readable name, the unit of its values, the
 * direction in which it improves and, optionally, the metric it is divided by.
 *
 * <pre>{@code
 * Metric visits = Metric.of("visits", "Website visits", "visits", Direction.HIGHER_IS_BETTER);
 * Metric cost = Metric.of("cost", "Training cost", "EUR", Direction.LOWER_IS_BETTER)
 *     .per("learners");                                  // compared as cost per learner
 * }</pre>
 *
 * <p>A metric with a normaliser ({@link #per()}) is compared on its value divided by the
 * normaliser's value for the same entity and period: cost per learner, cost per FTE. The
 * normaliser is another metric of the same {@link BenchmarkSet}, itself without a normaliser; a
 * normaliser value of zero is rejected when the set is built.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the identifier used in values and composite weights, without whitespace
 * @param name a readable name for reports; not blank
 * @param unit the unit of the raw values, such as {@code kEUR}, {@code visits}, {@code %}; may be
 *     empty for a pure number
 * @param direction which way the metric improves
 * @param per the id of the metric this one is divided by, or empty
 */
public record Metric(String id, String name, String unit, Direction direction, Optional<String> per) {

  /** Validates the components. */
  public Metric {
    Ids.check(id, "metric id");
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "metric %s: name must not be blank", id);
    checkNotNull(unit, "unit");
    checkNotNull(direction, "direction");
    checkNotNull(per, "per");
    per.ifPresent(p -> Ids.check(p, "metric " + id + ": normaliser"));
    checkArgument(
        !per.equals(Optional.of(id)), "metric %s: a metric cannot be its own normaliser", id);
  }

  /** A metric without a normaliser. */
  public static Metric of(String id, String name, String unit, Direction direction) {
    return new Metric(id, name, unit, direction, Optional.empty());
  }

  /** This metric divided by the metric {@code normaliser}. */
  public Metric per(String normaliser) {
    return new Metric(id, name, unit, direction, Optional.of(normaliser));
  }

  /** Whether the metric is compared per unit of another metric. */
  public boolean isNormalised() {
    return per.isPresent();
  }

  /**
   * Whether the values of entities add up to a meaningful total, so that a share of the total
   * means something: a count or an amount (visits, learners, kEUR), not a ratio (a metric per
   * another, or one in {@code %}).
   *
   * <pre>{@code
   * Metric.of("visits", "Website visits", "visits", Direction.HIGHER_IS_BETTER).isAdditive(); // true
   * Metric.of("online", "Online share", "%", Direction.HIGHER_IS_BETTER).isAdditive();        // false
   * }</pre>
   */
  public boolean isAdditive() {
    return per.isEmpty() && !unit.strip().equals("%");
  }
}
