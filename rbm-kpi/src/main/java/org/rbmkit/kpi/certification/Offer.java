package org.rbmkit.kpi.certification;

/**
 * Whether an activity is open to anyone or tailor-made for a sponsor (seed 003 l.2434–2437).
 *
 * <p>Codes are stable and used in CSV and JSON; never persist {@code ordinal()}.
 */
public enum Offer {
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
    for (Offer v : values()) {
      if (v.code.equals(code)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "offer \"" + code + "\" is not one of open, tailor-made");
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
