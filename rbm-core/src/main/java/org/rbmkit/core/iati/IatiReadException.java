package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.rbmkit.core.problem.Location;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;
import org.rbmkit.core.problem.Severity;

/**
 * Thrown when an IATI document cannot be read: hostile or malformed XML, a size or depth limit
 * exceeded, or, in strict mode, the first structural error; carries that one {@link Problem}.
 *
 * <pre>{@code
 * try {
 *   IatiReader.strict().read(in, activities::add);
 * } catch (IatiReadException e) {
 *   e.problems().get(0).code();   // iati.structure.missing, iati.limit.size, iati.xml.malformed…
 *   e.activity();                  // Optional[AA-1]: the activity of a structural error
 * }
 * }</pre>
 *
 * <p>The message names the activity, when there is one, then the problem: {@code activity AA-1
 * has 1 problem: /iati-activities/iati-activity[1]/result[1]/indicator[1] (line 23): missing
 * required attribute @measure of <indicator>}.
 */
public final class IatiReadException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private static final String DOCUMENT = "the IATI document";

  /** The activity's identifier, or null when the failure is not inside an activity. */
  private final String activity;

  /** A failure of the document as a whole: its code, element path (or "") and message. */
  IatiReadException(String code, String path, long line, String message, Throwable cause) {
    super(
        DOCUMENT,
        List.of(
            new Problem(
                Location.element(path, line), Severity.ERROR, code, Optional.empty(), message)));
    this.activity = null;
    if (cause != null) {
      initCause(cause);
    }
  }

  /** A failure of the document as a whole, at no particular element. */
  IatiReadException(String code, String message, Throwable cause) {
    this(code, "", 0, message, cause);
  }

  /** The structural error that stopped strict reading, in the activity {@code activity}. */
  IatiReadException(String activity, Problem problem) {
    super(
        checkNotNull(activity, "activity").isEmpty() ? DOCUMENT : "activity " + activity,
        List.of(problem));
    this.activity = activity.isEmpty() ? null : activity;
  }

  /**
   * The identifier of the activity whose structural error stopped strict reading ({@code
   * (activity N)} when it has none); empty for failures of the document as a whole.
   */
  public Optional<String> activity() {
    return Optional.ofNullable(activity);
  }
}
