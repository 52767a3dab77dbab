package org.rbmkit.kpi.certification;

/**
 * How a credential is granted (seed 003 l.2401–2405).
 *
 * <p>Codes are stable and used in CSV and JSON; never persist {@code ordinal()}.
 */
public enum Award {
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
    for (Award v : values()) {
      if (v.code.equals(code)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "award \"" + code + "\" is not one of automatic, assessed");
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
