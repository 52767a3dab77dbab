package org.rbmkit.kpi.achievement;

import org.rbmkit.core.text.Coded;

/**
 * What is wrong with an indicator's data, as found by {@link AchievementChecks}.
 *
 * <pre>{@code
 * finding.kind();   // ACTUAL_WITHOUT_TARGET
 * }</pre>
 */
public enum FindingKind implements Coded {
  /** An actual whose period lies within no target period of the indicator. */
  ACTUAL_WITHOUT_TARGET("actual-without-target"),
  /** A target or milestone whose period is not within the framework's period. */
  TARGET_OUTSIDE_FRAMEWORK("target-outside-framework"),
  /** A ratio (a part of a whole) whose numerator exceeds its denominator. */
  NUMERATOR_EXCEEDS_DENOMINATOR("numerator-exceeds-denominator"),
  /**
   * A value that does not fit the measure: a negative percentage, a ratio target or baseline with a
   * zero denominator, an ordinal category outside the declared scale, decimals and texts mixed on
   * one nominal or ordinal indicator.
   */
  VALUE_DOES_NOT_FIT("value-does-not-fit"),
  /** Disaggregated values whose sum differs from the total of the same period. */
  DISAGGREGATION_MISMATCH("disaggregation-mismatch"),
  /** A baseline is required by the policy and the indicator has none. */
  MISSING_BASELINE("missing-baseline");

  private final String code;

  FindingKind(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code actual-without-target}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static FindingKind fromCode(String code) {
    return Coded.fromCode(FindingKind.class, code, "finding kind");
  }
}
