package org.rbmkit.core.period;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * A calendar year, {@code 2024}.
 *
 * <pre>{@code
 * CalendarYear y = CalendarYear.of(2022);
 * y.next();  // 2023
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #of} and {@link #parse} return one shared instance per
 * year (a model read from a document holds one per period otherwise); compare years with {@code
 * equals}, as for any value.
 *
 * @param year the year, 1900–2199
 */
public record CalendarYear(int year) implements Period, Comparable<CalendarYear> {

  /** Every valid year, from {@link Periods#MIN_YEAR}. */
  private static final CalendarYear[] YEARS =
      new CalendarYear[Periods.MAX_YEAR - Periods.MIN_YEAR + 1];

  static {
    for (int k = 0; k < YEARS.length; k++) {
      YEARS[k] = new CalendarYear(Periods.MIN_YEAR + k);
    }
  }

  /** Validates the year. */
  public CalendarYear {
    Periods.checkYear(year, "year");
  }

  /** The given year. */
  public static CalendarYear of(int year) {
    return YEARS[Periods.checkYear(year, "year") - Periods.MIN_YEAR];
  }

  /** Parses four digits, {@code 2024}. */
  public static CalendarYear parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    if (!Periods.isYear(s)) {
      throw new IllegalArgumentException(Periods.cannotParse("year", s, "four digits, as in 2024"));
    }
    return of(Integer.parseInt(s));
  }

  @Override
  public DateRange dateRange() {
    return DateRange.ofHalfOpen(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /** The year before. */
  public CalendarYear previous() {
    return of(year - 1);
  }

  /** The year after. */
  public CalendarYear next() {
    return of(year + 1);
  }

  @Override
  public int compareTo(CalendarYear o) {
    return Integer.compare(year, o.year);
  }

  /** {@code 2024}. */
  @Override
  public String toString() {
    return Integer.toString(year);
  }
}
