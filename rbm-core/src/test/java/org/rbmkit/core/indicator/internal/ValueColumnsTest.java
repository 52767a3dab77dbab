package org.rbmkit.core.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.period.PlanPeriod;
import org.rbmkit.core.period.Quarter;
import org.rbmkit.core.text.LocalizedText;

/** An indicator's values in columns, and the epoch days the value selection compares. */
class ValueColumnsTest {

  @Test
  void anIndicatorsColumnsHoldEveryBaselineTargetAndActualInOrder() {
    Indicator i =
        Indicator.builder("1.1", LocalizedText.of("en", "Sites"), Measure.UNIT)
            .baseline(Baseline.inYear(2022, IndicatorValue.of("12.5")))
            .target(PeriodValue.of("2024-25", IndicatorValue.of(40).with(Qualifier.AT_LEAST)))
            .target(PeriodValue.of("2024-25", IndicatorValue.of(25).withDimension("sex", "f")))
            .actual(PeriodValue.of("2024", IndicatorValue.of("0.000000000001")))
            .actual(PeriodValue.of("2025", IndicatorValue.of("1234567890123456789")))
            .actual(PeriodValue.of("2025", IndicatorValue.of("-7").with(Qualifier.APPROXIMATE)
                .withDimension("sex", "m")))
            .build();
    long[] c = ValueColumns.of(i);
    assertThat(ValueColumns.size(c)).isEqualTo(6);
    assertThat(ValueColumns.firstTarget(c)).isEqualTo(1);
    assertThat(ValueColumns.firstActual(c)).isEqualTo(3);
    // baseline 12.5 in 2022
    assertThat(ValueColumns.periodKey(c, 0))
        .isEqualTo(ValueColumns.periodKey(CalendarYear.of(2022)));
    assertThat(ValueColumns.firstDay(c, 0)).isEqualTo(LocalDate.of(2022, 1, 1).toEpochDay());
    assertThat(ValueColumns.lastDay(c, 0)).isEqualTo(LocalDate.of(2022, 12, 31).toEpochDay());
    assertThat(ValueColumns.isTotal(c, 0)).isTrue();
    assertThat(ValueColumns.isDecimal(c, 0)).isTrue();
    assertThat(ValueColumns.units(c, 0)).isEqualTo(125);
    assertThat(ValueColumns.scale(c, 0)).isEqualTo(1);
    // target >=40, and 25 for women
    assertThat(ValueColumns.periodKey(c, 1))
        .isEqualTo(ValueColumns.periodKey(Biennium.startingIn(2024)));
    assertThat(ValueColumns.lastDay(c, 1)).isEqualTo(LocalDate.of(2025, 12, 31).toEpochDay());
    assertThat(ValueColumns.isBound(c, 1)).isTrue();
    assertThat(ValueColumns.units(c, 1)).isEqualTo(40);
    assertThat(ValueColumns.isTotal(c, 2)).isFalse();
    assertThat(ValueColumns.isBound(c, 2)).isFalse();
    // twelve decimal places, the most a decimal value has
    assertThat(ValueColumns.units(c, 3)).isEqualTo(1);
    assertThat(ValueColumns.scale(c, 3)).isEqualTo(12);
    // 19 digits: not held, read from the value object instead
    assertThat(ValueColumns.isDecimal(c, 4)).isFalse();
    assertThat(ValueColumns.isTotal(c, 4)).isTrue();
    assertThat(ValueColumns.units(c, 4)).isZero();
    // approximate is not a bound
    assertThat(ValueColumns.units(c, 5)).isEqualTo(-7);
    assertThat(ValueColumns.isBound(c, 5)).isFalse();
    assertThat(ValueColumns.isTotal(c, 5)).isFalse();
  }

  @Test
  void ratiosAndTextsAreNotDecimals() {
    Indicator ratio =
        Indicator.builder("2.1", LocalizedText.of("en", "Rate"), Measure.RATIO)
            .actual(PeriodValue.of("2024", IndicatorValue.ratio(72, 119)))
            .build();
    assertThat(ValueColumns.isDecimal(ValueColumns.of(ratio), 0)).isFalse();
    assertThat(ValueColumns.units(ValueColumns.of(ratio), 0)).isZero();
  }

