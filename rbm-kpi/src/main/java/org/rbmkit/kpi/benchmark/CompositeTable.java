package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Composite scores ranked like any metric, with the scheme that produced them and the metrics
 * that could not tell entities apart.
 *
 * <pre>{@code
 * CompositeTable c = Benchmark.of(options).composite(set, scheme, CalendarYear.of(2022));
 * c.score("unit-3");              // Optional[0.82…]
 * c.table().best(5);
 * }</pre>
 *
 * <p>The {@link #table()} ranks the metric {@link #METRIC_ID} (higher is better) with the
 * options' tie rule and missing-value policy; an entity missing any weighted metric has no
 * score and is listed in {@code table().missing()} with the first metric it lacks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scheme the weights and normalisation used
 * @param table the ranking of the scores
 * @param degenerateMetrics weighted metrics whose present values were all equal (or absent),
 *     which therefore gave 0 to every entity
 */
public record CompositeTable(
    CompositeScheme scheme, MetricTable table, List<String> degenerateMetrics) {

  /** The id of the synthetic metric the composite table ranks. */
  public static final String METRIC_ID = "composite";

  /** Validates and copies the components. */
  public CompositeTable {
    checkNotNull(scheme, "scheme");
    checkNotNull(table, "table");
    degenerateMetrics = ImmutableList.copyOf(checkNotNull(degenerateMetrics, "degenerateMetrics"));
  }

  /** The entity's composite score, or empty when it lacks a weighted metric. */
  public Optional<BigDecimal> score(String entity) {
    return table.position(entity).flatMap(Position::value);
  }
}
