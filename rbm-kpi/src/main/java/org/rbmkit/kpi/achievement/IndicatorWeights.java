package org.rbmkit.kpi.achievement;

import java.math.BigDecimal;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.results.ResultNode;

/**
 * The weight of an indicator in a {@link RollupRule#WEIGHTED} roll-up.
 *
 * <pre>{@code
 * IndicatorWeights w = (node, indicator) -> node.level() == ResultLevel.OUTCOME ? BigDecimal.TWO : BigDecimal.ONE;
 * }</pre>
 *
 * <p>Implementations return a non-negative weight and must be thread-safe.
 */
@FunctionalInterface
public interface IndicatorWeights {

  /** Every indicator weighs 1. */
  IndicatorWeights EQUAL = (node, indicator) -> BigDecimal.ONE;

  /** The weight of {@code indicator} of the result {@code node}, not negative. */
  BigDecimal weight(ResultNode node, Indicator indicator);
}
