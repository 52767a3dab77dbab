package org.rbmkit.kpi.achievement;

import org.rbmkit.core.text.Coded;

/**
 * How an achievement came out: measured, met or not met, or why it could not be computed.
 *
 * <pre>{@code
 * Achievement a = calculator.achievement(indicator, CalendarYear.of(2021));
 * if (a.status().isDefined()) {
 *   a.low();                       // the achievement, or the lower end of its range
 * }
 * }</pre>
 *
 * <p>Every case the calculation can meet has a status, so an achievement is never NaN and never an
 * exception.
 */
public enum AchievementStatus implements Coded {
  /** A numeric achievement (a share of the target) was computed. */
  MEASURED("measured", true),
  /** A band, nominal, ordinal or qualitative target was met; counts as 100 %. */
  MET("met", true),
  /** A band, nominal, ordinal or qualitative target was not met; counts as 0 %. */
  NOT_MET("not-met", true),
  /** No actual has been reported for the period. */
  NOT_REPORTED("not-reported", false),
  /** The indicator has no target for the period. */
  NO_TARGET("no-target", false),
  /** The method needs a baseline, there is none and the policy requires one. */
  NO_BASELINE("no-baseline", false),
  /** The baseline equals the target, so progress from one to the other is undefined. */
  BASELINE_EQUALS_TARGET("baseline-equals-target", false),
  /**
   * A division by zero: a ratio value with a zero denominator, a zero target for actual ÷ target,
   * or a zero actual for target ÷ actual.
   */
  ZERO_DENOMINATOR("zero-denominator", false),
  /** The target lies on the wrong side of the baseline for the indicator's direction. */
  TARGET_AGAINST_DIRECTION("target-against-direction", false),
  /** The indicator states no direction, so no value is better than another. */
  NO_DIRECTION("no-direction", false),
  /**
   * The actual is qualified ("at least …") and its range straddles the band or target, so met and
   * not met are both possible.
   */
  INDETERMINATE("indeterminate", false),
  /**
   * The actual and the target cannot be compared: different kinds of value, an ordinal category
   * missing from the declared scale, percentages to be summed.
   */
  NOT_COMPARABLE("not-comparable", false);

  private final String code;
  private final boolean defined;

  AchievementStatus(String code, boolean defined) {
    this.code = code;
    this.defined = defined;
  }

  /** The stable code, such as {@code not-reported}. */
  public String code() {
    return code;
  }

  /** Whether the achievement has a value (measured, met or not met). */
  public boolean isDefined() {
    return defined;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static AchievementStatus fromCode(String code) {
    return Coded.fromCode(AchievementStatus.class, code, "achievement status");
  }
}
