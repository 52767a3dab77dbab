package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.core.problem.Location;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;
import org.rbmkit.core.text.Coded;

/**
 * How a composite score combines metrics: a weight per metric, a normalisation, and whether the
 * weights must sum to exactly 1.
 *
 * <pre>{@code
 * CompositeScheme s = CompositeScheme.of(
 *     Map.of("visits", new BigDecimal("0.6"), "cost-per-learner", new BigDecimal("0.4")),
 *     Normalisation.MIN_MAX, true);
 * }</pre>
 *
 * <p>The score of an entity is {@code Σ weight · normalised value}, where the normalisation
 * (see {@link Normalisation}) makes higher always better; so the composite itself is
 * higher-is-better. Weights are positive; when {@code weightsSumToOne} is set, their exact sum
 * must be 1, otherwise they are relative (a scheme of 2 and 1 is a 2:1 weighting whose scores
 * are three times those of 2/3 and 1/3).
 *
 * <p>Immutable and thread-safe.
 *
 * @param weights weight by metric id, in the order given; at least one
 * @param normalisation how each metric is put on a common scale
 * @param weightsSumToOne whether the weights must sum to exactly 1
 */
public record CompositeScheme(
    Map<String, BigDecimal> weights, Normalisation normalisation, boolean weightsSumToOne) {

  /** What the problems of a scheme are about, starting the exception's message. */
  static final String SUBJECT = "the composite scheme";

  /**
   * Validates and copies the components.
   *
   * @throws ProblemException naming every metric with a weight that is not positive, and the
   *     sum when it must be 1 and is not
   */
  public CompositeScheme {
    checkNotNull(weights, "weights");
    checkNotNull(normalisation, "normalisation");
    checkArgument(!weights.isEmpty(), "composite scheme: no metrics weighted");
    List<Problem> problems = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> e : weights.entrySet()) {
      Ids.check(e.getKey(), "composite metric id");
      checkNotNull(e.getValue(), "weight of metric %s", e.getKey());
      if (e.getValue().signum() <= 0) {
        problems.add(
            Problem.error(
                Location.document(),
                "benchmark.composite.weight",
                e.getValue().toPlainString(),
                "metric \"" + e.getKey() + "\": weight " + e.getValue().toPlainString()
                    + " is not positive"));
      }
      sum = sum.add(e.getValue());
    }
    if (weightsSumToOne && sum.compareTo(BigDecimal.ONE) != 0) {
      problems.add(
          Problem.error(
              Location.document(),
              "benchmark.composite.sum",
              sum.toPlainString(),
              "weights of metrics " + weights.keySet() + " sum to " + sum.toPlainString()
                  + ", not 1"));
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(SUBJECT, problems);
    }
    weights = ImmutableMap.copyOf(weights);
  }

  /** A scheme; see the record components. */
  public static CompositeScheme of(
      Map<String, BigDecimal> weights, Normalisation normalisation, boolean weightsSumToOne) {
    return new CompositeScheme(weights, normalisation, weightsSumToOne);
  }

  /**
   * How a composite score puts metrics on one scale before weighting them; both are
   * direction-aware, so that a higher normalised value is always better.
   *
   * <ul>
   *   <li>{@link #MIN_MAX}: {@code (x - worst) / (best - worst)}, from 0 (worst) to 1 (best);
   *   <li>{@link #Z_SCORE}: the population z-score {@code (x - mean) / sd}, negated for a
   *       lower-is-better metric.
   * </ul>
   *
   * <p>A metric whose values are all equal cannot tell entities apart: both normalisations give 0
   * to every entity for it, and the composite result lists it as degenerate.
   */
  public enum Normalisation implements Coded {
    /** Rescaled to 0 (worst) … 1 (best). */
    MIN_MAX("min-max"),
    /** Population z-score, sign flipped for lower-is-better metrics. */
    Z_SCORE("z-score");

    private final String code;

    Normalisation(String code) {
      this.code = code;
    }

    /** The stable code used in JSON and reports, such as {@code min-max}. */
    public String code() {
      return code;
    }

    /**
     * The constant with the given code.
     *
     * @throws IllegalArgumentException quoting the code and listing the accepted ones
     */
    public static Normalisation fromCode(String code) {
      return Coded.fromCode(Normalisation.class, code, "normalisation");
    }

    @Override
    public String toString() {
      return code;
    }
  }

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
}
