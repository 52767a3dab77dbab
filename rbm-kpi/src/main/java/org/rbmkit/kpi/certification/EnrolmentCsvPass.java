package org.rbmkit.kpi.certification;

import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.rbmkit.core.problem.Location;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvColumn;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvReport;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.RejectedRow;

/**
 * One read of enrolment CSV bytes, of a whole input or of one byte range of a file: tokenizes
 * the rows, has each checked, passes the good ones on and deals with the bad ones as the
 * settings say.
 *
 * <pre>{@code
 * EnrolmentCsvPass pass = new EnrolmentCsvPass(settings, tally::add);
 * pass.run(in);
 * EnrolmentCsvReport report = pass.report();
 * }</pre>
 *
 * <p>Not thread-safe: one pass per read or range.
 */
final class EnrolmentCsvPass {

  private final ReadSettings settings;
  private final Consumer<? super Enrolment> sink;
  /**
   * For the read of one range of a file: set when some range failed; the first bad row of this
   * range fails it too. {@code null} for a whole read.
   */
  private final AtomicBoolean stop;
  /** Whether the first row is the header, already read: the first range of a file. */
  private boolean skipHeader;
  private final EnrolmentRows rows;
  private final List<RejectedRow> kept = new ArrayList<>();
  private long accepted;
  private long rejected;

  /** A whole read. */
  EnrolmentCsvPass(ReadSettings settings, Consumer<? super Enrolment> sink) {
    this.settings = settings;
    this.sink = sink;
    this.stop = null;
    this.rows = new EnrolmentRows(settings.newIdIndex());
  }

  /** The read of one range of a file, with the header's layout read before by {@code header}. */
  EnrolmentCsvPass(ReadSettings settings, Consumer<? super Enrolment> sink, AtomicBoolean stop,
      EnrolmentCsvPass header, boolean skipHeader) {
    this.settings = settings;
    this.sink = sink;
    this.stop = stop;
    this.skipHeader = skipHeader;
    this.rows = new EnrolmentRows(settings.newIdIndex(), header.rows);
  }

  /** The row checks, with what they saw. */
  EnrolmentRows rows() {
    return rows;
  }

  /** Rows accepted so far. */
  long accepted() {
    return accepted;
  }

  /** Whether the header was read. */
  boolean hasHeader() {
    return rows.hasHeader();
  }

  /** The report of the rows read so far. */
  EnrolmentCsvReport report() {
    return new EnrolmentCsvReport(accepted + rejected, accepted, rejected, ImmutableList.copyOf(kept));
  }

  /**
   * Reads every row of {@code in}, or only the header if {@code headerOnly}.
   *
   * @throws EnrolmentCsvException for a bad header, malformed CSV or, in strict mode, a bad row
   * @throws RangeFailed on a range, for any bad row or malformed CSV
   */
  void run(InputStream in, boolean headerOnly) {
    EnrolmentCsvTokenizer t = new EnrolmentCsvTokenizer(in, settings.maxRowWidth());
    try {
      while (true) {
        if (stop != null && stop.get()) {
          // another range failed: this one's rows will not be used
          throw new RangeFailed();
        }
        if (!t.next()) {
          break;
        }
        if (skipHeader) {
          skipHeader = false;
          continue;
        }
        long line = t.rowLine();
        if (t.width() > settings.maxRowWidth()) {
          Problem tooWide = Problem.error(Location.line(line, 0, ""), "csv.row.width", t.width()
              + " values, more than the limit of " + settings.maxRowWidth() + " (maxRowWidth)");
          if (!rows.hasHeader()) {
            throw new EnrolmentCsvException(ImmutableList.of(tooWide));
          }
          reject(new RejectedRow(line, ImmutableList.of(tooWide)));
          continue;
        }
        if (!rows.hasHeader()) {
          rows.header(t.values(), line);
          if (headerOnly) {
            return;
          }
          continue;
        }
        // most rows are known good by their bytes; the others are decoded and checked whole
        Enrolment e = rows.parseKnown(t, line);
        if (e == null) {
          List<Problem> problems = new ArrayList<>(2);
          e = rows.parse(t.values(), t.kept(), line, problems);
          if (e == null) {
            reject(new RejectedRow(line, ImmutableList.copyOf(problems)));
            continue;
          }
          rows.accepted(t, e);
        }
        accepted++;
        sink.accept(e);
      }
    } catch (EnrolmentCsvTokenizer.Malformed m) {
      if (stop != null) {
        // such as a range that ends inside quotes: the whole read reports what is wrong
        throw new RangeFailed();
      }
      throw new EnrolmentCsvException(ImmutableList.of(Problem.error(
          Location.line(m.line, m.column, rows.columnName(m.column)), "csv.malformed",
          "malformed CSV: " + m.getMessage())));
    }
    if (!rows.hasHeader() && stop == null) {
      throw new EnrolmentCsvException(ImmutableList.of(Problem.error(Location.line(1, 0, ""),
          "csv.header.missing", "no header line: expected " + EnrolmentCsvColumn.headerLine())));
    }
  }

  private void reject(RejectedRow row) {
    if (stop != null) {
      // a bad row in a range: the whole file is read again, as one, to report it
      throw new RangeFailed();
    }
    if (settings.strict()) {
      throw new EnrolmentCsvException(row.problems());
    }
    rejected++;
    if (kept.size() < settings.keepRejectedRows()) {
      kept.add(row);
    }
    settings.onRejected().accept(row);
  }

  /** Signals that a range of a parallel read failed; no stack trace. */
  static final class RangeFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RangeFailed() {
      super("range failed", null, false, false);
    }
  }
}
