package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * A CSV row that was not counted, with every problem found in it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the 1-based line where the row starts
 * @param problems the problems, at least one, in column order
 */
public record RejectedRow(long line, ImmutableList<CsvProblem> problems) {

  /** Copies and validates the problems. */
  public RejectedRow {
    checkArgument(line >= 1, "line %s is not positive", line);
    problems = ImmutableList.copyOf(checkNotNull(problems, "problems"));
    checkArgument(!problems.isEmpty(), "a rejected row at line %s has no problem", line);
  }

  /** The problems, separated by {@code "; "}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (CsvProblem p : problems) {
      if (s.length() > 0) {
        s.append("; ");
      }
      s.append(p);
    }
    return s.toString();
  }
}
