package org.rbmkit.core.problem;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/**
 * Thrown when an input has problems; carries every one of them, in document order, not only the
 * first. The readers' own exceptions extend it, so one {@code catch} serves every format.
 *
 * <pre>{@code
 * try {
 *   ResultsFramework f = RbmJson.mapper().readValue(json, ResultsFramework.class);
 * } catch (ProblemException e) {
 *   e.problems().forEach(System.err::println);   // roots[0].code: ...
 * }
 * }</pre>
 *
 * <p>The message lists at most {@value #MAX_LISTED} problems; {@link #problems()} has them all.
 */
public class ProblemException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The most problems the message lists. */
  public static final int MAX_LISTED = 50;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Problem> problems;

  /**
   * An exception for the given problems, at least one.
   *
   * @param subject what has the problems, such as {@code framework.json} or {@code the budget
   *     document}; it starts the message
   * @param problems the problems, in any order; they are kept sorted in document order
   */
  public ProblemException(String subject, Iterable<Problem> problems) {
    this(checkNotNull(subject, "subject"), ImmutableList.sortedCopyOf(problems));
  }

  private ProblemException(String subject, ImmutableList<Problem> problems) {
    super(message(subject, problems));
    checkArgument(!problems.isEmpty(), "no problems");
    this.problems = problems;
  }

  /** Every problem, in document order. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String message(String subject, ImmutableList<Problem> problems) {
    String listed =
        problems.stream().limit(MAX_LISTED).map(Problem::toString).collect(Collectors.joining("; "));
    int more = problems.size() - MAX_LISTED;
    return subject
        + " has "
        + problems.size()
        + (problems.size() == 1 ? " problem: " : " problems: ")
        + listed
        + (more > 0 ? "; and " + more + " more" : "");
  }
}
