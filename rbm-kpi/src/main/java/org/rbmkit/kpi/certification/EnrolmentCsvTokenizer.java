package org.rbmkit.kpi.certification;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvColumn;

/**
 * Splits the UTF-8 bytes of an enrolment CSV file into rows of values, with the line where each
 * row and each value starts: RFC 4180 as the enrolment format uses it, read as bytes and
 * decoding nothing unless asked.
 *
 * <pre>{@code
 * EnrolmentCsvTokenizer t = new EnrolmentCsvTokenizer(in, 256);
 * while (t.next()) {
 *   String[] values = t.values();   // t.kept() of them, t.width() in the row
 *   long line = t.rowLine();
 *   if (t.inBuffer()) {
 *     byte[] b = t.buffer();   // value i: from b[t.start(i)] to b[t.end(i) - 1]
 *   }
 * }
 * }</pre>
 *
 * <p><b>Bytes.</b> A row's values stay where they were read, as ranges of the read buffer
 * (quoted ones unquoted in place), so a row can be checked without decoding it; {@link
 * #values()} decodes them. A row that outgrows the buffer is not held in it whole: its earlier
 * values are decoded as the buffer moves on ({@link #inBuffer()} is then false), so a long row
 * costs no more memory than its decoded values.
 *
 * <p><b>Format.</b> Values are separated by commas; a row ends with LF, CRLF or a lone CR (each
 * one line); a value that starts with a double quote is quoted: it runs to the next quote not
 * doubled, may hold commas and line breaks (counted as lines), and {@code ""} in it stands for
 * one quote. A quote inside an unquoted value is an ordinary character. An empty line is a row
 * of one empty value; the end of the input after a line break is no row. Values are decoded as
 * UTF-8; a byte sequence that is not UTF-8 becomes U+FFFD, for the row's checks to reject.
 *
 * <p><b>Malformed CSV</b>, thrown as {@link Malformed} with the line and column where the value
 * starts: a quoted value never closed, a character after a closing quote other than a comma or
 * line break, and a value longer than {@link ReadSettings.MAX_VALUE_LENGTH} characters
 * (read no further than that, so a hostile file costs no more memory than one long value).
 *
 * <p>Not thread-safe: one tokenizer per input and thread. The caller owns and closes the stream.
 */
final class EnrolmentCsvTokenizer {

  private static final int BUFFER = 64 << 10;
  private static final int MAX = ReadSettings.MAX_VALUE_LENGTH;
  private static final int COLUMNS = EnrolmentCsvColumn.values().length;
  /** Eight bytes of a buffer as one little-endian long. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGHS = 0x8080808080808080L;
  /** 0x2D, one above the comma, in every byte. */
  private static final long BELOW = 0x2D2D2D2D2D2D2D2DL;

  private final InputStream in;
  private final int maxWidth;
  private byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  /** Whether the last byte taken was a CR: an LF right after it ends no second line. */
  private boolean afterCr;
  /** The line of the byte at {@link #pos}. */
  private long line = 1;
  private long rowLine = 1;
  private long valueLine = 1;
  /** The 1-based column of the value being read, 0 between rows. */
  private int valueColumn;
  /** Where each kept value of the row starts in {@link #buf}, from {@link #spilled} on. */
  private int[] starts = new int[COLUMNS];
  /** Where each kept value of the row ends in {@link #buf}, from {@link #spilled} on. */
  private int[] ends = new int[COLUMNS];
  /** The first {@link #spilled} kept values, decoded when the buffer moved on within the row. */
  private String[] decoded = new String[COLUMNS];
  private int spilled;
  private int kept;
  private long width;

  EnrolmentCsvTokenizer(InputStream in, int maxWidth) {
    this.in = in;
    this.maxWidth = maxWidth;
  }

  /** The values of the row read, decoded: {@link #kept()} of them. */
  String[] values() {
    String[] v = new String[kept];
    for (int i = 0; i < kept; i++) {
      v[i] = i < spilled ? decoded[i] : new String(buf, starts[i], ends[i] - starts[i], UTF_8);
    }
    return v;
  }

  /** Whether every kept value of the row is in {@link #buffer()}, as {@link #start} and {@link #end} say. */
  boolean inBuffer() {
    return spilled == 0;
  }

