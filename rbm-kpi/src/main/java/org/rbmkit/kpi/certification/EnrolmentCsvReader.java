package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collector;
import org.rbmkit.core.problem.Problem;

/**
 * Streams enrolments from a CSV file in one pass, validating every row.
 *
 * <pre>{@code
 * CertificationTally tally = CertificationTally.byEnrolments(MODALITY, CREDENTIAL, PRICING);
 * EnrolmentCsvReport report = EnrolmentCsvReader.strict().read(reader, tally::add);
 * Breakdown b = tally.toBreakdown();
 * }</pre>
 *
 * <p><b>Format.</b> RFC 4180 CSV, read as bytes by the library's tokenizer for this one format
 * (comma-separated, double quotes for values with commas, quotes or line breaks, {@code ""} for
 * a quote inside quotes; a quote inside an unquoted value is an ordinary character). The first line is the header: every
 * {@link EnrolmentCsvColumn} exactly once, in any order, and nothing else. Then one row per
 * enrolment; lines end with LF, CRLF or CR; a byte-order mark before the header is ignored. Values
 * are taken as written: no trimming, no defaults. A row's line number is the
 * line where it starts, the header being line 1.
 *
 * <p><b>Validation.</b> Each row is checked whole and every problem reported with line, column
 * and value: a wrong number of values, a missing or blank identifier, an identifier holding a
 * control character (U+0000–U+001F or U+007F, quoted or not; the message escapes it), an
 * unknown or missing code, a malformed date or number, a completion before enrolment, a credential earned without
 * completion or accessed without being earned, an activity described differently than on an
 * earlier line (programme, modality, offer, pricing, hours or credential), a cohort of another
 * activity than on an earlier line, and, when {@link Builder#detectDuplicateIds
 * detectDuplicateIds} is on, an enrolment id seen on an earlier line (even on a rejected one). In {@link Mode#STRICT}
 * mode the first bad row ends the read with an {@link EnrolmentCsvException}; in {@link
 * Mode#LENIENT} mode bad rows are skipped, counted, passed to the listener and the first ones
 * (up to {@link Builder#keepRejectedRows}) kept in the report: never silently dropped. A bad
 * header or malformed CSV (an unclosed quote, or a character other than a comma or line break
 * after a closing quote) always ends the read.
 *
 * <p><b>Limits.</b> A row has at most {@link Builder#maxRowWidth} values (default {@value
 * #DEFAULT_MAX_ROW_WIDTH}): a wider row is a bad row, and its extra values are counted, not
 * kept. A value has at most {@value #MAX_VALUE_LENGTH} characters: a longer one (say, an
 * unclosed quote swallowing the rest of the file) is malformed CSV. Bytes given to {@link
 * #read(InputStream, Consumer)} must be UTF-8: the decoder turns any other byte into U+FFFD, the
 * replacement character, and a value holding U+FFFD is a bad value (named with its line and
 * column), so text damaged by a wrong encoding never passes as data; text given to {@link
 * #read(Reader, Consumer)} is encoded as UTF-8 for the tokenizer, a lone surrogate becoming
 * U+FFFD likewise.
 *
 * <p><b>Memory.</b> Rows are read one at a time and not kept: with duplicate detection off,
 * memory does not grow with the number of rows; it holds one entry per distinct activity and per
 * distinct cohort (to check they are described consistently), and the consumer decides what it
 * keeps (a {@link CertificationTally} keeps one entry per group). Duplicate detection, on by default, keeps
 * every enrolment id seen with its line: about {@code 100 + 2 × (id length)} bytes per row on a
 * 64-bit JVM (a 1,000,000-row file with 10-character ids needs about 120 MB). Turn it off for
 * files whose ids are unique by construction, or check them elsewhere.
 *
 * <p><b>Parallel read.</b> {@link #collect(Path, Collector)} reads a large file in byte ranges
 * on parallel threads into a {@link Collector}'s result, with exactly the result and report of
 * a sequential read: when any range meets a bad row, malformed CSV, a split inside a quoted
 * value or a conflict with another range, the whole file is read again by one thread (see the
 * method).
 *
 * <p><b>Progress.</b> {@link Builder#onBytesRead onBytesRead} is told the bytes read so far by
 * {@link #read(InputStream, Consumer)} and {@link #collect}, as the read goes on (on the
 * parallel read, the sum over every range, from the threads that read them): with the file size
 * this gives a percentage. When a parallel read falls back to one thread, the count starts again
 * from zero.
 *
 * <p>A reader is immutable and thread-safe; each {@link #read} or {@link #collect} call has its
 * own state.
 */
