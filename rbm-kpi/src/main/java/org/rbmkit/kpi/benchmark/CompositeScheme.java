package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

  /**
   * Validates and copies the components.
   *
   * @throws BenchmarkSetException naming every metric with a weight that is not positive, and the
   *     sum when it must be 1 and is not
   */
  public CompositeScheme {
    checkNotNull(weights, "weights");
    checkNotNull(normalisation, "normalisation");
    checkArgument(!weights.isEmpty(), "composite scheme: no metrics weighted");
    List<String> problems = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> e : weights.entrySet()) {
      Ids.check(e.getKey(), "composite metric id");
      checkNotNull(e.getValue(), "weight of metric %s", e.getKey());
      if (e.getValue().signum() <= 0) {
        problems.add(
            "composite: metric \""
                + e.getKey()
                + "\": weight "
                + e.getValue().toPlainString()
                + " is not positive");
      }
      sum = sum.add(e.getValue());
    }
    if (weightsSumToOne && sum.compareTo(BigDecimal.ONE) != 0) {
      problems.add(
          "composite: weights of metrics "
              + weights.keySet()
              + " sum to "
              + sum.toPlainString()
              + ", not 1");
    }
    if (!problems.isEmpty()) {
      throw new BenchmarkSetException(problems);
    }
    weights = ImmutableMap.copyOf(weights);
  }

  /** A scheme; see the record components. */
  public static CompositeScheme of(
      Map<String, BigDecimal> weights, Normalisation normalisation, boolean weightsSumToOne) {
    return new CompositeScheme(weights, normalisation, weightsSumToOne);
  }
}
