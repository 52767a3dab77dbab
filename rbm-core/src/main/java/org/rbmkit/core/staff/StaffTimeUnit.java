package org.rbmkit.core.staff;

/**
 * The unit a post's staff time is stated in: full-time equivalents or work-months.
 *
 * <pre>{@code
 * StaffTimeUnit.fromCode("work-months");   // WORK_MONTHS
 * }</pre>
 */
public enum StaffTimeUnit {
  /**
   * Full-time equivalent over the post's period ("ETP"): 1.0 is full time throughout, 0.5 half
   * time.
   */
  FTE("fte"),
  /** Work-months over the post's period: a full-time year is 12. */
  WORK_MONTHS("work-months");

  private final String code;

  StaffTimeUnit(String code) {
    this.code = code;
  }

  /** The stable code used in JSON: {@code fte} or {@code work-months}. */
  public String code() {
    return code;
  }

  /** The unit with the given code. */
  public static StaffTimeUnit fromCode(String code) {
    for (StaffTimeUnit u : values()) {
      if (u.code.equals(code)) {
        return u;
      }
    }
    String shown = code != null && code.length() > 40 ? code.substring(0, 37) + "..." : code;
    throw new IllegalArgumentException(
        "staff time unit \"" + shown + "\" is not one of fte, work-months");
  }
}