public final class EnrolmentCsvReader {

  /** What to do with a bad row. */
  public enum Mode {
    /** Throw an {@link EnrolmentCsvException} at the first bad row. */
    STRICT,
    /** Skip, count and report bad rows, and go on. */
    LENIENT
  }

  /** Default number of rejected rows kept in a report. */
  public static final int DEFAULT_KEEP_REJECTED_ROWS = 1000;

  /** Default most values in a row, header included. */
  public static final int DEFAULT_MAX_ROW_WIDTH = 256;

  /** Most characters in one value. */
  public static final int MAX_VALUE_LENGTH = ReadSettings.MAX_VALUE_LENGTH;

  /**
   * Fewest bytes in each range of a parallel {@link #collect}: a file smaller than twice this is
   * read by one thread.
   */
  public static final long DEFAULT_MIN_RANGE_BYTES = 8L << 20;

  private final ReadSettings settings;

  private EnrolmentCsvReader(Builder b) {
    this.settings = new ReadSettings(b.mode == Mode.STRICT, b.detectDuplicateIds,
        b.keepRejectedRows, b.maxRowWidth, b.onRejected, b.onBytesRead, b.ranges, b.minRangeBytes);
  }

  /** A strict reader with duplicate detection on. */
  public static EnrolmentCsvReader strict() {
    return builder().build();
  }

  /** A lenient reader with duplicate detection on. */
  public static EnrolmentCsvReader lenient() {
    return builder().mode(Mode.LENIENT).build();
  }

  /** A builder: strict, duplicate detection on, {@value #DEFAULT_KEEP_REJECTED_ROWS} kept. */
  public static Builder builder() {
    return new Builder();
  }

  /** The documented header line, {@link EnrolmentCsvColumn#headerLine()}. */
  public static String headerLine() {
    return EnrolmentCsvColumn.headerLine();
  }

  /**
   * Reads every row and passes each valid enrolment to {@code sink}, in file order. The reader
   * is read to its end and not closed: the caller owns it. The text is tokenized as its UTF-8
   * bytes: {@link #read(InputStream, Consumer)} on the bytes themselves is faster.
   *
   * @return rows read, accepted and rejected
   * @throws EnrolmentCsvException for a bad header, malformed CSV or, in strict mode, a bad row
   * @throws UncheckedIOException if reading fails
   */
  public EnrolmentCsvReport read(Reader in, Consumer<? super Enrolment> sink) {
    checkNotNull(in, "in");
    checkNotNull(sink, "sink");
    return readBytes(new Utf8Bytes(in), sink);
  }

  /**
   * Reads UTF-8 bytes as {@link #read(Reader, Consumer)} does. A byte sequence that is not UTF-8
   * is decoded as U+FFFD, which makes its row bad (see the class documentation): never silently
   * kept. The stream is read to its end and not closed.
   *
   * @throws EnrolmentCsvException for a bad header, malformed CSV or, in strict mode, a bad row
   * @throws UncheckedIOException if reading fails
   */
  public EnrolmentCsvReport read(InputStream in, Consumer<? super Enrolment> sink) {
    checkNotNull(in, "in");
    checkNotNull(sink, "sink");
    return readBytes(new CountingStream(in, new AtomicLong(), settings.onBytesRead()), sink);
  }

  private EnrolmentCsvReport readBytes(InputStream in, Consumer<? super Enrolment> sink) {
    EnrolmentCsvPass pass = new EnrolmentCsvPass(settings, sink);
    pass.run(in, false);
    return pass.report();
  }

