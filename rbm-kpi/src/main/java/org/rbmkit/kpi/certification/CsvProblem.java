package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem found in a CSV file: where it is and what is wrong.
 *
 * <pre>{@code
 * problem.toString();
 * // "line 12, column 6 (modality): \"online\" is not one of face-to-face-campus, ..."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the 1-based line where the row starts (the header is line 1)
 * @param column the 1-based column, or 0 when the problem concerns the whole row
 * @param columnName the column's header name, or {@code (row)} for the whole row
 * @param value the offending value as read, possibly empty
 * @param message what is wrong
 */
public record CsvProblem(long line, int column, String columnName, String value, String message) {

  /** Validates the components. */
  public CsvProblem {
    checkArgument(line >= 1, "line %s is not positive", line);
    checkArgument(column >= 0, "column %s is negative", column);
    checkNotNull(columnName, "columnName");
    checkNotNull(value, "value");
    checkNotNull(message, "message");
  }

  /** {@code line 12, column 6 (modality): message}. */
  @Override
  public String toString() {
    return column == 0
        ? "line " + line + ": " + message
        : "line " + line + ", column " + column + " (" + columnName + "): " + message;
  }
}
