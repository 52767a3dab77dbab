package org.rbmkit.core.period;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * A multi-year plan period of whole calendar years, such as the strategic plan 2022-2025.
 *
 * <pre>{@code
 * PlanPeriod plan = PlanPeriod.parse("2022-2025");
 * plan.lengthInYears();                         // 4
 * plan.contains(Biennium.parse("2024-25"));     // true
 * }</pre>
 *
 * <p>A plan period spans at least three years: one year is a {@link CalendarYear}, two a
 * {@link Biennium}, so that {@link Period#parse} reads every period back as its own type.
 *
 * <p>Immutable and thread-safe.
 *
 * @param startYear the first year
 * @param endYear the last year, inclusive; not before {@code startYear}
 */
public record PlanPeriod(int startYear, int endYear) implements Period {

  /** Validates the years. */
  public PlanPeriod {
    Periods.checkYear(startYear, "plan start year");
    Periods.checkYear(endYear, "plan end year");
    checkArgument(endYear >= startYear, "plan end year %s is before start year %s", endYear, startYear);
    // shorter spans have their own types, so that every period has one canonical text
    checkArgument(
        endYear - startYear >= 2,
        "plan period %s-%s spans fewer than three years: use Biennium or CalendarYear",
        startYear,
        endYear);
  }

  /** Parses {@code 2022-2025}. */
  public static PlanPeriod parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    if (!Periods.TWO_YEARS.matcher(s).matches()) {
      throw new IllegalArgumentException(
          Periods.cannotParse("plan period", s, "two four-digit years, as in 2022-2025"));
    }
    int start = Integer.parseInt(s.substring(0, 4));
    int end = Integer.parseInt(s.substring(5));
    if (end < start) {
      throw new IllegalArgumentException("plan period \"" + s + "\" ends before it starts");
    }
    if (end - start < 2) {
      throw new IllegalArgumentException(
          "plan period \"" + s + "\" spans fewer than three years: use a biennium or a year");
    }
    return new PlanPeriod(start, end);
  }

  /** The number of calendar years. */
  public int lengthInYears() {
    return endYear - startYear + 1;
  }

  @Override
  public DateRange dateRange() {
    return DateRange.ofHalfOpen(LocalDate.of(startYear, 1, 1), LocalDate.of(endYear + 1, 1, 1));
  }

  /** {@code 2022-2025}. */
  @Override
  public String toString() {
    return startYear + "-" + endYear;
  }
}