  /**
   * Reads a UTF-8 file into a result, in parallel when the file is large enough: the same result
   * and report as a sequential read of the file, {@link #read(InputStream, Consumer)}, collecting
   * the enrolments in file order.
   *
   * <pre>{@code
   * EnrolmentCsvReader.Collected<Breakdown> c =
   *     reader.collect(path, CertificationTally.collector(false, MODALITY, CREDENTIAL, PRICING));
   * c.result();   // the breakdown
   * c.report();   // rows read, accepted, rejected
   * }</pre>
   *
   * <p><b>How.</b> A file of at least twice {@link #DEFAULT_MIN_RANGE_BYTES} bytes is split into
   * byte ranges, one per available processor, each starting after a line feed. The header is
   * read once, and its column layout used by every range. At most one thread per available
   * processor takes the ranges in turn; each range is read by its own tokenizer into its own
   * container from the collector's supplier; the
   * containers are combined in file order and finished.
   *
   * <p><b>Exactness.</b> The parallel result is used only when all of these hold: every range
   * was read without a bad row, malformed CSV or exception; every range but the last ended at
   * its end outside quotes (its tokenizer reached the end without an open quote; the first range
   * starts where the file does, so by induction every split is a true row boundary, never a line
   * break inside a quoted value); and the ranges agree with each other as one reader would: an
   * activity described equally, a cohort under the same activity, and, when {@link
   * Builder#detectDuplicateIds detectDuplicateIds} is on, no enrolment id in two ranges.
   * Otherwise the partial results are discarded and the whole file is read again by one thread,
   * as {@link #read(InputStream, Consumer)} reads it, so every error, line number, report,
   * rejected row and call of the {@link Builder#onRejected onRejected} listener is exactly that
   * of a sequential read. The collector's supplier and accumulator may thus run for partial
   * results that are then discarded: they must have no effect outside their container, as
   * {@link Collector} requires. Memory: one container per range, and, with duplicate detection,
   * the ids as a sequential read keeps them.
   *
   * @param file a UTF-8 enrolment CSV file
   * @param collector how to collect the enrolments; its combiner is called in file order
   * @return the finished result and the report of the read
   * @throws EnrolmentCsvException for a bad header, malformed CSV or, in strict mode, a bad row
   * @throws UncheckedIOException if the file cannot be opened or read
   */
  public <R> Collected<R> collect(Path file, Collector<? super Enrolment, ?, R> collector) {
    checkNotNull(file, "file");
    checkNotNull(collector, "collector");
    return EnrolmentCsvRanges.collectOrReadWhole(settings, file, collector);
  }

  /**
   * The result of a {@link #collect}, with the report of the read.
   *
   * @param result the collector's finished result
   * @param report rows read, accepted and rejected
   * @param <R> the type of the result
   */
  public record Collected<R>(R result, EnrolmentCsvReport report) {

    /** Validates the components. */
    public Collected {
      checkNotNull(result, "result");
      checkNotNull(report, "report");
    }
  }

  /** Configures a reader; not thread-safe. */
  public static final class Builder {
    private Mode mode = Mode.STRICT;
    private boolean detectDuplicateIds = true;
    private int keepRejectedRows = DEFAULT_KEEP_REJECTED_ROWS;
    private int maxRowWidth = DEFAULT_MAX_ROW_WIDTH;
    private Consumer<? super RejectedRow> onRejected = r -> {};
    private LongConsumer onBytesRead = n -> {};
    private int ranges = Runtime.getRuntime().availableProcessors();
    private long minRangeBytes = DEFAULT_MIN_RANGE_BYTES;

    private Builder() {}

    /**
     * How {@link EnrolmentCsvReader#collect} splits a file: at most {@code ranges} ranges of at
     * least {@code minRangeBytes} bytes each; for tests, which split small files many ways.
     */
    Builder split(int ranges, long minRangeBytes) {
      checkArgument(ranges >= 1, "ranges %s is below 1", ranges);
      checkArgument(minRangeBytes >= 1, "minRangeBytes %s is below 1", minRangeBytes);
      this.ranges = ranges;
      this.minRangeBytes = minRangeBytes;
      return this;
    }

    /** Strict (the default) or lenient. */
    public Builder mode(Mode mode) {
      this.mode = checkNotNull(mode, "mode");
      return this;
    }

    /**
     * Whether to reject a row whose enrolment id appeared on an earlier line (default on). On,
     * memory grows with the number of rows, see the class documentation.
     */
    public Builder detectDuplicateIds(boolean detect) {
      this.detectDuplicateIds = detect;
      return this;
    }

    /** How many rejected rows a lenient report keeps (default 1000); all are counted. */
    public Builder keepRejectedRows(int count) {
      checkArgument(count >= 0, "keepRejectedRows %s is negative", count);
      this.keepRejectedRows = count;
      return this;
    }

