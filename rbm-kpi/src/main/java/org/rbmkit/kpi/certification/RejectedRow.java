package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.rbmkit.core.problem.Problem;

/**
 * A row of an enrolment CSV file rejected in lenient mode, with every problem found in it.
 *
 * <pre>{@code
 * row.toString();
 * // "line 7, column 6 (modality): modality \"online\" is not one of ...; line 7, column 11 ..."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the 1-based line where the row starts
 * @param problems at least one problem, each located by line and column
 */
public record RejectedRow(long line, ImmutableList<Problem> problems) {

  /** Validates the components. */
  public RejectedRow {
    checkArgument(line >= 1, "line %s is not positive", line);
    problems = ImmutableList.copyOf(checkNotNull(problems, "problems"));
    checkArgument(!problems.isEmpty(), "a rejected row at line %s has no problem", line);
  }

  /** The problems, joined by {@code "; "}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (Problem p : problems) {
      if (s.length() > 0) {
        s.append("; ");
      }
      s.append(p);
    }
    return s.toString();
  }
}
