package org.rbmkit.core.document;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem found in a document: where it is and what is wrong.
 *
 * <pre>{@code
 * Violation v = new Violation("roots[2].indicators[0].targets[1].value",
 *     "a percentage indicator takes a decimal value, not a ratio");
 * v.toString();   // "roots[2].indicators[0].targets[1].value: a percentage indicator takes …"
 * }</pre>
 *
 * <p>The path uses the document's JSON property names, with list indices in brackets; the empty
 * path is the document itself. Immutable and thread-safe.
 *
 * @param path where the problem is, such as {@code roots[0].children[2].code}
 * @param message what is wrong, naming the offending value
 */
public record Violation(String path, String message) implements Comparable<Violation> {

  /** Checks the components. */
  public Violation {
    checkNotNull(path, "path");
    checkNotNull(message, "message");
  }

  /** Orders by path, then message. */
  @Override
  public int compareTo(Violation o) {
    int c = path.compareTo(o.path);
    return c != 0 ? c : message.compareTo(o.message);
  }

  /** {@code path: message}, or the message alone for the document itself. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