    /**
     * Most values a row may have (default {@value EnrolmentCsvReader#DEFAULT_MAX_ROW_WIDTH}); a wider row is a bad
     * row, a wider header ends the read.
     */
    public Builder maxRowWidth(int width) {
      checkArgument(
          width >= EnrolmentCsvColumn.values().length,
          "maxRowWidth %s is below the %s columns of the header",
          width,
          EnrolmentCsvColumn.values().length);
      this.maxRowWidth = width;
      return this;
    }

    /** Called with every rejected row in lenient mode, in file order. */
    public Builder onRejected(Consumer<? super RejectedRow> listener) {
      this.onRejected = checkNotNull(listener, "listener");
      return this;
    }

    /**
     * Called with the bytes read so far as a read goes on, from the thread that read them: on a
     * parallel {@link EnrolmentCsvReader#collect}, from several threads at once (the listener
     * must be thread-safe), with the total of every range. Not called by {@link
     * EnrolmentCsvReader#read(Reader, Consumer)}, which sees characters, not bytes.
     *
     * <pre>{@code
     * long size = Files.size(file);
     * EnrolmentCsvReader.builder().onBytesRead(n -> show(100.0 * n / size)).build();
     * }</pre>
     */
    public Builder onBytesRead(LongConsumer listener) {
      this.onBytesRead = checkNotNull(listener, "listener");
      return this;
    }

    /** The reader. */
    public EnrolmentCsvReader build() {
      return new EnrolmentCsvReader(this);
    }
  }

  /**
   * The columns of an enrolment CSV file, one row per enrolment, named in its header line.
   *
   * <pre>
   * enrolment_id,participant_id,cohort_id,activity_id,programme,modality,offer,pricing,
   * learning_hours,credential,enrolled_on,completed_on,credential_earned_on,credential_accessed_on
   * </pre>
   *
   * <p>The header must name every column exactly once, in any order, and no other. Enumerated
   * columns take the codes of {@link Modality}, {@link Offer}, {@link Pricing} and {@link
   * CredentialTier}; dates are ISO {@code 2022-03-01}; an empty date means the stage was not
   * reached. See {@link EnrolmentCsvReader}.
   */
  public enum EnrolmentCsvColumn {
    /** The enrolment's identifier, unique in the file. */
    ENROLMENT_ID("enrolment_id"),
    /** The participant's registration number. */
    PARTICIPANT_ID("participant_id"),
    /** The cohort's identifier. */
    COHORT_ID("cohort_id"),
    /** The activity's identifier. */
    ACTIVITY_ID("activity_id"),
    /** The technical programme running the activity. */
    PROGRAMME("programme"),
    /** A {@link Modality} code. */
    MODALITY("modality"),
    /** An {@link Offer} code. */
    OFFER("offer"),
    /** A {@link Pricing} code. */
    PRICING("pricing"),
    /** The activity's learning hours, a plain non-negative decimal such as {@code 60} or {@code 7.5}. */
    LEARNING_HOURS("learning_hours"),
    /** A {@link CredentialTier} code. */
    CREDENTIAL("credential"),
    /** The enrolment date, required. */
    ENROLLED_ON("enrolled_on"),
    /** The completion date, empty if not completed. */
    COMPLETED_ON("completed_on"),
    /** The date the credential was earned, empty if not earned. */
    CREDENTIAL_EARNED_ON("credential_earned_on"),
    /** The date the credential was first accessed, empty if never accessed. */
    CREDENTIAL_ACCESSED_ON("credential_accessed_on");

    /** The columns that describe a learning activity, as opposed to one enrolment in it. */
    static final EnrolmentCsvColumn[] DESCRIPTION = {
      PROGRAMME, MODALITY, OFFER, PRICING, LEARNING_HOURS, CREDENTIAL
    };

    private final String header;

    EnrolmentCsvColumn(String header) {
      this.header = header;
    }

    /** The name in the header line, such as {@code enrolled_on}. */
    public String header() {
      return header;
    }

    /** The column with the given header name, or {@code null}. */
    static EnrolmentCsvColumn fromHeader(String name) {
      for (EnrolmentCsvColumn c : values()) {
        if (c.header.equals(name)) {
          return c;
        }
      }
      return null;
    }

    /** The documented header line, columns in declaration order. */
    public static String headerLine() {
      StringBuilder s = new StringBuilder();
      for (EnrolmentCsvColumn c : values()) {
        if (s.length() > 0) {
          s.append(',');
        }
        s.append(c.header);
      }
      return s.toString();
    }

    /** The header name. */
    @Override
    public String toString() {
      return header;
    }
  }

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
}
