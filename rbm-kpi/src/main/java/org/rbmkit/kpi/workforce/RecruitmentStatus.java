package org.rbmkit.kpi.workforce;

import org.rbmkit.core.text.Coded;

/** Whether a staff member was recruited locally or internationally ("statut local ou international"). */
public enum RecruitmentStatus implements Coded {
  /** Locally recruited. */
  LOCAL("local"),
  /** Internationally recruited. */
  INTERNATIONAL("international");

  private final String code;

  RecruitmentStatus(String code) {
    this.code = code;
  }

  /** The stable code used in JSON, such as {@code international}. */
  public String code() {
    return code;
  }

  /**
   * The status with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static RecruitmentStatus fromCode(String code) {
    return Coded.fromCode(RecruitmentStatus.class, code, "recruitment status");
  }
}
