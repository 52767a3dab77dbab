package org.rbmkit.core.period;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * A span of time that plans, budgets and indicator values refer to: a calendar year, a biennium,
 * a multi-year plan period, a quarter or any date range.
 *
 * <pre>{@code
 * Period p = Period.parse("2024-25");            // a Biennium
 * p.contains(LocalDate.of(2025, 6, 30));         // true
 * p.overlaps(Period.parse("2022-2025"));         // true: a PlanPeriod
 * }</pre>
 *
 * <p>Every period is a closed-open range of days, {@link #dateRange()}; containment and overlap
 * are defined on it, so periods of different kinds compare naturally. Two periods of different
 * kinds are never {@code equals}, even when they cover the same days. Implementations are
 * immutable and thread-safe.
 */
public sealed interface Period permits CalendarYear, Biennium, PlanPeriod, Quarter, DateRange {

  /** The days this period covers. */
  DateRange dateRange();

  /** The first day. */
  default LocalDate start() {
    return dateRange().start();
  }

  /** The last day, inclusive. */
  default LocalDate endInclusive() {
    return dateRange().endInclusive();
  }

  /** Whether the day lies within this period. */
  default boolean contains(LocalDate day) {
    return dateRange().contains(day);
  }

  /** Whether every day of {@code other} lies within this period. */
  default boolean contains(Period other) {
    checkNotNull(other, "other");
    DateRange a = dateRange();
    DateRange b = other.dateRange();
    return !b.start().isBefore(a.start()) && !b.endExclusive().isAfter(a.endExclusive());
  }

  /** Whether this period and {@code other} share at least one day. */
  default boolean overlaps(Period other) {
    checkNotNull(other, "other");
    DateRange a = dateRange();
    DateRange b = other.dateRange();
    return a.start().isBefore(b.endExclusive()) && b.start().isBefore(a.endExclusive());
  }

  /**
   * Parses any period's canonical text: {@code 2024} (calendar year), {@code 2024-25} or
   * {@code 2024-2025} (biennium), {@code 2022-2025} (plan period of three or more years),
   * {@code 2024-Q1} (quarter), {@code 2024-01-01/2024-06-30} (date range, end inclusive).
   *
   * @throws IllegalArgumentException quoting the input and listing the accepted forms
   */
  static Period parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    if (s.length() > DateRange.MAX_TEXT) {
      throw new IllegalArgumentException(Periods.cannotParse("period", s, Periods.ACCEPTED));
    }
    if (s.contains("/")) {
      return DateRange.parse(s);
    }
    if (s.contains("Q")) {
      return Quarter.parse(s);
    }
    if (Periods.isYear(s)) {
      return CalendarYear.parse(s);
    }
    if (Periods.YEAR_AND_SHORT_YEAR.matcher(s).matches()) {
      return Biennium.parse(s);
    }
    if (Periods.TWO_YEARS.matcher(s).matches()) {
      int start = Integer.parseInt(s.substring(0, 4));
      int end = Integer.parseInt(s.substring(5));
      return end == start + 1 ? Biennium.parse(s) : PlanPeriod.parse(s);
    }
    throw new IllegalArgumentException(Periods.cannotParse("period", s, Periods.ACCEPTED));
  }
}
