package org.rbmkit.kpi.certification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvColumn;

/**
 * Splits the UTF-8 bytes of an enrolment CSV file into rows of values, with the line where each
 * row and each value starts: RFC 4180 as the enrolment format uses it, read byte by byte without
 * decoding anything but the values themselves.
 *
 * <pre>{@code
 * EnrolmentCsvTokenizer t = new EnrolmentCsvTokenizer(in, 256);
 * while (t.next()) {
 *   String[] values = t.values();   // t.kept() of them, t.width() in the row
 *   long line = t.rowLine();
 * }
 * }</pre>
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
  private String[] values = new String[EnrolmentCsvColumn.values().length];
  private int kept;
  private long width;

  EnrolmentCsvTokenizer(InputStream in, int maxWidth) {
    this.in = in;
    this.maxWidth = maxWidth;
  }

  /** The values of the row read, the first {@link #kept()} of them set. */
  String[] values() {
    return values;
  }

  /** How many values of the row are in {@link #values()}: at most the width limit. */
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
    // a new array per row, sized as the last: a young array takes the values without the card
    // marking that an old, reused one would cost the garbage collector
    values = new String[values.length];
    kept = 0;
    width = 0;
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
      while (i < n) {
        byte c = b[i];
        if (c == ',' || c == '\n' || c == '\r') {
          pos = i;
          take(b, start, i - start);
          return 0;
        }
        i++;
      }
      pos = i;
      int before = pos;
      boolean more = fill(start);
      start -= before - pos;
      if (!more) {
        take(buf, start, pos - start);
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
            take(unquote(start, pos, doubled), 0, -1);
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
        take(unquote(start, end, doubled), 0, -1);
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

  /** The bytes from {@code start} to {@code end} with each doubled quote made one. */
  private byte[] unquote(int start, int end, boolean doubled) {
    byte[] v = Arrays.copyOfRange(buf, start, end);
    if (!doubled) {
      return v;
    }
    int n = 0;
    for (int i = 0; i < v.length; i++) {
      v[n++] = v[i];
      if (v[i] == '"') {
        i++;
      }
    }
    return Arrays.copyOf(v, n);
  }

  /** Keeps a value of {@code length} bytes ({@code -1}: all of {@code b}) in the row. */
  private void take(byte[] b, int from, int length) {
    int n = length < 0 ? b.length : length;
    if (n > MAX && characters(b, from, n) > MAX) {
      throw tooLong();
    }
    if (width < maxWidth) {
      if (kept == values.length) {
        values = Arrays.copyOf(values, Math.min(maxWidth, 2 * kept));
      }
      values[kept++] = new String(b, from, n, StandardCharsets.UTF_8);
    }
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
   * Reads more input, keeping the bytes from {@code keep} on: when the buffer is full they are
   * moved to its start ({@link #pos} with them) or, when they fill it, the buffer grows; false at
   * the end of the input.
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
      if (keep > 0) {
        System.arraycopy(buf, keep, buf, 0, held);
        pos -= keep;
        limit = held;
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
