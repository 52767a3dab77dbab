package org.rbmkit.kpi.workforce;

/** How a member state's nationals compare with its desirable range. */
public enum RepresentationStatus {
  /** No national on the staff ("non représenté"). */
  UNREPRESENTED("unrepresented"),
  /** Fewer nationals than the lower bound ("sous-représenté"). */
  UNDER_REPRESENTED("under-represented"),
  /** Within the desirable range. */
  WITHIN_RANGE("within-range"),
  /** More nationals than the upper bound ("surreprésenté"). */
  OVER_REPRESENTED("over-represented");

  private final String code;

  RepresentationStatus(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code under-represented}. */
  public String code() {
    return code;
  }
}
