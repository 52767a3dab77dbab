package org.rbmkit.kpi.achievement;

import org.rbmkit.core.text.Coded;

/**
 * Whether an achievement above 100 % is kept or capped at 100 %.
 *
 * <pre>{@code
 * // target 100, actual 130: KEEP gives 130 %, CAP gives 100 % and marks the result capped
 * }</pre>
 */
public enum OverAchievement implements Coded {
  /**
   * The achievement is kept as computed. The default: over-achievement is information (a target set
   * too low, a windfall) and a rating scheme can band it explicitly.
   */
  KEEP("keep"),
  /** The achievement is capped at 100 %, so that one indicator cannot mask another in a mean. */
  CAP("cap");

  private final String code;

  OverAchievement(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code cap}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static OverAchievement fromCode(String code) {
    return Coded.fromCode(OverAchievement.class, code, "over-achievement rule");
  }
}
