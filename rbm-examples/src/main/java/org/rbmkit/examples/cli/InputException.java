package org.rbmkit.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Input the {@code rbm} command cannot use: a missing or unreadable file, malformed JSON or CSV,
 * or a document that fails validation. The message names the file, the line or JSON path, and
 * the problem; the command exits with {@link Rbm#EXIT_INVALID}.
 *
 * <pre>{@code
 * throw new InputException("budget.json:12:7: at $.lines[2].kind: unknown line kind \"cost\"");
 * }</pre>
 */
public final class InputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** An exception with the given message, which names the place and the problem. */
  public InputException(String message) {
    super(checkNotNull(message, "message"));
  }

  /** An exception with the given message and cause. */
  public InputException(String message, Throwable cause) {
    super(checkNotNull(message, "message"), cause);
  }
}
