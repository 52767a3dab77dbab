package org.rbmkit.kpi.achievement;

import org.rbmkit.core.text.Coded;

/**
 * What {@link AchievementMethod#PROGRESS} does for an indicator without a baseline.
 *
 * <pre>{@code
 * AchievementPolicy.DEFAULT.withMissingBaseline(MissingBaseline.TREAT_AS_ZERO);
 * }</pre>
 */
public enum MissingBaseline implements Coded {
  /**
   * No achievement is computed: the status is {@link AchievementStatus#NO_BASELINE}. The default,
   * because assuming zero overstates the progress of any indicator that did not start from zero (a
   * rate, a level).
   */
  REQUIRE("require"),
  /** The baseline is taken as zero, which suits counts of new things (participants trained). */
  TREAT_AS_ZERO("treat-as-zero");

  private final String code;

  MissingBaseline(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code treat-as-zero}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static MissingBaseline fromCode(String code) {
    return Coded.fromCode(MissingBaseline.class, code, "missing-baseline rule");
  }
}
