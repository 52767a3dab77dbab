package org.rbmkit.core.document;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;

/**
 * Thrown when a document checked as a whole has problems; carries every one of them, in document
 * order, not only the first. A {@link ProblemException}, so one {@code catch} serves every
 * reader.
 *
 * <pre>{@code
 * try {
 *   DocumentValidator.requireValid(doc);
 * } catch (ProblemException e) {
 *   e.problems().forEach(System.err::println);   // roots[0].code: ...
 * }
 * }</pre>
 */
public final class InvalidDocumentException extends ProblemException {

  private static final long serialVersionUID = 1L;

  /** The problems in the older form, in the order given; empty when given as problems. */
  @SuppressWarnings({"serial", "removal"}) // ImmutableList is serializable
  private final ImmutableList<Violation> given;

  /**
   * An exception for the given problems, at least one.
   *
   * @param document what has the problems, such as {@code ResultsFrameworkDocument}
   */
  public InvalidDocumentException(String document, Iterable<Problem> problems) {
    super(document, problems);
    this.given = ImmutableList.of();
  }

  /**
   * An exception for problems given in the older form.
   *
   * @deprecated give {@link Problem}s, which carry a stable code
   */
  @Deprecated(forRemoval = true)
  @SuppressWarnings("removal")
  public InvalidDocumentException(String document, Collection<Violation> violations) {
    super(document, violations.stream().map(Violation::toProblem).toList());
    this.given = ImmutableList.copyOf(violations);
  }

  /**
   * Every problem in the older form: as given to the older constructor, or else in document
   * order.
   *
   * @deprecated use {@link #problems()}
   */
  @Deprecated(forRemoval = true)
  @SuppressWarnings("removal")
  public ImmutableList<Violation> violations() {
    if (!given.isEmpty()) {
      return given;
    }
    return problems().stream()
        .map(p -> new Violation(p.location().path(), p.message()))
        .collect(ImmutableList.toImmutableList());
  }
}
