package org.rbmkit.kpi.achievement;

/**
 * Whether an achievement is ahead of, on or behind the progress expected at a date.
 *
 * <pre>{@code
 * calc.pace(indicator, period, LocalDate.of(2024, 12, 31), PaceCurve.LINEAR).status();  // BEHIND
 * }</pre>
 */
public enum PaceStatus {
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
    com.google.common.base.Preconditions.checkNotNull(code, "code");
    for (PaceStatus v : values()) {
      if (v.code.equals(code)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "pace status \""
            + code
            + "\" is not one of ahead, on-pace, behind, not-started, undefined");
  }
}
