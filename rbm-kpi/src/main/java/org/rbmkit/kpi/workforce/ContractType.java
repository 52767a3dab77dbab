package org.rbmkit.kpi.workforce;

/** The kind of appointment a staff member holds. */
public enum ContractType {
  /** A fixed-term appointment ("contrat de durée déterminée"). */
  FIXED_TERM("fixed-term"),
  /** A short-term appointment ("contrat de courte durée"). */
  SHORT_TERM("short-term"),
  /** Any other appointment: continuing, temporary, secondment. */
  OTHER("other");

  private final String code;

  ContractType(String code) {
    this.code = code;
  }

  /** The stable code used in JSON, such as {@code fixed-term}. */
  public String code() {
    return code;
  }

  /**
   * The contract type with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static ContractType fromCode(String code) {
    for (ContractType c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "contract type \"" + Texts.shorten(code) + "\" is not one of fixed-term, short-term, other");
  }
}
