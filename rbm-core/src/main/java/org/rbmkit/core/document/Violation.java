package org.rbmkit.core.document;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem found in a document, in the older form without a code: where it is and what is
 * wrong.
 *
 * <pre>{@code
 * new Violation("lines[3].fund", "unknown fund nowhere").toProblem();
 * // a Problem at lines[3].fund, code document.invalid
 * }</pre>
 *
 * @param path where the problem is, such as {@code roots[0].children[2].code}
 * @param message what is wrong, naming the offending value
 * @deprecated use {@link org.rbmkit.core.problem.Problem}, which carries a stable code and the
 *     offending value; kept only until the budget documents report {@code Problem}s
 */
@Deprecated(forRemoval = true)
public record Violation(String path, String message) implements Comparable<Violation> {

  /** Checks the components. */
  public Violation {
    checkNotNull(path, "path");
    checkNotNull(message, "message");
  }

  /** This violation as a {@link org.rbmkit.core.problem.Problem} with the code {@code document.invalid}. */
  public org.rbmkit.core.problem.Problem toProblem() {
    return org.rbmkit.core.problem.Problem.error(
        org.rbmkit.core.problem.Location.path(path), "document.invalid", message);
  }

  /** Orders by path, as {@link org.rbmkit.core.problem.Location} does, then message. */
  @Override
  public int compareTo(Violation o) {
    int c = org.rbmkit.core.problem.Location.path(path).compareTo(org.rbmkit.core.problem.Location.path(o.path));
    return c != 0 ? c : message.compareTo(o.message);
  }

  /** {@code path: message}, or the message alone for the document itself. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
