package org.rbmkit.kpi.benchmark;

import java.math.BigDecimal;
import org.rbmkit.core.text.Coded;

/** Which way a metric improves: the direction ranks, gaps and composite scores respect. */
public enum Direction implements Coded {
  /** More is better: visits, certification rate, net contribution. */
  HIGHER_IS_BETTER("higher-is-better"),
  /** Less is better: cost per learner, days to recruit. */
  LOWER_IS_BETTER("lower-is-better");

  private final String code;

  Direction(String code) {
    this.code = code;
  }

  /** The stable code used in JSON and reports, such as {@code higher-is-better}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static Direction fromCode(String code) {
    return Coded.fromCode(Direction.class, code, "direction");
  }

  /**
   * {@code +1} when higher is better, {@code -1} when lower is better: a difference
   * {@code value - reference} times this sign is positive when the value is better.
   */
  public int sign() {
    return this == HIGHER_IS_BETTER ? 1 : -1;
  }

  /**
   * Compares two values so that the better one sorts first: negative when {@code a} is better
   * than {@code b}, zero when they are numerically equal (scale ignored), positive otherwise.
   */
  public int compareBetterFirst(BigDecimal a, BigDecimal b) {
    return this == HIGHER_IS_BETTER ? b.compareTo(a) : a.compareTo(b);
  }

  @Override
  public String toString() {
    return code;
  }
}
