package org.rbmkit.kpi.certification;

import org.rbmkit.core.text.Coded;

/**
 * What a count counts: registrations or people (seed 003 reports both).
 *
 * <p>Codes are stable; never persist {@code ordinal()}.
 */
public enum CountBasis implements Coded {
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

  /**
   * The basis with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static CountBasis fromCode(String code) {
    return Coded.fromCode(CountBasis.class, code, "count basis");
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