  /** The read buffer that holds the row's values while {@link #inBuffer()}; valid until the next row. */
  byte[] buffer() {
    return buf;
  }

  /** Where kept value {@code i} starts in {@link #buffer()}, while {@link #inBuffer()}. */
  int start(int i) {
    return starts[i];
  }

  /** Where kept value {@code i} ends (exclusive) in {@link #buffer()}, while {@link #inBuffer()}. */
  int end(int i) {
    return ends[i];
  }

  /** How many values of the row are kept: at most the width limit. */
  int kept() {
    return kept;
  }

  /** How many values the row has, kept or not. */
  long width() {
    return width;
  }

  /** The line where the row read starts. */
  long rowLine() {
    return rowLine;
  }

  /**
   * Reads the next row.
   *
   * @return false at the end of the input
   * @throws Malformed for malformed CSV
   * @throws UncheckedIOException if reading fails
   */
  boolean next() {
    // the last row is done with: its values no longer hold the buffer
    if (spilled > 0) {
      Arrays.fill(decoded, 0, spilled, null);
      spilled = 0;
    }
    kept = 0;
    width = 0;
    if (pos >= limit && !fill(pos)) {
      return false;
    }
    if (afterCr && buf[pos] == '\n') {
      // the LF of a CRLF whose CR ended the row before
      afterCr = false;
      pos++;
      if (pos >= limit && !fill(pos)) {
        return false;
      }
    }
    afterCr = false;
    rowLine = line;
    while (true) {
      valueLine = line;
      valueColumn = (int) Math.min(Integer.MAX_VALUE, width + 1);
      if (pos >= limit) {
        // the value's first byte decides whether it is quoted: have it in the buffer
        fill(pos);
      }
      int end = pos < limit && buf[pos] == '"' ? quoted() : unquoted();
      width++;
      // the byte after the value: a comma, a line break, or the end of the input
      if (end < 0) {
        valueColumn = 0;
        return true;
      }
      byte b = buf[pos++];
      if (b == '\n') {
        line++;
        afterCr = false;
        valueColumn = 0;
        return true;
      }
      if (b == '\r') {
        line++;
        afterCr = true;
        valueColumn = 0;
        return true;
      }
      // a comma: the next value follows
    }
  }

  /** Reads an unquoted value from {@link #pos}; -1 if the input ends after it, else 0. */
  private int unquoted() {
    int start = pos;
    while (true) {
      byte[] b = buf;
      int i = pos;
      int n = limit;
      // eight bytes at a time: the lowest byte below 0x2D, which a comma, LF and CR are
      while (i + 8 <= n) {
        long w = (long) LONGS.get(b, i);
        long below = (w - BELOW) & ~w & HIGHS;
        if (below == 0) {
          i += 8;
          continue;
        }
        i += Long.numberOfTrailingZeros(below) >>> 3;
        byte c = b[i];
        if (c == ',' || c == '\n' || c == '\r') {
          pos = i;
          take(start, i);
          return 0;
        }
        // a space, a quote or another character below the comma: part of the value
        i++;
      }
      while (i < n) {
        byte c = b[i];
        // a comma, LF and CR are at most ','; most bytes of a value are above it
        if (c <= ',' && (c == ',' || c == '\n' || c == '\r')) {
          pos = i;
          take(start, i);
          return 0;
        }
        i++;
      }
      pos = i;
      int before = pos;
      boolean more = fill(start);
      start -= before - pos;
      if (!more) {
        take(start, pos);
        return -1;
      }
    }
  }

