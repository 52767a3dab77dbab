package org.rbmkit.kpi.workforce;

import org.rbmkit.core.text.Coded;

/** The kind of appointment a staff member holds. */
public enum ContractType implements Coded {
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
    return Coded.fromCode(ContractType.class, code, "contract type");
  }
}
