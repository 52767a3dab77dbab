package org.rbmkit.kpi.certification;

/**
 * What a count counts: registrations or people (seed 003 reports both).
 *
 * <p>Codes are stable; never persist {@code ordinal()}.
 */
public enum CountBasis {
  /** Each enrolment counts once: a participant in two activities counts twice. */
  ENROLMENTS("enrolments"),
  /**
   * Each distinct participant counts once per group, at the furthest stage any of their
   * enrolments in that group reached (headcount).
   */
  PARTICIPANTS("participants");

  private final String code;

  CountBasis(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code participants}. */
  public String code() {
    return code;
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
