package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * What a pass over an enrolment CSV file did: rows read, counted and rejected, and the rejected
 * rows themselves (the first ones, up to the reader's limit; every one went to its listener).
 *
 * <pre>{@code
 * EnrolmentCsvReport r = reader.read(in, tally::add);
 * r.rowsRead() == r.rowsAccepted() + r.rowsRejected();   // always
 * r.rejectedRowsTruncated();   // true if more rows were rejected than kept in rejectedRows()
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param rowsRead data rows read, after the header
 * @param rowsAccepted rows passed on
 * @param rowsRejected rows rejected, each reported
 * @param rejectedRows the first rejected rows, in file order
 */
public record EnrolmentCsvReport(
    long rowsRead, long rowsAccepted, long rowsRejected, ImmutableList<RejectedRow> rejectedRows) {

  /** Validates the counts. */
  public EnrolmentCsvReport {
    rejectedRows = ImmutableList.copyOf(checkNotNull(rejectedRows, "rejectedRows"));
    checkArgument(
        rowsAccepted >= 0 && rowsRejected >= 0 && rowsRead == rowsAccepted + rowsRejected,
        "rowsRead %s is not rowsAccepted %s + rowsRejected %s",
        rowsRead,
        rowsAccepted,
        rowsRejected);
    checkArgument(
        rejectedRows.size() <= rowsRejected,
        "%s rejected rows kept but only %s rejected",
        rejectedRows.size(),
        rowsRejected);
  }

  /** Whether more rows were rejected than {@link #rejectedRows()} holds. */
  public boolean rejectedRowsTruncated() {
    return rejectedRows.size() < rowsRejected;
  }
}
