package org.rbmkit.kpi.certification;

import com.google.common.util.concurrent.Uninterruptibles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.stream.Collector;

/**
 * Reads an enrolment CSV file in byte ranges on parallel threads, each range by its own {@link
 * EnrolmentCsvPass} into its own container, and gives the combined result only when it is
 * exactly that of one whole read; otherwise nothing, and the caller reads the file whole.
 *
 * <pre>{@code
 * EnrolmentCsvRanges.Read<Breakdown> r = EnrolmentCsvRanges.collect(settings, file, collector);
 * if (r == null) { ... read the file whole ... }
 * }</pre>
 *
 * <p>Stateless; each call has its own threads and state.
 */
final class EnrolmentCsvRanges {

  private EnrolmentCsvRanges() {}

  /**
   * The result of a clean parallel read.
   *
   * @param result the collector's finished result
   * @param rows rows read, all accepted
   * @param <R> the type of the result
   */
  record Read<R>(R result, long rows) {}

  /**
   * {@link EnrolmentCsvReader#collect}: the parallel read when it is exact, otherwise the whole
   * file read again by one thread, as {@link EnrolmentCsvReader#read(InputStream,
   * java.util.function.Consumer)} reads it.
   */
  static <A, R> EnrolmentCsvReader.Collected<R> collectOrReadWhole(
      ReadSettings settings, Path file, Collector<? super Enrolment, A, R> collector) {
    Read<R> parallel;
    try {
      parallel = collect(settings, file, collector);
    } catch (IOException e) {
      // the whole read below meets the same problem and reports it
      parallel = null;
    }
    if (parallel != null) {
      long rows = parallel.rows();
      return new EnrolmentCsvReader.Collected<>(parallel.result(),
          new EnrolmentCsvReader.EnrolmentCsvReport(
              rows, rows, 0, com.google.common.collect.ImmutableList.of()));
    }
    A container = collector.supplier().get();
    BiConsumer<A, ? super Enrolment> add = collector.accumulator();
    EnrolmentCsvPass pass = new EnrolmentCsvPass(settings, e -> add.accept(container, e));
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      pass.run(new CountingStream(in, new AtomicLong(), settings.onBytesRead()), false);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new EnrolmentCsvReader.Collected<>(collector.finisher().apply(container), pass.report());
  }

  /**
   * The result read in ranges by parallel threads, or {@code null} when the file is too small
   * to split or the ranges cannot stand for a whole read: a bad row, malformed CSV or an
   * exception in a range, a range (not the last) that ends inside quotes, or ranges that
   * disagree (an activity described differently, a cohort under two activities, an enrolment id
   * in two ranges). The first range starts where the file does, so when every range but the last
   * ends outside quotes, every split is a true row boundary.
   *
   * @throws Error an error (such as {@link OutOfMemoryError}) thrown in a range
   */
  static <A, R> Read<R> collect(
      ReadSettings settings, Path file, Collector<? super Enrolment, A, R> collector)
      throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int n = (int) Math.min(settings.ranges(), size / settings.minRangeBytes());
      if (n < 2) {
        return null;
      }
      long[] bounds = splits(channel, size, n);
      if (bounds.length < 3) {
        return null;
      }
      EnrolmentCsvPass header = new EnrolmentCsvPass(settings, e -> {});
      try {
        header.run(new RangeStream(channel, 0, size), true);
      } catch (RuntimeException e) {
        // a bad header, reported by the whole read
        return null;
      }
      if (!header.hasHeader()) {
        return null;
      }
      int m = bounds.length - 1;
      AtomicLong bytes = new AtomicLong();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      List<Part<A>> parts = new ArrayList<>(m);
      for (int k = 0; k < m; k++) {
        parts.add(new Part<>(settings, collector, stop, header, k == 0, new CountingStream(
            new RangeStream(channel, bounds[k], bounds[k + 1]), bytes, settings.onBytesRead())));
      }
      // at most one thread per processor, each taking the next range not yet taken: a split
      // into more ranges than processors (as tests ask for) starts no more threads
      int threadCount = Math.min(m, Math.max(1, Runtime.getRuntime().availableProcessors()));
      AtomicInteger next = new AtomicInteger();
      List<Thread> threads = new ArrayList<>(threadCount);
      try {
        for (int k = 0; k < threadCount; k++) {
          Thread t = new Thread(() -> {
            for (int r = next.getAndIncrement(); r < m; r = next.getAndIncrement()) {
              // named after the range it reads, for thread dumps and listeners
              Thread.currentThread().setName("enrolment-csv-range-" + r);
              parts.get(r).read(failure);
            }
          }, "enrolment-csv-range-" + k);
          t.setDaemon(true);
          threads.add(t);
          t.start();
        }
      } catch (Throwable e) {
        // no thread for some ranges: the ranges started stop at their next row
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
      for (Part<A> part : parts) {
        if (!part.clean) {
          return null;
        }
      }
      EnrolmentRows all = parts.get(0).pass.rows();
      for (int k = 1; k < m; k++) {
        if (!all.mergeDisjoint(parts.get(k).pass.rows())) {
          return null;
        }
      }
      A container = parts.get(0).container;
      long rows = parts.get(0).pass.accepted();
      for (int k = 1; k < m; k++) {
        container = collector.combiner().apply(container, parts.get(k).container);
        rows += parts.get(k).pass.accepted();
      }
      return new Read<>(collector.finisher().apply(container), rows);
    }
  }

  /** One range: its pass and its container. */
  private static final class Part<A> {
    final A container;
    final EnrolmentCsvPass pass;
    private final AtomicBoolean stop;
    private final InputStream in;
    /** Whether the range was read whole without a bad row; read after its thread ended. */
    volatile boolean clean;

    Part(ReadSettings settings, Collector<? super Enrolment, A, ?> collector, AtomicBoolean stop,
        EnrolmentCsvPass header, boolean first, InputStream in) {
      this.in = in;
      this.container = collector.supplier().get();
      BiConsumer<A, ? super Enrolment> add = collector.accumulator();
      this.stop = stop;
      this.pass = new EnrolmentCsvPass(
          settings, e -> add.accept(container, e), stop, header, first);
    }

    /**
     * Reads the range and sets {@link #clean} if every row was good and the range ended outside
     * quotes; if not, tells the other ranges to stop. An {@link Error} (such as {@link
     * OutOfMemoryError}) is put in {@code failure}, for the caller to throw.
     */
    void read(AtomicReference<Throwable> failure) {
      try {
        pass.run(in, false);
        clean = true;
      } catch (RuntimeException e) {
        // a bad row, malformed CSV (an open quote at the end of the range), a failed read or a
        // failing collector: the whole read decides what to report
      } catch (Throwable e) {
        failure.compareAndSet(null, e);
      } finally {
        if (!clean) {
          stop.set(true);
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
}
