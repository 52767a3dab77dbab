package org.rbmkit.core.problem;

/**
 * How serious a {@link Problem} is.
 *
 * <pre>{@code
 * problem.severity().isError();   // true for ERROR only
 * }</pre>
 */
public enum Severity {
  /** The input is wrong: a strict reader rejects it. */
  ERROR,
  /** The input is readable but breaks a rule a publisher should follow. */
  WARNING,
  /** Something worth knowing, such as content the model does not carry. */
  INFO;

  /** Whether this is {@link #ERROR}. */
  public boolean isError() {
    return this == ERROR;
  }
}
