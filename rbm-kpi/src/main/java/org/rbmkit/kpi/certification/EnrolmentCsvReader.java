package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.Uninterruptibles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collector;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;

/**
 * Streams enrolments from a CSV file in one pass, validating every row.
 *
 * <pre>{@code
 * CertificationTally tally = CertificationTally.byEnrolments(MODALITY, CREDENTIAL, PRICING);
 * EnrolmentCsvReport report = EnrolmentCsvReader.strict().read(reader, tally::add);
 * Breakdown b = tally.toBreakdown();
 * }</pre>
 *
 * <p><b>Format.</b> RFC 4180 CSV as read by Jackson's CSV parser (comma-separated, double
 * quotes for values with commas, quotes or line breaks). The first line is the header: every
 * {@link EnrolmentCsvColumn} exactly once, in any order, and nothing else. Then one row per
 * enrolment; lines end with LF or CRLF; a byte-order mark before the header is ignored. Values
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
 * header or malformed CSV (an unclosed quote) always ends the read.
 *
 * <p><b>Limits.</b> A row has at most {@link Builder#maxRowWidth} values (default {@value
 * #DEFAULT_MAX_ROW_WIDTH}): a wider row is a bad row, and its extra values are counted, not
 * kept. A value has at most {@value #MAX_VALUE_LENGTH} characters: a longer one (say, an
 * unclosed quote swallowing the rest of the file) is malformed CSV. Bytes given to {@link
 * #read(InputStream, Consumer)} must be UTF-8: the decoder turns any other byte into U+FFFD, the
 * replacement character, and a value holding U+FFFD is a bad value (named with its line and
 * column), so text damaged by a wrong encoding never passes as data.
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
  public static final int MAX_VALUE_LENGTH = 100_000;

  /**
   * Fewest bytes in each range of a parallel {@link #collect}: a file smaller than twice this is
   * read by one thread.
   */
  public static final long DEFAULT_MIN_RANGE_BYTES = 8L << 20;

  private static final Pattern HOURS = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,6})?");
  /**
   * Without a schema, the CSV parser gives each row as an array of strings. Each parser gets
   * fresh buffers: on a carriage return at the end of its buffer, the parser looks at the next
   * character of the buffer before refilling it, so a buffer recycled from another parser (a
   * range's, on another thread) could make it take the CR for the first half of a CR LF and
   * count one line too few. A few kilobytes per read is all the recycling saved.
   */
  private static final CsvMapper CSV =
      CsvMapper.builder(
              CsvFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxStringLength(MAX_VALUE_LENGTH).build())
                  .recyclerPool(JsonRecyclerPools.nonRecyclingPool())
                  .build())
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private final Mode mode;
  private final boolean detectDuplicateIds;
  private final int keepRejectedRows;
  private final int maxRowWidth;
  private final Consumer<? super RejectedRow> onRejected;
  /** Told the bytes read so far. */
  private final LongConsumer onBytesRead;
  /** Most byte ranges a file is split into by {@link #collect}. */
  private final int ranges;
  /** Fewest bytes per range: a smaller file is split into fewer ranges, or read whole. */
  private final long minRangeBytes;

  private EnrolmentCsvReader(Builder b) {
    this.mode = b.mode;
    this.detectDuplicateIds = b.detectDuplicateIds;
    this.keepRejectedRows = b.keepRejectedRows;
    this.maxRowWidth = b.maxRowWidth;
    this.onRejected = b.onRejected;
    this.onBytesRead = b.onBytesRead;
    this.ranges = b.ranges;
    this.minRangeBytes = b.minRangeBytes;
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
   * is read to its end and not closed: the caller owns it.
   *
   * @return rows read, accepted and rejected
   * @throws EnrolmentCsvException for a bad header, malformed CSV or, in strict mode, a bad row
   * @throws JacksonIOException if reading fails
   */
  public EnrolmentCsvReport read(Reader in, Consumer<? super Enrolment> sink) {
    checkNotNull(in, "in");
    checkNotNull(sink, "sink");
    Pass pass = new Pass(sink);
    try (JsonParser rows = CSV.createParser(in)) {
      pass.run(rows);
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      throw new EnrolmentCsvException(ImmutableList.of(pass.malformed(e)), e);
    }
    return new EnrolmentCsvReport(
        pass.accepted + pass.rejected, pass.accepted, pass.rejected, ImmutableList.copyOf(pass.kept));
  }

  /**
   * Reads UTF-8 bytes as {@link #read(Reader, Consumer)} does. A byte sequence that is not UTF-8
   * is decoded as U+FFFD, which makes its row bad (see the class documentation): never silently
   * kept. The stream is read to its end and not closed.
   *
   * @throws EnrolmentCsvException for a bad header, malformed CSV or, in strict mode, a bad row
   */
  public EnrolmentCsvReport read(InputStream in, Consumer<? super Enrolment> sink) {
    checkNotNull(in, "in");
    AtomicLong bytes = new AtomicLong();
    return read(new InputStreamReader(new CountingStream(in, bytes), StandardCharsets.UTF_8),
        sink);
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
   * read once, and its column layout used by every range. Each range is read by its own CSV
   * parser on its own thread, into its own container from the collector's supplier; the
   * containers are combined in file order and finished.
   *
   * <p><b>Exactness.</b> The parallel result is used only when all of these hold: every range
   * was read without a bad row, malformed CSV or exception; every range but the last ended at
   * its end outside quotes (its parser reached the end without an open quote; the first range
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
    return collectAs(file, collector);
  }

  private <A, R> Collected<R> collectAs(Path file, Collector<? super Enrolment, A, R> collector) {
    Collected<R> parallel;
    try {
      parallel = collectInRanges(file, collector);
    } catch (IOException e) {
      // the whole read below meets the same problem and reports it
      parallel = null;
    }
    if (parallel != null) {
      return parallel;
    }
    A container = collector.supplier().get();
    BiConsumer<A, ? super Enrolment> add = collector.accumulator();
    EnrolmentCsvReport report;
    try (InputStream in = Files.newInputStream(file)) {
      report = read(in, e -> add.accept(container, e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Collected<>(collector.finisher().apply(container), report);
  }

  /**
   * The result read in ranges by parallel threads, or {@code null} when the file is too small
   * to split or the ranges cannot stand for a whole read (see {@link #collect}).
   */
  private <A, R> Collected<R> collectInRanges(
      Path file, Collector<? super Enrolment, A, R> collector) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int n = (int) Math.min(ranges, size / minRangeBytes);
      if (n < 2) {
        return null;
      }
      long[] bounds = splits(channel, size, n);
      if (bounds.length < 3) {
        return null;
      }
      Pass header = new Pass(e -> {});
      try (JsonParser rows = CSV.createParser(range(channel, 0, size))) {
        header.run(rows, true);
      } catch (RuntimeException e) {
        // a bad header, reported by the whole read
        return null;
      }
      if (header.columns == null) {
        return null;
      }
      int m = bounds.length - 1;
      AtomicLong bytes = new AtomicLong();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      List<Part<A>> parts = new ArrayList<>(m);
      List<Thread> threads = new ArrayList<>(m);
      try {
        for (int k = 0; k < m; k++) {
          Part<A> part = new Part<>(collector, stop, header, k == 0);
          long from = bounds[k];
          long to = bounds[k + 1];
          Thread t =
              new Thread(
                  () -> part.read(range(channel, from, to, bytes), failure),
                  "enrolment-csv-range-" + k);
          t.setDaemon(true);
          parts.add(part);
          threads.add(t);
          t.start();
        }
      } catch (Throwable e) {
        // no thread for a range: the ranges started stop at their next row
        stop.set(true);
        joinAll(threads);
        throw e;
      }
      // a range that fails sets stop, which every range checks before each row: the others end
      // at their next row, so this wait is short; and a thread ends however its range ends
      joinAll(threads);
      Throwable failed = failure.get();
      if (failed instanceof Error e) {
        // such as OutOfMemoryError in a range: the whole read ends with it, at once
        throw e;
      }
      boolean clean = true;
      for (Part<A> part : parts) {
        clean &= part.clean;
      }
      if (!clean || !agree(parts)) {
        return null;
      }
      A all = parts.get(0).container;
      long rows = parts.get(0).pass.accepted;
      for (int k = 1; k < m; k++) {
        all = collector.combiner().apply(all, parts.get(k).container);
        rows += parts.get(k).pass.accepted;
      }
      return new Collected<>(
          collector.finisher().apply(all), new EnrolmentCsvReport(rows, rows, 0, ImmutableList.of()));
    }
  }

  /**
   * Whether the ranges, each valid alone, are valid together: each activity described equally,
   * each cohort under one activity, and no enrolment id in two ranges. Merges the indexes into
   * the first range's.
   */
  private boolean agree(List<? extends Part<?>> parts) {
    Pass all = parts.get(0).pass;
    for (int k = 1; k < parts.size(); k++) {
      Pass p = parts.get(k).pass;
      for (Map.Entry<String, Described> e : p.activities.entrySet()) {
        Described first = all.activities.putIfAbsent(e.getKey(), e.getValue());
        if (first != null && !first.activity.equals(e.getValue().activity)) {
          return false;
        }
      }
      for (Map.Entry<String, SeenCohort> e : p.cohorts.entrySet()) {
        SeenCohort first = all.cohorts.putIfAbsent(e.getKey(), e.getValue());
        if (first != null
            && !first.cohort.activity().id().equals(e.getValue().cohort.activity().id())) {
          return false;
        }
      }
      if (all.seenIds != null) {
        for (Map.Entry<String, Long> e : p.seenIds.entrySet()) {
          if (all.seenIds.putIfAbsent(e.getKey(), e.getValue()) != null) {
            return false;
          }
        }
        // what was merged is no longer needed
        p.seenIds.clear();
      }
    }
    return true;
  }

  /** One range of a {@link #collect}: its pass and its container. */
  private final class Part<A> {
    final A container;
    final Pass pass;
    /** Whether the range was read whole without a bad row; read after its thread ended. */
    volatile boolean clean;
    private final BiConsumer<A, ? super Enrolment> add;

    Part(
        Collector<? super Enrolment, A, ?> collector,
        AtomicBoolean stop,
        Pass header,
        boolean first) {
      this.container = collector.supplier().get();
      this.add = collector.accumulator();
      this.pass = new Pass(e -> add.accept(container, e), stop, header, first);
    }

    /**
     * Reads the range and sets {@link #clean} if every row was good and the range ended outside
     * quotes; if not, tells the other ranges to stop. An {@link Error} (such as {@link
     * OutOfMemoryError}) is put in {@code failure}, for the caller to throw.
     */
    void read(Reader in, AtomicReference<Throwable> failure) {
      try (JsonParser rows = CSV.createParser(in)) {
        pass.run(rows);
        clean = true;
      } catch (RuntimeException e) {
        // a bad row, malformed CSV (an open quote at the end of the range), a failed read or a
        // failing collector: the whole read decides what to report
      } catch (Throwable e) {
        failure.compareAndSet(null, e);
      } finally {
        if (!clean) {
          pass.stop.set(true);
        }
      }
    }
  }

  /** Waits until every thread has ended, interrupted or not. */
  private static void joinAll(List<Thread> threads) {
    for (Thread t : threads) {
      Uninterruptibles.joinUninterruptibly(t);
    }
  }

  /**
   * The bounds of at most {@code n} ranges of a file of {@code size} bytes: 0, then for each
   * split the position after the first line feed at or after an {@code n}-th of the file, then
   * {@code size}; strictly increasing, so ranges are never empty.
   */
  static long[] splits(FileChannel channel, long size, int n) throws IOException {
    long[] bounds = new long[n + 1];
    int m = 0;
    bounds[m++] = 0;
    ByteBuffer buf = ByteBuffer.allocate(64 << 10);
    for (int k = 1; k < n; k++) {
      long from = Math.max(size / n * k, bounds[m - 1]);
      long split = -1;
      for (long pos = from; split < 0 && pos < size; ) {
        buf.clear();
        int got = channel.read(buf, pos);
        if (got <= 0) {
          break;
        }
        for (int i = 0; i < got; i++) {
          if (buf.get(i) == '\n') {
            split = pos + i + 1;
            break;
          }
        }
        pos += got;
      }
      if (split < 0 || split >= size) {
        break;
      }
      if (split > bounds[m - 1]) {
        bounds[m++] = split;
      }
    }
    bounds[m++] = size;
    return Arrays.copyOf(bounds, m);
  }

  /** The text of the bytes of a file from {@code from} to {@code to}, decoded as UTF-8. */
  private static Reader range(FileChannel channel, long from, long to) {
    return new InputStreamReader(new RangeStream(channel, from, to), StandardCharsets.UTF_8);
  }

  /** As {@link #range(FileChannel, long, long)}, adding the bytes read to {@code bytes}. */
  private Reader range(FileChannel channel, long from, long to, AtomicLong bytes) {
    return new InputStreamReader(
        new CountingStream(new RangeStream(channel, from, to), bytes), StandardCharsets.UTF_8);
  }

  /** A stream that adds the bytes read to a count and tells {@link #onBytesRead} the total. */
  private final class CountingStream extends java.io.FilterInputStream {
    private final AtomicLong bytes;

    CountingStream(InputStream in, AtomicLong bytes) {
      super(in);
      this.bytes = bytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        onBytesRead.accept(bytes.incrementAndGet());
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int got = super.read(b, off, len);
      if (got > 0) {
        onBytesRead.accept(bytes.addAndGet(got));
      }
      return got;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      if (skipped > 0) {
        onBytesRead.accept(bytes.addAndGet(skipped));
      }
      return skipped;
    }
  }

  /** The bytes of a file between two positions, read with positional reads of a shared channel. */
  private static final class RangeStream extends InputStream {
    private final FileChannel channel;
    private long pos;
    private final long end;

    RangeStream(FileChannel channel, long from, long to) {
      this.channel = channel;
      this.pos = from;
      this.end = to;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (pos >= end) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      int got = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - pos)), pos);
      if (got < 0) {
        // the file shrank while read: reported by the whole read
        throw new IOException("end of file at byte " + pos + " before " + end);
      }
      pos += got;
      return got;
    }
  }

  /** Signals that a range of a {@link #collect} failed; no stack trace. */
  private static final class RangeFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RangeFailed() {
      super("range failed", null, false, false);
    }
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

  /** One read, of a whole input or of one range of a file: its position, counts and indexes. */
  private final class Pass {
    private final Consumer<? super Enrolment> sink;
    /**
     * For the read of one range of a file by {@link #collect}: set when some range failed; the
     * first bad row of this range fails it too. {@code null} for a whole read.
     */
    private final AtomicBoolean stop;
    /** Whether the first row is the header, already read: range 0 of a {@link #collect}. */
    private boolean skipHeader;
    private final Map<String, Long> seenIds = detectDuplicateIds ? new HashMap<>() : null;
    private final Map<String, Described> activities = new HashMap<>();
    private final Map<String, SeenCohort> cohorts = new HashMap<>();
    private final List<RejectedRow> kept = new ArrayList<>();
    /** Day of a date's text, by a hash of its year, month and day: repeated dates parsed once. */
    private final int[] dayKeys = new int[DAY_CACHE];
    private final Optional<LocalDate>[] days = newDays();
    private String[] buffer = new String[EnrolmentCsvColumn.values().length];
    private EnrolmentCsvColumn[] columns;
    /** The position in a row of each column, by the column's ordinal. */
    private int[] at;
    private long line = 1;
    /**
     * Where the value being read starts: its line (that of the row, or after the last value of
     * the row that held a line break) and its position in the row, from 1; 0 between rows.
     */
    private long valueLine = 1;
    private int valueColumn;
    private long accepted;
    private long rejected;

    Pass(Consumer<? super Enrolment> sink) {
      this.sink = sink;
      this.stop = null;
    }

    /** The read of one range of a file, with the header's layout read before. */
    Pass(Consumer<? super Enrolment> sink, AtomicBoolean stop, Pass header, boolean skipHeader) {
      this.sink = sink;
      this.stop = stop;
      this.columns = header.columns;
      this.at = header.at;
      this.skipHeader = skipHeader;
    }

    void run(JsonParser rows) {
      run(rows, false);
    }

    /** Reads the rows, or only the header if {@code headerOnly}. */
    void run(JsonParser rows, boolean headerOnly) {
      while (true) {
        // where the previous row ended is where this one starts, quoted line breaks included;
        // a range has no line numbers (a bad row there is reported by a whole read)
        long start = stop == null ? Math.max(1, rows.currentLocation().getLineNr()) : 1;
        if (stop != null && stop.get()) {
          // another range failed: this one's rows will not be used
          throw new RangeFailed();
        }
        JsonToken t = rows.nextToken();
        if (t == null) {
          break;
        }
        line = start;
        valueLine = start;
        // a row's values, at most maxRowWidth of them kept: a hostile row stays cheap; a new
        // array per row, sized as the last one (a young array takes the values without the
        // garbage collector's card marking that an old, reused one would cost)
        String[] row = new String[buffer.length];
        int n = 0;
        long width = 0;
        valueColumn = 1;
        for (t = rows.nextToken(); t != null && t != JsonToken.END_ARRAY; t = rows.nextToken()) {
          width++;
          if (width <= maxRowWidth) {
            if (n == row.length) {
              row = Arrays.copyOf(row, Math.min(maxRowWidth, 2 * n));
              buffer = row;
            }
            String v = rows.getString();
            row[n++] = v;
            if (stop == null && (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0)) {
              // a quoted line break: the next value starts on a later line than the row
              valueLine = rows.currentLocation().getLineNr();
            }
          }
          valueColumn = (int) Math.min(Integer.MAX_VALUE, width + 1);
        }
        valueColumn = 0;
        if (skipHeader) {
          skipHeader = false;
          continue;
        }
        if (width > maxRowWidth) {
          CsvProblem tooWide =
              new CsvProblem(
                  line, 0, "(row)", "",
                  width + " values, more than the limit of " + maxRowWidth + " (maxRowWidth)");
          if (columns == null) {
            throw new EnrolmentCsvException(ImmutableList.of(tooWide), null);
          }
          reject(new RejectedRow(line, ImmutableList.of(tooWide)));
          continue;
        }
        if (columns == null) {
          columns = header(Arrays.copyOf(row, n));
          if (headerOnly) {
            return;
          }
          continue;
        }
        List<CsvProblem> problems = new ArrayList<>();
        Enrolment e = parse(row, n, problems);
        if (e == null) {
          reject(new RejectedRow(line, ImmutableList.copyOf(problems)));
        } else {
          accepted++;
          sink.accept(e);
        }
      }
      if (columns == null) {
        throw new EnrolmentCsvException(
            ImmutableList.of(
                new CsvProblem(1, 0, "(row)", "", "no header line: expected " + headerLine())),
            null);
      }
    }

    /**
     * The problem of CSV that the parser cannot read, placed where the value it failed in
     * starts: an unclosed quote is reported at the line and column where it opened, not at the
     * end of the file where the parser noticed it.
     */
    CsvProblem malformed(JacksonException e) {
      String message = e.getOriginalMessage();
      if (valueColumn == 0) {
        TokenStreamLocation loc = e.getLocation();
        long at = loc == null || loc.getLineNr() < 1 ? line : loc.getLineNr();
        return new CsvProblem(at, 0, "(row)", "", "malformed CSV: " + message);
      }
      String header =
          columns != null && valueColumn <= columns.length && columns[valueColumn - 1] != null
              ? columns[valueColumn - 1].header()
              : "(row)";
      if (message != null && message.startsWith("Missing closing quote")) {
        message = "the quote that opens this value is never closed";
      }
      return new CsvProblem(valueLine, valueColumn, header, "", "malformed CSV: " + message);
    }

    /** The date {@code v} as {@link #isoDate} reads it, from the cache when seen before. */
    private Optional<LocalDate> day(String v) {
      int packed = packedDate(v);
      if (packed < 0) {
        return null;
      }
      int year = packed / 10_000;
      int month = packed / 100 % 100;
      int day = packed % 100;
      // one more than the packed date, so that 0 marks an empty slot
      int key = packed + 1;
      int slot = (key * 0x9E3779B1) >>> (32 - DAY_CACHE_BITS);
      if (dayKeys[slot] == key) {
        return days[slot];
      }
      LocalDate d;
      try {
        d = LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null;
      }
      Optional<LocalDate> some = Optional.of(d);
      dayKeys[slot] = key;
      days[slot] = some;
      return some;
    }

    private void reject(RejectedRow row) {
      if (stop != null) {
        // a bad row in a range: the whole file is read again, as one, to report it
        throw new RangeFailed();
      }
      if (mode == Mode.STRICT) {
        throw new EnrolmentCsvException(row.problems(), null);
      }
      rejected++;
      if (kept.size() < keepRejectedRows) {
        kept.add(row);
      }
      onRejected.accept(row);
    }

    private EnrolmentCsvColumn[] header(String[] names) {
      List<CsvProblem> problems = new ArrayList<>();
      EnrolmentCsvColumn[] cols = new EnrolmentCsvColumn[names.length];
      Map<EnrolmentCsvColumn, Integer> seen = new EnumMap<>(EnrolmentCsvColumn.class);
      if (names.length > 0 && names[0].startsWith("\uFEFF")) {
        // a UTF-8 byte-order mark, as spreadsheet exports write it, is not part of the name
        names[0] = names[0].substring(1);
      }
      for (int i = 0; i < names.length; i++) {
        EnrolmentCsvColumn c = EnrolmentCsvColumn.fromHeader(names[i]);
        if (c == null) {
          problems.add(
              new CsvProblem(
                  line,
                  i + 1,
                  names[i],
                  names[i],
                  "unknown column \"" + names[i] + "\": expected " + headerLine()));
        } else if (seen.containsKey(c)) {
          problems.add(
              new CsvProblem(
                  line, i + 1, names[i], names[i],
                  "column " + c + " repeats column " + seen.get(c)));
        } else {
          seen.put(c, i + 1);
          cols[i] = c;
        }
      }
      for (EnrolmentCsvColumn c : EnrolmentCsvColumn.values()) {
        if (!seen.containsKey(c)) {
          problems.add(
              new CsvProblem(line, 0, "(row)", "", "header lacks column " + c.header()));
        }
      }
      if (!problems.isEmpty()) {
        throw new EnrolmentCsvException(ImmutableList.copyOf(problems), null);
      }
      at = new int[EnrolmentCsvColumn.values().length];
      for (int i = 0; i < cols.length; i++) {
        at[cols[i].ordinal()] = i;
      }
      return cols;
    }

    /** The enrolment of the first {@code n} values of {@code row}, or null with its problems. */
    private Enrolment parse(String[] row, int n, List<CsvProblem> problems) {
      if (n != columns.length) {
        String what =
            n == 0 || (n == 1 && row[0].isEmpty())
                ? "empty line"
                : n + " values";
        problems.add(
            new CsvProblem(
                line, 0, "(row)", "",
                what + ", expected " + columns.length + " as in the header"));
        return null;
      }
      Field f = new Field(row, at, problems);
      for (int i = 0; i < n; i++) {
        if (row[i].indexOf('\uFFFD') >= 0) {
          f.problem(columns[i], columns[i].header() + " \"" + shorten(row[i])
              + "\" holds U+FFFD: bytes that were not UTF-8");
        }
      }
      if (!problems.isEmpty()) {
        return null;
      }
      String id = f.id(EnrolmentCsvColumn.ENROLMENT_ID);
      String participant = f.id(EnrolmentCsvColumn.PARTICIPANT_ID);
      String cohort = f.id(EnrolmentCsvColumn.COHORT_ID);
      String activity = f.id(EnrolmentCsvColumn.ACTIVITY_ID);
      // a cohort seen before leads to its activity's description without a second lookup
      SeenCohort cohortOf = cohort == null ? null : cohorts.get(cohort);
      Described known =
          activity == null
              ? null
              : cohortOf != null && cohortOf.described.activity.id().equals(activity)
                  ? cohortOf.described
                  : activities.get(activity);
      // an activity described in the very words of its first line is that line's activity:
      // no need to parse and compare its description again
      LearningActivity same = known != null && known.describedAs(row, at) ? known.activity : null;
      String programme = null;
      Modality modality = null;
      Offer offer = null;
      Pricing pricing = null;
      BigDecimal hours = null;
      CredentialTier credential = null;
      if (same == null) {
        programme = f.id(EnrolmentCsvColumn.PROGRAMME);
        modality = f.code(EnrolmentCsvColumn.MODALITY, Modality::fromCode);
        offer = f.code(EnrolmentCsvColumn.OFFER, Offer::fromCode);
        pricing = f.code(EnrolmentCsvColumn.PRICING, Pricing::fromCode);
        hours = f.hours(EnrolmentCsvColumn.LEARNING_HOURS);
        credential = f.code(EnrolmentCsvColumn.CREDENTIAL, CredentialTier::fromCode);
      }
      // an empty or malformed date is empty here; a malformed one is a problem of its column
      Optional<LocalDate> enrolledOn = f.date(EnrolmentCsvColumn.ENROLLED_ON, true);
      Optional<LocalDate> completed = f.date(EnrolmentCsvColumn.COMPLETED_ON, false);
      Optional<LocalDate> earned = f.date(EnrolmentCsvColumn.CREDENTIAL_EARNED_ON, false);
      Optional<LocalDate> accessed = f.date(EnrolmentCsvColumn.CREDENTIAL_ACCESSED_ON, false);
      LocalDate enrolled = enrolledOn.orElse(null);
      if (enrolled != null && !f.failed(EnrolmentCsvColumn.COMPLETED_ON,
          EnrolmentCsvColumn.CREDENTIAL_EARNED_ON, EnrolmentCsvColumn.CREDENTIAL_ACCESSED_ON)) {
        Enrolment.DatesProblem p = Enrolment.checkDates(enrolled, completed, earned, accessed);
        if (p != null) {
          EnrolmentCsvColumn c =
              p.stage() == Stage.COMPLETED
                  ? EnrolmentCsvColumn.COMPLETED_ON
                  : p.stage() == Stage.CREDENTIAL_EARNED
                      ? EnrolmentCsvColumn.CREDENTIAL_EARNED_ON
                      : EnrolmentCsvColumn.CREDENTIAL_ACCESSED_ON;
          f.problem(c, p.message());
        }
      }
      if (id != null && seenIds != null) {
        Long first = seenIds.putIfAbsent(id, line);
        if (first != null) {
          f.problem(
              EnrolmentCsvColumn.ENROLMENT_ID,
              "duplicate enrolment id \"" + id + "\", first on line " + first);
        }
      }
      LearningActivity a = null;
      Cohort c = null;
      if (problems.isEmpty()) {
        if (same != null) {
          a = same;
        } else {
          a = new LearningActivity(activity, programme, modality, offer, pricing, hours, credential);
          if (known == null) {
            known = new Described(a, line, row, at);
            activities.put(activity, known);
          } else if (!known.activity.equals(a)) {
            f.problem(
                EnrolmentCsvColumn.ACTIVITY_ID,
                "activity " + activity + " is described differently on line " + known.line
                    + ": " + known.activity);
          } else {
            a = known.activity;
          }
        }
        if (cohortOf == null) {
          c = new Cohort(cohort, a);
          cohorts.put(cohort, new SeenCohort(c, line, known));
        } else if (!cohortOf.cohort.activity().id().equals(activity)) {
          f.problem(
              EnrolmentCsvColumn.COHORT_ID,
              "cohort " + cohort + " is of activity " + cohortOf.cohort.activity().id()
                  + " on line " + cohortOf.line);
        } else {
          // the activity with this id is the one first seen, so the cohort is the same
          c = cohortOf.cohort;
        }
      }
      if (!problems.isEmpty()) {
        problems.sort((x, y) -> Integer.compare(x.column(), y.column()));
        return null;
      }
      return new Enrolment(
          id, new Participant(participant), c, enrolled, completed, earned, accessed);
    }

    /** Reads the values of one row, recording problems by column. */
    private final class Field {
      private final String[] row;
      private final int[] at;
      private final List<CsvProblem> problems;
      /** The columns with a problem, one bit per ordinal. */
      private int failed;

      Field(String[] row, int[] at, List<CsvProblem> problems) {
        this.row = row;
        this.at = at;
        this.problems = problems;
      }

      boolean failed(EnrolmentCsvColumn a, EnrolmentCsvColumn b, EnrolmentCsvColumn c) {
        return (failed & (1 << a.ordinal() | 1 << b.ordinal() | 1 << c.ordinal())) != 0;
      }

      void problem(EnrolmentCsvColumn c, String message) {
        int i = at[c.ordinal()];
        failed |= 1 << c.ordinal();
        problems.add(new CsvProblem(line, i + 1, c.header(), row[i], message));
      }

      String value(EnrolmentCsvColumn c) {
        return row[at[c.ordinal()]];
      }

      String id(EnrolmentCsvColumn c) {
        String v = value(c);
        if (plainId(v)) {
          return v;
        }
        int control = controlCharacter(v);
        if (control >= 0) {
          // before the other checks: a tab or line break would otherwise pass for a space
          problem(
              c,
              c.header() + " \"" + escaped(shorten(v)) + "\" holds the control character "
                  + unicode(v.charAt(control)) + " at position " + (control + 1));
          return null;
        }
        try {
          return Ids.checkId(v, c.header());
        } catch (IllegalArgumentException e) {
          problem(c, v.isEmpty() ? c.header() + " is missing" : e.getMessage());
          return null;
        }
      }

      <T> T code(EnrolmentCsvColumn c, java.util.function.Function<String, T> fromCode) {
        String v = value(c);
        if (v.isEmpty()) {
          problem(c, c.header() + " is missing");
          return null;
        }
        try {
          return fromCode.apply(v);
        } catch (IllegalArgumentException e) {
          problem(c, e.getMessage());
          return null;
        }
      }

      BigDecimal hours(EnrolmentCsvColumn c) {
        String v = value(c);
        if (!HOURS.matcher(v).matches()) {
          problem(
              c,
              v.isEmpty()
                  ? c.header() + " is missing"
                  : c.header() + " \"" + shorten(v) + "\" is not a plain decimal such as 60 or 7.5");
          return null;
        }
        return new BigDecimal(v);
      }

      /** The date, empty when the value is empty or not a date (a problem then). */
      Optional<LocalDate> date(EnrolmentCsvColumn c, boolean required) {
        String v = value(c);
        if (v.isEmpty()) {
          if (required) {
            problem(c, c.header() + " is missing");
          }
          return Optional.empty();
        }
        Optional<LocalDate> d = day(v);
        if (d == null) {
          problem(c, c.header() + " \"" + shorten(v) + "\" is not a date such as 2022-03-01");
          return Optional.empty();
        }
        return d;
      }
    }
  }

  private static final int DAY_CACHE_BITS = 12;
  private static final int DAY_CACHE = 1 << DAY_CACHE_BITS;

  @SuppressWarnings("unchecked")
  private static Optional<LocalDate>[] newDays() {
    return (Optional<LocalDate>[]) new Optional<?>[DAY_CACHE];
  }

  /** A cohort, the line it was first seen on, and the description of its activity. */
  private static final class SeenCohort {
    final Cohort cohort;
    final long line;
    final Described described;

    SeenCohort(Cohort cohort, long line, Described described) {
      this.cohort = cohort;
      this.line = line;
      this.described = described;
    }
  }

  /** The columns that describe an activity, as opposed to one enrolment in it. */
  private static final EnrolmentCsvColumn[] DESCRIPTION = {
    EnrolmentCsvColumn.PROGRAMME,
    EnrolmentCsvColumn.MODALITY,
    EnrolmentCsvColumn.OFFER,
    EnrolmentCsvColumn.PRICING,
    EnrolmentCsvColumn.LEARNING_HOURS,
    EnrolmentCsvColumn.CREDENTIAL
  };

  /** An activity, the line it was first seen on, and the text of its description there. */
  private static final class Described {
    final LearningActivity activity;
    final long line;
    final String[] text = new String[DESCRIPTION.length];

    Described(LearningActivity activity, long line, String[] row, int[] at) {
      this.activity = activity;
      this.line = line;
      for (int i = 0; i < DESCRIPTION.length; i++) {
        text[i] = row[at[DESCRIPTION[i].ordinal()]];
      }
    }

    /** Whether the row describes the activity in exactly the same text. */
    boolean describedAs(String[] row, int[] at) {
      for (int i = 0; i < DESCRIPTION.length; i++) {
        if (!text[i].equals(row[at[DESCRIPTION[i].ordinal()]])) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The date written {@code yyyy-mm-dd} with ASCII digits, or {@code null} when the text has
   * another form or names no day of the calendar (such as {@code 2022-02-30}).
   */
  static LocalDate isoDate(String v) {
    int packed = packedDate(v);
    if (packed < 0) {
      return null;
    }
    try {
      return LocalDate.of(packed / 10_000, packed / 100 % 100, packed % 100);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The text {@code yyyy-mm-dd} in ASCII digits as the number {@code yyyymmdd}, whether or not
   * it names a day of the calendar, or -1 when the text has another form.
   */
  private static int packedDate(String v) {
    if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
      return -1;
    }
    int year = digits(v, 0, 4);
    int month = digits(v, 5, 7);
    int day = digits(v, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return -1;
    }
    return year * 10_000 + month * 100 + day;
  }

  /** The number written in ASCII digits from {@code start} to {@code end}, or -1. */
  private static int digits(String v, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      char ch = v.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      n = n * 10 + (ch - '0');
    }
    return n;
  }

  /**
   * Whether {@code v} is an identifier that {@link Ids#checkId} accepts and that holds no control
   * character, known by one look at each character: printable ASCII, spaces only inside, at most
   * {@link Ids#MAX_ID_LENGTH} characters. {@code false} says nothing: the full checks decide.
   */
  private static boolean plainId(String v) {
    int n = v.length();
    if (n == 0 || n > Ids.MAX_ID_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char ch = v.charAt(i);
      if (ch <= ' ' || ch >= 0x7F) {
        if (ch != ' ' || i == 0 || i == n - 1) {
          return false;
        }
      }
    }
    return true;
  }

  /** The position of the first control character (U+0000–U+001F, U+007F) in {@code v}, or -1. */
  private static int controlCharacter(String v) {
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch < 0x20 || ch == 0x7F) {
        return i;
      }
    }
    return -1;
  }

  /** {@code U+0007}. */
  private static String unicode(char ch) {
    return String.format(java.util.Locale.ROOT, "U+%04X", (int) ch);
  }

  /** The value with each control character written as a backslash, u and four hex digits. */
  private static String escaped(String v) {
    StringBuilder s = new StringBuilder(v.length() + 8);
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch < 0x20 || ch == 0x7F) {
        s.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) ch));
      } else {
        s.append(ch);
      }
    }
    return s.toString();
  }

  private static String shorten(String v) {
    return v.length() > 40 ? v.substring(0, 37) + "..." : v;
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
}
