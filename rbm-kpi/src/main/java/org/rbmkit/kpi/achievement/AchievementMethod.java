package org.rbmkit.kpi.achievement;

import org.rbmkit.core.text.Coded;

/**
 * How a numeric indicator's achievement is measured against its target.
 *
 * <pre>{@code
 * // baseline 40, target 60, actual 55
 * AchievementMethod.PROGRESS;          // (55 - 40) / (60 - 40) = 75 %
 * AchievementMethod.RATIO_TO_TARGET;   // 55 / 60 = 91.7 %
 * }</pre>
 */
public enum AchievementMethod implements Coded {
  /**
   * The share of the distance from baseline to target covered: {@code (actual − baseline) ÷ (target
   * − baseline)} for an increase indicator, {@code (baseline − actual) ÷ (baseline − target)} for a
   * decrease indicator. The default: it credits only the change the programme produced.
   */
  PROGRESS("progress"),
  /**
   * The actual as a share of the target: {@code actual ÷ target} for an increase indicator, {@code
   * target ÷ actual} for a decrease indicator. Ignores the baseline.
   */
  RATIO_TO_TARGET("ratio-to-target");

  private final String code;

  AchievementMethod(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code ratio-to-target}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static AchievementMethod fromCode(String code) {
    return Coded.fromCode(AchievementMethod.class, code, "method");
  }
}
