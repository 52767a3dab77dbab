package org.rbmkit.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalLong;

/**
 * The progress of a read on standard error, one line rewritten in place with a carriage
 * return: the percentage of the file read and the time left when its size is known, the bytes
 * read otherwise (standard input); then the rows read at the end.
 *
 * <pre>{@code
 * big.csv: 42 % of 24.1 MB, 0:07 left
 * big.csv: 200000 rows read
 * }</pre>
 *
 * <p>The line is rewritten when the whole percentage goes up (at most 100 times), or, without a
 * size, at each 8 MB more. The time left is the time taken so far times the bytes left over the
 * bytes read, shown once a second has passed. A line shorter than the one before is padded with
 * spaces so that nothing of it is left. Thread-safe: the parallel read reports from several
 * threads.
 */
final class ProgressLine {

  /** Bytes between two reports when the size is unknown. */
  static final long UNKNOWN_SIZE_STEP = 8L << 20;

  private static final long SECOND = 1_000_000_000L;

  private final PrintWriter err;
  private final String name;
  private final OptionalLong size;
  private final Terminal clock;
  private final long start;
  private long shownStep = -1;
  private int width;
  private boolean midLine;

  /** A progress line for the read of {@code name}, of {@code size} bytes if known. */
  ProgressLine(PrintWriter err, String name, OptionalLong size, Terminal clock) {
    this.err = checkNotNull(err, "err");
    this.name = checkNotNull(name, "name");
    this.size = checkNotNull(size, "size");
    this.clock = checkNotNull(clock, "clock");
    this.start = clock.nanoTime();
  }

  /** Told the bytes read so far; rewrites the line when it changes. */
  synchronized void bytesRead(long bytes) {
    if (size.isPresent() && size.getAsLong() > 0) {
      long total = size.getAsLong();
      long percent = Math.min(100, bytes * 100 / total);
      if (percent <= shownStep) {
        return;
      }
      shownStep = percent;
      long elapsed = clock.nanoTime() - start;
      String left = "";
      if (elapsed >= SECOND && bytes > 0 && bytes < total) {
        long nanosLeft = (long) ((double) elapsed * (total - bytes) / bytes);
        left = ", " + duration(nanosLeft) + " left";
      }
      show(name + ": " + percent + " % of " + megabytes(total) + left);
    } else {
      long step = bytes / UNKNOWN_SIZE_STEP;
      if (step <= shownStep || step == 0) {
        return;
      }
      shownStep = step;
      show(name + ": " + megabytes(bytes) + " read");
    }
  }

  /** Ends the line in progress, if any, before another message is written. */
  synchronized void interrupt() {
    if (midLine) {
      err.println();
      err.flush();
      midLine = false;
      width = 0;
    }
  }

  /** The last line: the rows read. */
  synchronized void done(long rows) {
    String last = name + ": " + count(rows, "row") + " read";
    err.println("\r" + pad(last));
    err.flush();
    midLine = false;
  }

  private void show(String line) {
    err.print("\r" + pad(line));
    err.flush();
    midLine = true;
  }

  private String pad(String line) {
    String padded = line.length() < width ? line + " ".repeat(width - line.length()) : line;
    width = line.length();
    return padded;
  }

  /** Bytes in megabytes (10^6), one decimal, half-up: {@code 24.1 MB}. */
  static String megabytes(long bytes) {
    return BigDecimal.valueOf(bytes).movePointLeft(6).setScale(1, RoundingMode.HALF_UP)
        .toPlainString() + " MB";
  }

  /** A duration as {@code m:ss}, or {@code h:mm:ss} from an hour, rounded up to the second. */
  static String duration(long nanos) {
    long s = (nanos + SECOND - 1) / SECOND;
    return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }

  /** {@code n} and the noun, plural unless {@code n} is 1: "1 row", "3 enrolments". */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