  @Test
  void theBuilderRefusesWhatTheColumnsCannotHold() {
    Period y = CalendarYear.of(2024);
    assertThatThrownBy(() -> ValueColumns.builder(0, 0, 1).add(y, ValueColumns.DECIMAL,
            1_000_000_000_000_000_000L, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("flags 2, unscaled value 1000000000000000000, scale 0");
    assertThatThrownBy(() -> ValueColumns.builder(0, 0, 1).add(y, ValueColumns.DECIMAL, 1, 19))
        .hasMessage("flags 2, unscaled value 1, scale 19");
    assertThatThrownBy(() -> ValueColumns.builder(0, 0, 1).add(y, ValueColumns.TOTAL, 5, 0))
        .hasMessage("flags 1, unscaled value 5, scale 0");
    assertThatThrownBy(() -> ValueColumns.builder(0, 0, 1).add(y, 8, 0, 0))
        .hasMessage("flags 8, unscaled value 0, scale 0");
    assertThatThrownBy(() -> ValueColumns.builder(0, 1, 0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("0 of 1 values added");
    assertThatThrownBy(() -> ValueColumns.builder(0, 0, 0).add(y, 0, 0, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("all 0 values are added");
    assertThatThrownBy(() -> ValueColumns.builder(-1, 0, 0))
        .hasMessage("-1 baselines, 0 targets, 0 actuals: from 0 to 1073741819 values in all");
    assertThatThrownBy(() -> ValueColumns.builder(0, 1, ValueColumns.MAX_VALUES))
        .hasMessage(
            "0 baselines, 1 targets, 1073741819 actuals: from 0 to 1073741819 values in all");
    assertThatThrownBy(() -> ValueColumns.of("an indicator"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java.lang.String has no value columns");
  }

  @Test
  void periodKeysAreEqualExactlyWhenThePeriodsAre() {
    List<Period> periods = new ArrayList<>();
    for (int y = 1900; y <= 2199; y++) {
      periods.add(CalendarYear.of(y));
      periods.add(Period.parse(y + "-01-01/" + y + "-12-31")); // a year's days, another kind
      periods.add(Quarter.of(y, 1 + y % 4));
      if (y < 2199) {
        periods.add(Biennium.startingIn(y));
        periods.add(Period.parse(y + "-01-01/" + (y + 1) + "-12-31"));
      }
      if (y < 2198) {
        periods.add(new PlanPeriod(y, y + 2));
        periods.add(Period.parse(y + "-01-01/" + (y + 2) + "-12-31"));
      }
    }
    periods.add(DateRange.ofInclusive(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29)));
    List<Period> others =
        List.of(
            periods.get(0),
            periods.get(1),
            periods.get(periods.size() - 1),
            CalendarYear.of(2024),
            Biennium.startingIn(2024),
            new PlanPeriod(2024, 2026),
            Period.parse("2024-01-01/2026-12-31"));
    for (Period a : periods) {
      assertThat(ValueColumns.periodKey(a)).as("%s", a).isNotEqualTo(ValueColumns.NO_KEY);
      for (Period b : others) {
        assertThat(ValueColumns.periodKey(a) == ValueColumns.periodKey(b))
            .as("%s and %s", a, b)
            .isEqualTo(a.equals(b));
      }
    }
    assertThat(periods.stream().map(ValueColumns::periodKey).distinct().count())
        .isEqualTo(periods.size());
  }

  @Test
  void daysFarFromNowAreNotHeldAndTheirPeriodsHaveNoKey() {
    Period far = DateRange.ofInclusive(LocalDate.of(-200_000, 1, 1), LocalDate.of(2024, 1, 1));
    assertThat(ValueColumns.periodKey(far)).isEqualTo(ValueColumns.NO_KEY);
    long[] c = ValueColumns.builder(0, 1, 0).add(far, ValueColumns.TOTAL, 0, 0).build();
    assertThat(ValueColumns.hasDays(c, 0)).isFalse();
    assertThat(ValueColumns.periodKey(c, 0)).isEqualTo(ValueColumns.NO_KEY);
    Period near = DateRange.ofInclusive(LocalDate.of(-80_000, 1, 1), LocalDate.of(80_000, 1, 1));
    c = ValueColumns.builder(0, 1, 0).add(near, ValueColumns.TOTAL, 0, 0).build();
    assertThat(ValueColumns.hasDays(c, 0)).isTrue();
    assertThat(ValueColumns.firstDay(c, 0)).isEqualTo(LocalDate.of(-80_000, 1, 1).toEpochDay());
    assertThat(ValueColumns.lastDay(c, 0)).isEqualTo(LocalDate.of(80_000, 1, 1).toEpochDay());
  }

  @Test
  void newYearIsLocalDatesEpochDayForEveryYear() {
    for (int y = -2000; y <= 3000; y++) {
      assertThat(ValueColumns.newYear(y))
          .as("year %d", y)
          .isEqualTo(LocalDate.of(y, 1, 1).toEpochDay());
    }
  }

  @Test
  void periodsFirstAndLastDaysAreTheirDateRanges() {
    for (int y = 1900; y <= 2199; y++) {
      Period p = CalendarYear.of(y);
      assertThat(ValueColumns.firstDay(p)).isEqualTo(p.start().toEpochDay());
      assertThat(ValueColumns.lastDay(p)).isEqualTo(p.endInclusive().toEpochDay());
    }
    Period q = Quarter.of(2024, 1); // 2024-01-01 to 2024-03-31, a leap February
    assertThat(ValueColumns.lastDay(q) - ValueColumns.firstDay(q)).isEqualTo(31 + 29 + 31 - 1);
    Period b = Biennium.startingIn(2024);
    assertThat(ValueColumns.lastDay(b)).isEqualTo(LocalDate.of(2025, 12, 31).toEpochDay());
  }
}
