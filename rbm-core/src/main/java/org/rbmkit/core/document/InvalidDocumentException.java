package org.rbmkit.core.document;

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

  /**
   * An exception for the given problems, at least one.
   *
   * @param document what has the problems, such as {@code ResultsFrameworkDocument}
   */
  public InvalidDocumentException(String document, Iterable<Problem> problems) {
    super(document, problems);
  }
}
