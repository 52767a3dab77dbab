package org.rbmkit.core.document;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/**
 * Thrown when a document has problems; carries every one of them, not only the first.
 *
 * <pre>{@code
 * try {
 *   DocumentValidator.requireValid(doc);
 * } catch (InvalidDocumentException e) {
 *   e.violations().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class InvalidDocumentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The most violations the message lists; {@link #violations()} has them all. */
  public static final int MAX_LISTED = 50;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Violation> violations;

  /** An exception for the given violations, at least one. */
  public InvalidDocumentException(String document, Iterable<Violation> violations) {
    this(document, ImmutableList.copyOf(violations));
  }

  private InvalidDocumentException(String document, ImmutableList<Violation> violations) {
    super(message(document, violations));
    checkArgument(!violations.isEmpty(), "no violations");
    this.violations = violations;
  }

  /** Every violation, ordered by path. */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  private static String message(String document, ImmutableList<Violation> violations) {
    String listed =
        violations.stream().limit(MAX_LISTED).map(Violation::toString).collect(Collectors.joining("; "));
    int more = violations.size() - MAX_LISTED;
    return document
        + " has "
        + violations.size()
        + (violations.size() == 1 ? " problem: " : " problems: ")
        + listed
        + (more > 0 ? "; and " + more + " more" : "");
  }
}
