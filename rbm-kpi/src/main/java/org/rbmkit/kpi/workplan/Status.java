package org.rbmkit.kpi.workplan;

import org.rbmkit.core.text.Coded;

/** The state of a workplan objective or milestone. */
public enum Status implements Coded {
  /** Work has not begun. */
  NOT_STARTED("not-started"),
  /** Work is under way. */
  IN_PROGRESS("in-progress"),
  /** Work is done. */
  COMPLETED("completed"),
  /** Work is paused. */
  ON_HOLD("on-hold"),
  /** Work was dropped; never overdue. */
  CANCELLED("cancelled"),
  /** No status was reported, as in a plan published before work began. */
  NOT_REPORTED("not-reported");

  /** The accepted codes. */
  public static final String ACCEPTED_CODES =
      "not-started, in-progress, completed, on-hold, cancelled, not-reported";

  private final String code;

  Status(String code) {
    this.code = code;
  }

  /** The stable code used in JSON, such as {@code in-progress}. */
  public String code() {
    return code;
  }

  /** Whether work in this status is finished (completed or cancelled) and can no longer be late. */
  public boolean isClosed() {
    return this == COMPLETED || this == CANCELLED;
  }

  /**
   * The status with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing {@link #ACCEPTED_CODES}
   */
  public static Status fromCode(String code) {
    return Coded.fromCode(Status.class, code, "status");
  }
}
