package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.rbmkit.core.text.Coded;
import org.rbmkit.core.period.Period;

/**
 * A problem in an indicator's data, naming the result, the indicator and the period.
 *
 * <pre>{@code
 * // result 1.1, indicator 1.1.a, actual 2022: no target period contains 2022
 * finding.message();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param resultCode the code of the result holding the indicator; empty when checked alone
 * @param indicatorCode the indicator's code
 * @param period the period of the offending value; empty when the problem is not about one
 * @param kind what is wrong
 * @param message a sentence naming the indicator, the period and the offending value
 */
public record Finding(
    Optional<String> resultCode,
    String indicatorCode,
    Optional<Period> period,
    Kind kind,
    String message) {

  /** Checks the components. */
  public Finding {
    checkNotNull(resultCode, "resultCode");
    checkNotNull(indicatorCode, "indicatorCode");
    checkNotNull(period, "period");
    checkNotNull(kind, "kind");
    checkNotNull(message, "message");
  }

  /** The message. */
  @Override
  public String toString() {
    return message;
  }

  /**
   * What is wrong with an indicator's data, as found by {@link AchievementChecks}.
   *
   * <pre>{@code
   * finding.kind();   // ACTUAL_WITHOUT_TARGET
   * }</pre>
   */
  public enum Kind implements Coded {
    /** An actual whose period lies within no target period of the indicator. */
    ACTUAL_WITHOUT_TARGET("actual-without-target"),
    /** A target or milestone whose period is not within the framework's period. */
    TARGET_OUTSIDE_FRAMEWORK("target-outside-framework"),
    /** A ratio (a part of a whole) whose numerator exceeds its denominator. */
    NUMERATOR_EXCEEDS_DENOMINATOR("numerator-exceeds-denominator"),
    /**
     * A value that does not fit the measure: a negative percentage, a ratio target or baseline with
     * a zero denominator, an ordinal category outside the declared scale, decimals and texts mixed
     * on one nominal or ordinal indicator.
     */
    VALUE_DOES_NOT_FIT("value-does-not-fit"),
    /** Disaggregated values whose sum differs from the total of the same period. */
    DISAGGREGATION_MISMATCH("disaggregation-mismatch"),
    /** A baseline is required by the policy and the indicator has none. */
    MISSING_BASELINE("missing-baseline");

    private final String code;

    Kind(String code) {
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
    public static Kind fromCode(String code) {
      return Coded.fromCode(Kind.class, code, "finding kind");
    }
  }
}
