package org.rbmkit.core.staff;

import org.rbmkit.core.text.Coded;

/**
 * The unit a post's staff time is stated in: full-time equivalents or work-months.
 *
 * <pre>{@code
 * StaffTimeUnit.fromCode("work-months");   // WORK_MONTHS
 * }</pre>
 */
public enum StaffTimeUnit implements Coded {
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
    return Coded.fromCode(StaffTimeUnit.class, code, "staff time unit");
  }
}
