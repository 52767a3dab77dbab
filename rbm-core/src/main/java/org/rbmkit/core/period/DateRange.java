package org.rbmkit.core.period;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Any range of days, closed-open inside ({@code start} included, {@code endExclusive} not), with
 * the inclusive end exposed as published texts print it.
 *
 * <pre>{@code
 * DateRange h1 = DateRange.ofInclusive(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));
 * h1.toString();        // "2024-01-01/2024-06-30" (end inclusive)
 * h1.lengthInDays();    // 182
 * }</pre>
 *
 * <p>A range holds at least one day. Immutable and thread-safe.
 */
public final class DateRange implements Period {

  /** The length of the longest text of a range: {@code -999999999-01-01/+999999999-12-30}. */
  static final int MAX_TEXT = 33;

  private final LocalDate start;
  private final LocalDate endExclusive;

  private DateRange(LocalDate start, LocalDate endExclusive) {
    this.start = start;
    this.endExclusive = endExclusive;
  }

  /**
   * The days from {@code start} up to and including {@code endInclusive}, which is before {@link
   * LocalDate#MAX} (the range keeps the day after its end).
   */
  public static DateRange ofInclusive(LocalDate start, LocalDate endInclusive) {
    checkNotNull(start, "start");
    checkNotNull(endInclusive, "endInclusive");
    checkArgument(
        !endInclusive.isBefore(start), "end %s is before start %s", endInclusive, start);
    checkArgument(
        endInclusive.isBefore(LocalDate.MAX),
        "end %s is the last day a date can hold: a range must end before it",
        endInclusive);
    return new DateRange(start, endInclusive.plusDays(1));
  }

  /** The days from {@code start} up to but excluding {@code endExclusive}. */
  public static DateRange ofHalfOpen(LocalDate start, LocalDate endExclusive) {
    checkNotNull(start, "start");
    checkNotNull(endExclusive, "endExclusive");
    checkArgument(
        endExclusive.isAfter(start), "end %s is not after start %s", endExclusive, start);
    return new DateRange(start, endExclusive);
  }

  /**
   * Parses {@code 2024-01-01/2024-06-30}: two ISO dates, the second inclusive, as {@link
   * #toString} writes them (a year outside 0000–9999 has a sign and more digits, {@code
   * +202020-04-01}, as {@link LocalDate#toString} writes it).
   *
   * @throws IllegalArgumentException quoting the input, for a malformed or impossible date
   *     ({@code 2023-02-30}) or an end before the start
   */
  public static DateRange parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0 || s.length() < 21 || s.length() > MAX_TEXT || s.indexOf('/', slash + 1) >= 0) {
      throw new IllegalArgumentException(
          Periods.cannotParse("date range", s, "2024-01-01/2024-06-30 (end inclusive)"));
    }
    try {
      return ofInclusive(
          LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          Periods.cannotParse("date range", s, "two valid ISO dates, 2024-01-01/2024-06-30"), e);
    }
  }

  @Override
  public DateRange dateRange() {
    return this;
  }

  @Override
  public LocalDate start() {
    return start;
  }

  /** The first day after the range. */
  public LocalDate endExclusive() {
    return endExclusive;
  }

  @Override
  public LocalDate endInclusive() {
    return endExclusive.minusDays(1);
  }

  @Override
  public boolean contains(LocalDate day) {
    checkNotNull(day, "day");
    return !day.isBefore(start) && day.isBefore(endExclusive);
  }

  /** The number of days in the range, at least 1. */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, endExclusive);
  }

  /**
   * The number of days of this range that lie before {@code day}: 0 if {@code day} is on or
   * before the start, {@link #lengthInDays()} if it is after the end.
   */
  public long daysElapsedBefore(LocalDate day) {
    checkNotNull(day, "day");
    if (!day.isAfter(start)) {
      return 0;
    }
    if (!day.isBefore(endExclusive)) {
      return lengthInDays();
    }
    return ChronoUnit.DAYS.between(start, day);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange r && start.equals(r.start) && endExclusive.equals(r.endExclusive);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + endExclusive.hashCode();
  }

  /**
   * {@code 2024-01-01/2024-06-30}, end inclusive; a year outside 0000–9999 is written with its
   * sign, {@code +202020-04-01}, which {@link #parse} reads back.
   */
  @Override
  public String toString() {
    return start + "/" + endInclusive();
  }
}
