package org.rbmkit.core.period;

import com.google.common.base.CharMatcher;
import java.util.regex.Pattern;
import org.rbmkit.core.text.Shown;

/** Shared limits and messages of the period types. */
final class Periods {

  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2199;

  static final String ACCEPTED =
      "2024 (year), 2024-25 or 2024-2025 (biennium), 2022-2025 (plan period), 2024-Q1 (quarter),"
          + " 2024-01-01/2024-06-30 (date range, end inclusive)";

  private static final CharMatcher DIGITS = CharMatcher.inRange('0', '9');

  /** {@code 2024}. */
  static final Pattern YEAR = Pattern.compile("[0-9]{4}");

  /** Whether {@code s} is four ASCII digits, as {@link #YEAR} matches, without a matcher. */
  static boolean isYear(String s) {
    return s.length() == 4 && DIGITS.matchesAllOf(s);
  }

  /** {@code 2024-25}. */
  static final Pattern YEAR_AND_SHORT_YEAR = Pattern.compile("[0-9]{4}-[0-9]{2}");
  /** {@code 2022-2025}. */
  static final Pattern TWO_YEARS = Pattern.compile("[0-9]{4}-[0-9]{4}");
  /** {@code 2024-25} or {@code 2024-2025}. */
  static final Pattern BIENNIUM = Pattern.compile("[0-9]{4}-([0-9]{2}|[0-9]{4})");

  private Periods() {}

  static String cannotParse(String what, CharSequence text, String accepted) {
    return "cannot parse " + what + " \"" + Shown.value(text.toString()) + "\": expected "
        + accepted;
  }

  static int checkYear(int year, String field) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          field + " " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
    }
    return year;
  }
}
