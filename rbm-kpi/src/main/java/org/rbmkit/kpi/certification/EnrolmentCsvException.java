package org.rbmkit.kpi.certification;

import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;

/**
 * An enrolment CSV file that cannot be read: a bad header, malformed CSV, or, in strict mode, the
 * first bad row. Its {@link #problems()} carry each problem's line, column and column name
 * ({@link org.rbmkit.core.problem.Location#line}), the value as shown, a stable code and the
 * message; the message lists them.
 *
 * <pre>{@code
 * try {
 *   EnrolmentCsvReader.strict().read(in, tally::add);
 * } catch (EnrolmentCsvException e) {
 *   e.problems().get(0).code();       // csv.value.enum
 *   e.problems().get(0).toString();   // line 3, column 6 (modality): modality "online" is not ...
 * }
 * }</pre>
 *
 * <p>Codes: {@code csv.header.unknown}, {@code csv.header.repeated}, {@code csv.header.missing},
 * {@code csv.malformed}, {@code csv.row.width}, {@code csv.row.values}, {@code
 * csv.row.duplicate}, {@code csv.row.activity}, {@code csv.row.cohort}, {@code
 * csv.value.missing}, {@code csv.value.id}, {@code csv.value.control}, {@code csv.value.enum},
 * {@code csv.value.decimal}, {@code csv.value.date}, {@code csv.value.dates}, {@code
 * csv.value.encoding}. A catch of {@link ProblemException} catches it with the other readers'.
 */
public final class EnrolmentCsvException extends ProblemException {

  private static final long serialVersionUID = 1L;

  EnrolmentCsvException(Iterable<Problem> problems) {
    super("enrolment CSV", problems);
  }
}