  /** Reads a quoted value, its quote at {@link #pos}; -1 if the input ends after it, else 0. */
  private int quoted() {
    int start = pos + 1;
    pos = start;
    boolean doubled = false;
    while (true) {
      if (pos >= limit) {
        int before = pos;
        boolean more = fill(start);
        start -= before - pos;
        if (!more) {
          throw new Malformed(valueLine, valueColumn,
              "the quote that opens this value is never closed");
        }
      }
      byte c = buf[pos];
      if (c == '"') {
        if (pos + 1 >= limit) {
          int before = pos;
          boolean more = fill(start);
          start -= before - pos;
          if (!more || pos + 1 >= limit) {
            // the closing quote, last in the input
            afterCr = false;
            take(start, doubled ? unquote(start, pos) : pos);
            pos++;
            return -1;
          }
        }
        if (buf[pos + 1] == '"') {
          doubled = true;
          afterCr = false;
          pos += 2;
          continue;
        }
        int end = pos;
        byte after = buf[pos + 1];
        if (after != ',' && after != '\n' && after != '\r') {
          throw new Malformed(valueLine, valueColumn,
              "a quoted value is followed by " + describe(after)
                  + " instead of a comma or the end of the line");
        }
        afterCr = false;
        take(start, doubled ? unquote(start, end) : end);
        pos = end + 1;
        return 0;
      }
      if (c == '\n') {
        if (!afterCr) {
          line++;
        }
        afterCr = false;
      } else if (c == '\r') {
        line++;
        afterCr = true;
      } else {
        afterCr = false;
      }
      pos++;
    }
  }

  /**
   * Makes each doubled quote between {@code start} and {@code end} one, in place (the bytes are
   * read already); where the unquoted value ends.
   */
  private int unquote(int start, int end) {
    int n = start;
    for (int i = start; i < end; i++) {
      buf[n++] = buf[i];
      if (buf[i] == '"') {
        i++;
      }
    }
    return n;
  }

  /** Keeps the value from {@code from} to {@code to} in {@link #buf} in the row. */
  private void take(int from, int to) {
    int n = to - from;
    if (n > MAX && characters(buf, from, n) > MAX) {
      throw tooLong();
    }
    if (width < maxWidth) {
      if (kept == starts.length) {
        int size = (int) Math.min(maxWidth, 2L * kept);
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
      }
      starts[kept] = from;
      ends[kept] = to;
      kept++;
    }
  }

  /** Decodes the kept values still in the buffer, which may then move on. */
  private void spill() {
    if (decoded.length < kept) {
      decoded = Arrays.copyOf(decoded, starts.length);
    }
    for (int i = spilled; i < kept; i++) {
      decoded[i] = new String(buf, starts[i], ends[i] - starts[i], UTF_8);
    }
    spilled = kept;
  }

  private Malformed tooLong() {
    return new Malformed(valueLine, valueColumn,
        "a value longer than " + MAX + " characters (MAX_VALUE_LENGTH)");
  }

  /** The UTF-8 characters in the bytes: each byte but the continuation bytes starts one. */
  private static long characters(byte[] b, int from, int length) {
    long n = 0;
    for (int i = from; i < from + length; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        n++;
      }
    }
    return n;
  }

  /**
   * Reads more input, keeping the row's values in the buffer and the bytes of the value being
   * read, from {@code keep} on: when the buffer is full they are moved to its start ({@link #pos}
   * and the values' ranges with them); when the row's values fill it, they are decoded and only
   * the value being read is kept; when that value fills it, the buffer grows. False at the end of
   * the input.
   */
  private boolean fill(int keep) {
    if (eof) {
      return false;
    }
    if (limit == buf.length) {
      int held = limit - keep;
      if (held > MAX && characters(buf, keep, held) > MAX) {
        // a value held whole that is already too long: read no further
        throw tooLong();
      }
      int from = kept > spilled ? starts[spilled] : keep;
      if (from == 0 && kept > spilled) {
        // the row fills the buffer: its values so far are decoded, which frees their bytes
        spill();
        from = keep;
      }
      if (from > 0) {
        System.arraycopy(buf, from, buf, 0, limit - from);
        pos -= from;
        limit -= from;
        for (int i = spilled; i < kept; i++) {
          starts[i] -= from;
          ends[i] -= from;
        }
      } else {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
    }
    try {
      int got = 0;
      while (got == 0) {
        got = in.read(buf, limit, buf.length - limit);
      }
      if (got < 0) {
        eof = true;
      } else {
        limit += got;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return limit > pos;
  }

  private static String describe(byte b) {
    return b >= 0x20 && b < 0x7F ? "\"" + (char) b + "\"" : String.format("byte 0x%02X", b & 0xFF);
  }

  /** CSV that cannot be split into values: where the value starts, and what is wrong. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long line;
    final int column;

    Malformed(long line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }
}
