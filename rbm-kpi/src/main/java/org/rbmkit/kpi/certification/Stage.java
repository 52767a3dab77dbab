package org.rbmkit.kpi.certification;

import org.rbmkit.core.text.Coded;

/**
 * How far an enrolment has gone: enrolled, completed, credential earned, credential accessed.
 *
 * <p>The stages are cumulative: an enrolment that reached a stage has reached every stage before
 * it (a credential is earned only after completion, and accessed only after it was earned). The
 * status of an {@link Enrolment} is the furthest stage it reached. {@link #depth()} orders the
 * stages; codes are stable; never persist {@code ordinal()}.
 */
public enum Stage implements Coded {
  /** Registered in a cohort. */
  ENROLLED("enrolled", 0),
  /** Finished the activity. */
  COMPLETED("completed", 1),
  /** Credential earned: granted automatically or after assessment. */
  CREDENTIAL_EARNED("credential-earned", 2),
  /** Credential accessed: the digital credential was opened or downloaded. */
  CREDENTIAL_ACCESSED("credential-accessed", 3);

  private final String code;
  private final int depth;

  Stage(String code, int depth) {
    this.code = code;
    this.depth = depth;
  }

  /** The stable code, such as {@code credential-earned}. */
  public String code() {
    return code;
  }

  /** The position in the sequence: 0 for enrolled up to 3 for accessed. */
  public int depth() {
    return depth;
  }

  /** Whether an enrolment at this stage has also reached {@code other}. */
  public boolean hasReached(Stage other) {
    return depth >= other.depth;
  }

  /** The further of two stages. */
  public static Stage furthest(Stage a, Stage b) {
    return a.depth >= b.depth ? a : b;
  }

  /**
   * The stage with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static Stage fromCode(String code) {
    return Coded.fromCode(Stage.class, code, "stage");
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
