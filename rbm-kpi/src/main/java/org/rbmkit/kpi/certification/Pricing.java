package org.rbmkit.kpi.certification;

import org.rbmkit.core.text.Coded;

/**
 * Who pays for a participant's access (seed 003 l.2429–2434).
 *
 * <p>Codes are stable and used in CSV and JSON; never persist {@code ordinal()}.
 */
public enum Pricing implements Coded {
  /** The participant or their institution pays a fee. */
  PAID("paid"),
  /** Free access, no fee and no fellowship. */
  FREE("free"),
  /** Free for the participant thanks to a fellowship ("bourse"). */
  FELLOWSHIP_FUNDED("fellowship-funded");

  private final String code;

  Pricing(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code fellowship-funded}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static Pricing fromCode(String code) {
    return Coded.fromCode(Pricing.class, code, "pricing");
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
