package org.rbmkit.kpi.certification;

import org.rbmkit.core.text.Coded;

/**
 * How a credential is granted (seed 003 l.2401–2405).
 *
 * <p>Codes are stable and used in CSV and JSON; never persist {@code ordinal()}.
 */
public enum Award implements Coded {
  /** Granted on participation: essentially a proof of attendance. */
  AUTOMATIC("automatic"),
  /** Granted on conditions: tasks completed, tests passed, capstone project done. */
  ASSESSED("assessed");

  private final String code;

  Award(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code assessed}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static Award fromCode(String code) {
    return Coded.fromCode(Award.class, code, "award");
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
