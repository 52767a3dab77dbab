package org.rbmkit.kpi.achievement;

import org.rbmkit.core.text.Coded;

/**
 * Whether an achievement is ahead of, on or behind the progress expected at a date.
 *
 * <pre>{@code
 * calc.pace(indicator, period, LocalDate.of(2024, 12, 31), PaceCurve.LINEAR).status();  // BEHIND
 * }</pre>
 */
public enum PaceStatus implements Coded {
  /** The achievement exceeds the expected share. */
  AHEAD("ahead"),
  /** The achievement equals the expected share. */
  ON_PACE("on-pace"),
  /** The achievement falls short of the expected share. */
  BEHIND("behind"),
  /** Nothing is expected yet (the date is before the target period). */
  NOT_STARTED("not-started"),
  /** The achievement is undefined, or its range straddles the expected share. */
  UNDEFINED("undefined");

  private final String code;

  PaceStatus(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code on-pace}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static PaceStatus fromCode(String code) {
    return Coded.fromCode(PaceStatus.class, code, "pace status");
  }
}
