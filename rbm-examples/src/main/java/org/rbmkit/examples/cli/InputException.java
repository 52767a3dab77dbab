package org.rbmkit.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.rbmkit.core.problem.Problem;

/**
 * Input the {@code rbm} command cannot use: a missing or unreadable file, malformed JSON or CSV,
 * or a document that fails validation. The message names the file, the line or JSON path, and
 * the problem; a document checked as a whole also carries its {@link Problem}s (location, code,
 * value, message), which {@code --format json} writes as an error document. The command exits
 * with {@link Rbm#EXIT_INVALID}.
 *
 * <pre>{@code
 * throw new InputException("budget.json:12:7: at $.lines[2].kind: unknown line kind \"cost\"");
 * }</pre>
 */
public final class InputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Problem> problems;

  /** An exception with the given message, which names the place and the problem. */
  public InputException(String message) {
    this(message, null, ImmutableList.of());
  }

  /** An exception with the given message and cause. */
  public InputException(String message, Throwable cause) {
    this(message, cause, ImmutableList.of());
  }

  /**
   * An exception with the given message and cause, carrying the problems of a document checked
   * as a whole, each located in the file (a JSON path from the document's root).
   */
  public InputException(String message, Throwable cause, Iterable<Problem> problems) {
    super(checkNotNull(message, "message"), cause);
    this.problems = ImmutableList.copyOf(problems);
  }

  /** The problems of a document checked as a whole, in document order; empty otherwise. */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
