package org.rbmkit.core.period;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;

/**
 * Two consecutive calendar years, the programme-and-budget period of the ILO and its Turin
 * centre ("exercice biennal 2024-25").
 *
 * <pre>{@code
 * Biennium b = Biennium.parse("2024-2025");   // prints 2024-25
 * b.previous();                               // 2022-23
 * b.years();                                  // [2024, 2025]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param startYear the first of the two years
 */
public record Biennium(int startYear) implements Period, Comparable<Biennium> {

  private static final String ACCEPTED = "2024-25 or 2024-2025 (two consecutive years)";

  /** Validates the start year. */
  public Biennium {
    Periods.checkYear(startYear, "biennium start year");
    Periods.checkYear(startYear + 1, "biennium end year");
  }

  /** The biennium starting in {@code startYear}. */
  public static Biennium startingIn(int startYear) {
    return new Biennium(startYear);
  }

  /**
   * Parses {@code 2024-25} or {@code 2024-2025}.
   *
   * @throws IllegalArgumentException if the text has another form or the years are not
   *     consecutive ({@code 2024-27})
   */
  public static Biennium parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    if (!Periods.BIENNIUM.matcher(s).matches()) {
      throw new IllegalArgumentException(Periods.cannotParse("biennium", s, ACCEPTED));
    }
    int start = Integer.parseInt(s.substring(0, 4));
    String endText = s.substring(5);
    int end =
        endText.length() == 4
            ? Integer.parseInt(endText)
            : (start + 1) / 100 * 100 + Integer.parseInt(endText);
    if (end != start + 1) {
      throw new IllegalArgumentException(
          "biennium \"" + s + "\" does not span two consecutive years: expected " + ACCEPTED);
    }
    return new Biennium(start);
  }

  /** The second year. */
  public int endYear() {
    return startYear + 1;
  }

  /** The two calendar years. */
  public List<CalendarYear> years() {
    return List.of(CalendarYear.of(startYear), CalendarYear.of(startYear + 1));
  }

  /** The biennium before, {@code 2022-23} for {@code 2024-25}. */
  public Biennium previous() {
    return new Biennium(startYear - 2);
  }

  /** The biennium after, {@code 2026-27} for {@code 2024-25}. */
  public Biennium next() {
    return new Biennium(startYear + 2);
  }

  @Override
  public DateRange dateRange() {
    return DateRange.ofHalfOpen(LocalDate.of(startYear, 1, 1), LocalDate.of(startYear + 2, 1, 1));
  }

  @Override
  public int compareTo(Biennium o) {
    return Integer.compare(startYear, o.startYear);
  }

  /** {@code 2024-25}. */
  @Override
  public String toString() {
    return String.format("%d-%02d", startYear, (startYear + 1) % 100);
  }
}
