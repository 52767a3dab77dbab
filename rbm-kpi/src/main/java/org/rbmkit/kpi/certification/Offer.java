package org.rbmkit.kpi.certification;

import org.rbmkit.core.text.Coded;

/**
 * Whether an activity is open to anyone or tailor-made for a sponsor (seed 003 l.2434–2437).
 *
 * <p>Codes are stable and used in CSV and JSON; never persist {@code ordinal()}.
 */
public enum Offer implements Coded {
  /** An open course: participants enrol themselves. */
  OPEN("open"),
  /** Tailor-made ("sur mesure"): a sponsor bears the costs, access is free for learners. */
  TAILOR_MADE("tailor-made");

  private final String code;

  Offer(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code tailor-made}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static Offer fromCode(String code) {
    return Coded.fromCode(Offer.class, code, "offer");
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
