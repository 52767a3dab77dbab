package org.rbmkit.budget.check;

import org.rbmkit.core.text.Coded;

/** What a consistency finding is about. */
public enum FindingKind implements Coded {
  /** A printed subtotal, total or balance differs from the sum of its printed components. */
  TOTAL("total"),
  /** A figure differs from the figure another table gives for the same thing. */
  CROSS_REFERENCE("cross-reference"),
  /** A printed closing balance differs from opening + additions − use. */
  RESERVE_MOVEMENT("reserve-movement"),
  /** A percentage stated in the text differs from the figures under its rounding rule. */
  PERCENTAGE_CLAIM("percentage-claim"),
  /**
   * Another claim of the text (an absolute change, an amount, a real change or a count) does not
   * hold under its rule.
   */
  CLAIM("claim"),

  /** A budget line's figure differs from the sum of the planned allocations drawing on it. */
  ALLOCATION("allocation");

  private final String code;

  FindingKind(String code) {
    this.code = code;
  }

  /** The stable code used in JSON and reports, such as {@code cross-reference}. */
  public String code() {
    return code;
  }

  /**
   * The kind with the given code.
   *
   * @throws IllegalArgumentException naming the code and the accepted ones
   */
  public static FindingKind fromCode(String code) {
    return Coded.fromCode(FindingKind.class, code, "finding kind");
  }
}
