package org.rbmkit.kpi.achievement;

import java.util.Optional;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.text.Coded;

/**
 * How the values of one indicator over several units, parts or periods combine into one.
 *
 * <pre>{@code
 * AggregationRule.defaultFor(Measure.RATIO);        // Optional[RATIO_OF_SUMS]
 * AggregationRule.defaultFor(Measure.PERCENTAGE);   // Optional.empty(): declare a rule
 * }</pre>
 */
public enum AggregationRule implements Coded {
  /** Counts and amounts add up. */
  SUM("sum"),
  /**
   * Ratios and percentages combine as the sum of numerators over the sum of denominators, never as
   * a mean of rates.
   */
  RATIO_OF_SUMS("ratio-of-sums"),
  /** The smallest value, for a declared minimum standard. */
  MIN("min"),
  /** The largest value, for a declared maximum. */
  MAX("max");

  private final String code;

  AggregationRule(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code ratio-of-sums}. */
  public String code() {
    return code;
  }

  /**
   * The rule a measure follows when none is declared: ratio of sums for ratios, sum for units and
   * currency amounts; empty for percentages (they need their denominators: {@link
   * ValueAccumulator#plusPercentage}) and for nominal, ordinal and qualitative measures, whose rule
   * must be declared.
   */
  public static Optional<AggregationRule> defaultFor(Measure measure) {
    return switch (measure) {
      case RATIO -> Optional.of(RATIO_OF_SUMS);
      case UNIT, CURRENCY -> Optional.of(SUM);
      case PERCENTAGE, NOMINAL, ORDINAL, QUALITATIVE -> Optional.empty();
    };
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static AggregationRule fromCode(String code) {
    return Coded.fromCode(AggregationRule.class, code, "aggregation rule");
  }
}
