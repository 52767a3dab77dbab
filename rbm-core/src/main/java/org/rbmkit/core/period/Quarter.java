package org.rbmkit.core.period;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, {@code 2024-Q1}.
 *
 * <pre>{@code
 * Quarter q = Quarter.parse("Q4 2024");  // prints 2024-Q4
 * q.next();                              // 2025-Q1
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the year
 * @param quarter 1 to 4
 */
public record Quarter(int year, int quarter) implements Period, Comparable<Quarter> {

  private static final Pattern ISO = Pattern.compile("([0-9]{4})-Q([1-4])");
  private static final Pattern WORDS = Pattern.compile("Q([1-4]) ([0-9]{4})");

  /** Validates the components. */
  public Quarter {
    Periods.checkYear(year, "quarter year");
    checkArgument(quarter >= 1 && quarter <= 4, "quarter %s is not 1 to 4", quarter);
  }

  /** The given quarter. */
  public static Quarter of(int year, int quarter) {
    return new Quarter(year, quarter);
  }

  /** The quarter containing {@code day}. */
  public static Quarter containing(LocalDate day) {
    checkNotNull(day, "day");
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /** Parses {@code 2024-Q1} or {@code Q1 2024}. */
  public static Quarter parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = WORDS.matcher(s);
    if (m.matches()) {
      return new Quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }
    throw new IllegalArgumentException(Periods.cannotParse("quarter", s, "2024-Q1 or Q1 2024"));
  }

  /** The quarter before. */
  public Quarter previous() {
    return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
  }

  /** The quarter after. */
  public Quarter next() {
    return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
  }

  @Override
  public DateRange dateRange() {
    LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
    return DateRange.ofHalfOpen(start, start.plusMonths(3));
  }

  @Override
  public int compareTo(Quarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  /** {@code 2024-Q1}. */
  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
