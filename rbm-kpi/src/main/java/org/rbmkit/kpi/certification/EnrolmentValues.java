package org.rbmkit.kpi.certification;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * How the values of an enrolment CSV row are read and shown: ISO dates by their digits (with a
 * cache of the days seen), identifiers known plain by one look, and text escaped and shortened
 * for messages.
 *
 * <pre>{@code
 * EnrolmentValues.isoDate("2022-03-01");   // 2022-03-01
 * EnrolmentValues.isoDate("2022-02-30");   // null
 * }</pre>
 *
 * <p>The static methods are thread-safe; a {@link Days} cache belongs to one read.
 */
final class EnrolmentValues {

  private EnrolmentValues() {}

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
  static int packedDate(String v) {
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

  /** {@link #packedDate(String)} of the ASCII bytes from {@code from} to {@code to}. */
  static int packedDate(byte[] b, int from, int to) {
    if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
      return -1;
    }
    int y0 = b[from] - '0';
    int y1 = b[from + 1] - '0';
    int y2 = b[from + 2] - '0';
    int y3 = b[from + 3] - '0';
    int m0 = b[from + 5] - '0';
    int m1 = b[from + 6] - '0';
    int d0 = b[from + 8] - '0';
    int d1 = b[from + 9] - '0';
    // a digit d has 0 <= d and 0 <= 9 - d: the sign bit of neither is set
    int signs = y0 | 9 - y0 | y1 | 9 - y1 | y2 | 9 - y2 | y3 | 9 - y3
        | m0 | 9 - m0 | m1 | 9 - m1 | d0 | 9 - d0 | d1 | 9 - d1;
    if (signs < 0) {
      return -1;
    }
    int year = ((y0 * 10 + y1) * 10 + y2) * 10 + y3;
    return year * 10_000 + (m0 * 10 + m1) * 100 + d0 * 10 + d1;
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
  static boolean plainId(String v) {
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

  /**
   * The identifier in the bytes from {@code from} to {@code to} when they are one that {@link
   * #plainId(String)} accepts, or {@code null}: a byte that is not printable ASCII is never
   * plain, so the bytes are the identifier's characters.
   */
  static String plainId(byte[] b, int from, int to) {
    int n = to - from;
    if (n == 0 || n > Ids.MAX_ID_LENGTH) {
      return null;
    }
    for (int i = from; i < to; i++) {
      byte ch = b[i];
      // a byte of a multi-byte character is negative
      if (ch <= ' ' || ch >= 0x7F) {
        if (ch != ' ' || i == from || i == to - 1) {
          return null;
        }
      }
    }
    return new String(b, from, n, StandardCharsets.ISO_8859_1);
  }

  /** The position of the first control character (U+0000–U+001F, U+007F) in {@code v}, or -1. */
  static int controlCharacter(String v) {
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch < 0x20 || ch == 0x7F) {
        return i;
      }
    }
    return -1;
  }

  /** {@code U+0007}. */
  static String unicode(char ch) {
    return String.format(Locale.ROOT, "U+%04X", (int) ch);
  }

  /**
   * The days of dates' texts seen in one read, by year, month and day for the years {@value
   * #FIRST_YEAR} to {@value #LAST_YEAR}: a table of the year's 372 slots (12 × 31) made when a
   * date of that year is first seen (1.5 kB each); a date of another year is made each time.
   */
  static final class Days {
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2155;
    private static final int SLOTS = 12 * 31;
    @SuppressWarnings("unchecked")
    private final Optional<LocalDate>[][] years =
        (Optional<LocalDate>[][]) new Optional<?>[LAST_YEAR - FIRST_YEAR + 1][];

    /** The date {@code v} as {@link #isoDate} reads it, or {@code null}; parsed once. */
    Optional<LocalDate> day(String v) {
      return day(packedDate(v));
    }

    /** The date in the ASCII bytes from {@code from} to {@code to}, as {@link #day(String)}. */
    Optional<LocalDate> day(byte[] b, int from, int to) {
      return day(packedDate(b, from, to));
    }

    @SuppressWarnings("unchecked")
    private Optional<LocalDate> day(int packed) {
      if (packed < 0) {
        return null;
      }
      int y = packed / 10_000;
      int month = packed / 100 % 100;
      int day = packed % 100;
      Optional<LocalDate>[] year = null;
      int slot = (month - 1) * 31 + day - 1;
      if (y >= FIRST_YEAR && y <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1
          && day <= 31) {
        year = years[y - FIRST_YEAR];
        if (year == null) {
          year = (Optional<LocalDate>[]) new Optional<?>[SLOTS];
          years[y - FIRST_YEAR] = year;
        }
        Optional<LocalDate> seen = year[slot];
        if (seen != null) {
          return seen;
        }
      }
      LocalDate d;
      try {
        d = LocalDate.of(y, month, day);
      } catch (DateTimeException e) {
        return null;
      }
      Optional<LocalDate> some = Optional.of(d);
      if (year != null) {
        year[slot] = some;
      }
      return some;
    }
  }
}
