package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.rbmkit.core.text.Coded;

/**
 * The quarter of the ranking an entity falls in, from its percentile rank {@code p} (see
 * {@link Position#percentile()}): {@link #FIRST} (top) when {@code p > 75}, {@link #SECOND} when
 * {@code 50 < p <= 75}, {@link #THIRD} when {@code 25 < p <= 50}, {@link #FOURTH} (bottom)
 * otherwise. Tied entities share a percentile and so a quartile.
 */
public enum Quartile implements Coded {
  /** Top quarter: percentile rank above 75. */
  FIRST("q1"),
  /** Percentile rank above 50, at most 75. */
  SECOND("q2"),
  /** Percentile rank above 25, at most 50. */
  THIRD("q3"),
  /** Bottom quarter: percentile rank at most 25. */
  FOURTH("q4");

  private final String code;

  Quartile(String code) {
    this.code = code;
  }

  /** The stable code used in JSON and reports, such as {@code q1}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static Quartile fromCode(String code) {
    return Coded.fromCode(Quartile.class, code, "quartile");
  }

  private static final BigDecimal P25 = BigDecimal.valueOf(25);
  private static final BigDecimal P50 = BigDecimal.valueOf(50);
  private static final BigDecimal P75 = BigDecimal.valueOf(75);

  /** The quartile of a percentile rank between 0 and 100, by the bounds in the class comment. */
  public static Quartile ofPercentile(BigDecimal percentile) {
    checkNotNull(percentile, "percentile");
    if (percentile.compareTo(P75) > 0) {
      return FIRST;
    }
    if (percentile.compareTo(P50) > 0) {
      return SECOND;
    }
    if (percentile.compareTo(P25) > 0) {
      return THIRD;
    }
    return FOURTH;
  }

  @Override
  public String toString() {
    return code;
  }
}
