package org.rbmkit.core.iati;

import java.util.Optional;

/**
 * Thrown when an IATI document cannot be read: hostile or malformed XML, a size or depth limit
 * exceeded, or, in strict mode, the first structural error.
 *
 * <pre>{@code
 * try {
 *   IatiReader.strict().read(in, activities::add);
 * } catch (IatiReadException e) {
 *   e.problem();   // the structural error, with activity and path, when there is one
 * }
 * }</pre>
 */
public final class IatiReadException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problem, when the failure is a structural error of an activity. */
  private final transient IatiProblem problem;

  IatiReadException(String message, Throwable cause) {
    super(message, cause);
    this.problem = null;
  }

  IatiReadException(IatiProblem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  /** The structural error that stopped strict reading; empty for other failures. */
  public Optional<IatiProblem> problem() {
    return Optional.ofNullable(problem);
  }
}
