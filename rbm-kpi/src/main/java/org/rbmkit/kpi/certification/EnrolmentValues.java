package org.rbmkit.kpi.certification;

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

  /** The value with each control character written as a backslash, u and four hex digits. */
  static String escaped(String v) {
    StringBuilder s = new StringBuilder(v.length() + 8);
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch < 0x20 || ch == 0x7F) {
        s.append(String.format(Locale.ROOT, "\\u%04X", (int) ch));
      } else {
        s.append(ch);
      }
    }
    return s.toString();
  }

  /** The value cut to 40 characters for a message. */
  static String shorten(String v) {
    return v.length() > 40 ? v.substring(0, 37) + "..." : v;
  }

  /** The days of dates' texts seen in one read, by a hash of year, month and day. */
  static final class Days {
    private static final int BITS = 12;
    private final int[] keys = new int[1 << BITS];
    @SuppressWarnings("unchecked")
    private final Optional<LocalDate>[] days = (Optional<LocalDate>[]) new Optional<?>[1 << BITS];

    /** The date {@code v} as {@link #isoDate} reads it, or {@code null}; parsed once. */
    Optional<LocalDate> day(String v) {
      int packed = packedDate(v);
      if (packed < 0) {
        return null;
      }
      // one more than the packed date, so that 0 marks an empty slot
      int key = packed + 1;
      int slot = (key * 0x9E3779B1) >>> (32 - BITS);
      if (keys[slot] == key) {
        return days[slot];
      }
      LocalDate d;
      try {
        d = LocalDate.of(packed / 10_000, packed / 100 % 100, packed % 100);
      } catch (DateTimeException e) {
        return null;
      }
      Optional<LocalDate> some = Optional.of(d);
      keys[slot] = key;
      days[slot] = some;
      return some;
    }
  }
}
