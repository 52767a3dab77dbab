package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * An enrolment CSV file that cannot be read: a bad header, malformed CSV, or, in strict mode, the
 * first bad row. The message lists every problem with its line and column.
 */
public final class EnrolmentCsvException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<CsvProblem> problems;

  EnrolmentCsvException(ImmutableList<CsvProblem> problems, Throwable cause) {
    super(message(problems), cause);
    checkArgument(!problems.isEmpty(), "no problem");
    this.problems = problems;
  }

  private static String message(ImmutableList<CsvProblem> problems) {
    StringBuilder s = new StringBuilder("enrolment CSV rejected: ");
    for (int i = 0; i < problems.size(); i++) {
      if (i > 0) {
        s.append("; ");
      }
      s.append(problems.get(i));
    }
    return s.toString();
  }

  /** The problems, at least one. */
  public ImmutableList<CsvProblem> problems() {
    return problems;
  }
}
