package org.rbmkit.core.iati;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading of XML Schema simple types ({@code xsd:decimal}, {@code xsd:date} …) from text. */
final class XmlText {

  private static final Pattern POSITIVE_INTEGER = Pattern.compile("\\+?0*[1-9][0-9]{0,8}");
  private static final Pattern DATE =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(?:Z|[+-][0-9]{2}:[0-9]{2})?");

  /** Longest decimal text read, so that hostile input cannot start a huge computation. */
  private static final int MAX_DECIMAL_LENGTH = 64;

  private XmlText() {}

  /**
   * Why the text is not read as a decimal: {@code is not a decimal}, or, for an {@code xsd:decimal}
   * longer than this reader takes, that it is beyond the limit; empty when {@link #decimal} reads
   * it.
   */
  static Optional<String> notDecimal(String text) {
    String s = text.strip();
    if (!isDecimal(s)) {
      return Optional.of("is not a decimal");
    }
    if (s.length() > MAX_DECIMAL_LENGTH) {
      return Optional.of(
          "is a decimal of "
              + s.length()
              + " characters, beyond this reader's limit of "
              + MAX_DECIMAL_LENGTH
              + " characters for a number");
    }
    return Optional.empty();
  }

  /**
   * The {@code xsd:decimal} in the text (whitespace collapsed), or empty, also for one longer than
   * 64 characters ({@link #notDecimal} says which).
   */
  static Optional<BigDecimal> decimal(String text) {
    String s = text.strip();
    if (s.length() > MAX_DECIMAL_LENGTH || !isDecimal(s)) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(s.startsWith("+") ? s.substring(1) : s));
  }

  /**
   * Whether {@code s} is an {@code xsd:decimal} without surrounding space: {@code [+-]?} then
   * digits with at most one point and at least one digit. The same as the pattern {@code
   * [+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)}, without a matcher.
   */
  static boolean isDecimal(String s) {
    int i = 0;
    int n = s.length();
    if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      i = 1;
    }
    boolean digit = false;
    boolean point = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digit;
  }

  /**
   * The {@code xsd:date} in the text, without its time zone, or empty; also empty for year 0000,
   * which XML Schema 1.0's dates do not have (1 BCE is -0001).
   */
  static Optional<LocalDate> date(String text) {
    if (text.length() == 10) {
      // the common form, yyyy-mm-dd without zone or space, read without a matcher or formatter
      return plainDate(text);
    }
    String s = text.strip();
    if (!DATE.matcher(s).matches() || s.startsWith("0000")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s, DateTimeFormatter.ISO_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The date in a 10-character text, as {@link #date} reads it: {@code yyyy-mm-dd} in ASCII digits,
   * year not 0000, a day that exists (2014-02-30 does not).
   */
  private static Optional<LocalDate> plainDate(String s) {
    if (s.charAt(4) != '-' || s.charAt(7) != '-') {
      return Optional.empty();
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year <= 0 || month < 0 || day < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The number in ASCII digits {@code from} to {@code to}, or -1 at any other character. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = 10 * v + (c - '0');
    }
    return v;
  }

  /** Whether the {@code xsd:date} text carries a time zone, which the model does not keep. */
  static boolean hasZone(String text) {
    return text.strip().length() > 10;
  }

  /** The {@code xsd:boolean} in the text ({@code true false 1 0}), or empty. */
  static Optional<Boolean> bool(String text) {
    return switch (text.strip()) {
      case "true", "1" -> Optional.of(Boolean.TRUE);
      case "false", "0" -> Optional.of(Boolean.FALSE);
      default -> Optional.empty();
    };
  }

  /** The {@code xsd:positiveInteger} in the text, up to 999999999, or empty. */
  static Optional<Integer> positiveInteger(String text) {
    String s = text.strip();
    if (!POSITIVE_INTEGER.matcher(s).matches()) {
      return Optional.empty();
    }
    return Optional.of(Integer.valueOf(s.startsWith("+") ? s.substring(1) : s));
  }

}
