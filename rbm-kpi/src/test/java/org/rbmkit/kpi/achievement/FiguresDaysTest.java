package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.period.Quarter;

/** The epoch days the value selection compares, against {@link LocalDate}'s. */
class FiguresDaysTest {

  @Test
  void newYearIsLocalDatesEpochDayForEveryYear() {
    for (int y = -2000; y <= 3000; y++) {
      assertThat(Figures.newYear(y)).as("year %d", y).isEqualTo(LocalDate.of(y, 1, 1).toEpochDay());
    }
  }

  @Test
  void periodsFirstAndLastDaysAreTheirDateRanges() {
    for (int y = 1900; y <= 2199; y++) {
      Period p = CalendarYear.of(y);
      assertThat(Figures.firstDay(p)).isEqualTo(p.start().toEpochDay());
      assertThat(Figures.lastDay(p)).isEqualTo(p.endInclusive().toEpochDay());
    }
    Period q = Quarter.of(2024, 1); // 2024-01-01 to 2024-03-31, a leap February
    assertThat(Figures.lastDay(q) - Figures.firstDay(q)).isEqualTo(31 + 29 + 31 - 1);
    Period b = Biennium.startingIn(2024);
    assertThat(Figures.lastDay(b)).isEqualTo(LocalDate.of(2025, 12, 31).toEpochDay());
  }

  @Test
  void calendarYearsAreTheSameByTheirYearAndOtherPeriodsByEquals() {
    assertThat(Figures.same(CalendarYear.of(2024), CalendarYear.of(2024))).isTrue();
    assertThat(Figures.same(CalendarYear.of(2024), CalendarYear.of(2025))).isFalse();
    // the same days, another kind of period: not the same
    assertThat(Figures.same(CalendarYear.of(2024), Period.parse("2024-01-01/2024-12-31")))
        .isFalse();
    assertThat(Figures.same(Quarter.of(2024, 2), Quarter.of(2024, 2))).isTrue();
  }
}
