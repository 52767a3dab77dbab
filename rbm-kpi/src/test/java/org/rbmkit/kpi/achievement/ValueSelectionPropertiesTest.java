package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.period.Quarter;

/**
 * The target, actual and baseline the calculator selects, checked against the selection rules
 * written naively with streams, on random indicators mixing years, bienniums and quarters, totals
 * and disaggregated values, with and without an as-of date.
 */
class ValueSelectionPropertiesTest {

  private static final long SEED = 20261128L;

  private static final List<Period> PERIODS =
      List.of(
          CalendarYear.of(2020),
          CalendarYear.of(2021),
          CalendarYear.of(2022),
          CalendarYear.of(2023),
          Biennium.startingIn(2020),
          Biennium.startingIn(2022),
          Quarter.of(2021, 2),
          Quarter.of(2022, 4));

  @Test
  void selectsAsTheStatedRules() {
    selectsAsTheStatedRules(0);
  }

  /**
   * The same periods 200 000 years on, as date ranges: their days lie beyond what an indicator's
   * value columns hold, so every period is read from its value object and compared whole.
   */
  @Test
  void selectsAsTheStatedRules_periodsFarInTime() {
    selectsAsTheStatedRules(200_000);
  }

  /** The period {@code years} years later: itself for 0, else a date range of the same days. */
  private static Period later(Period p, int years) {
    return years == 0
        ? p
        : DateRange.ofInclusive(p.start().plusYears(years), p.endInclusive().plusYears(years));
  }

  private static void selectsAsTheStatedRules(int years) {
    SplittableRandom r = new SplittableRandom(SEED);
    AchievementCalculator calc = new AchievementCalculator(AchievementPolicy.DEFAULT);
    int[] reached = new int[4]; // no target, not reported, actual selected, baseline selected
    for (int n = 0; n < 6000; n++) {
      Indicator ind = indicator(r, years);
      Period period = later(PERIODS.get(r.nextInt(PERIODS.size())), years);
      Optional<LocalDate> asOf =
          r.nextBoolean()
              ? Optional.empty()
              : Optional.of(LocalDate.of(2020 + years, 1, 1).plusDays(r.nextInt(5 * 366)));
      Achievement a =
          asOf.isPresent()
              ? calc.achievementAt(ind, period, asOf.get())
              : calc.achievement(ind, period);
      String where =
          "seed " + SEED + " case " + n + ": " + ind.actuals() + " " + period + " " + asOf;

      Optional<IndicatorValue> target =
          ind.targets().stream()
              .filter(v -> v.period().equals(period) && v.value().isTotal())
              .map(PeriodValue::value)
              .findFirst();
      assertThat(a.target()).as(where).isEqualTo(target);
      if (target.isEmpty()) {
        assertThat(a.status()).as(where).isEqualTo(AchievementStatus.NO_TARGET);
        reached[0]++;
        continue;
      }
      List<PeriodValue> actuals =
          ind.actuals().stream()
              .filter(v -> v.value().isTotal() && period.contains(v.period()))
              .filter(v -> asOf.map(d -> !v.period().endInclusive().isAfter(d)).orElse(true))
              .toList();
      if (actuals.isEmpty()) {
        assertThat(a.status()).as(where).isEqualTo(AchievementStatus.NOT_REPORTED);
        reached[1]++;
        continue;
      }
      IndicatorValue latest =
          actuals.stream()
              .filter(v -> v.period().equals(period))
              .findFirst()
              .orElseGet(
                  () ->
                      actuals.stream()
                          .max(
                              Comparator.comparing((PeriodValue v) -> v.period().endInclusive())
                                  .thenComparing(v -> v.period().start()))
                          .orElseThrow())
              .value();
      assertThat(a.actual()).as(where).contains(latest);
      reached[2]++;
      Optional<IndicatorValue> baseline =
          ind.baselines().stream()
              .filter(b -> b.value().isTotal())
              .filter(b -> !b.period().start().isAfter(period.endInclusive()))
              .max(
                  Comparator.comparing((Baseline b) -> b.period().endInclusive())
                      .thenComparing(b -> b.period().start()))
              .map(Baseline::value);
      if (baseline.isEmpty()) {
        assertThat(a.status()).as(where).isEqualTo(AchievementStatus.NO_BASELINE);
      } else {
        assertThat(a.baseline()).as(where).isEqualTo(baseline);
        reached[3]++;
      }
    }
    assertThat(Arrays.stream(reached).min().orElseThrow())
        .as("seed " + SEED + ": fewest cases of a branch in " + Arrays.toString(reached))
        .isGreaterThanOrEqualTo(200);
  }

  /** Periods in order, each ending before the next starts: for {@link #usual} indicators. */
  private static final List<List<Period>> CHAINS =
      List.of(
          List.of(
              CalendarYear.of(2020),
              CalendarYear.of(2021),
              CalendarYear.of(2022),
              CalendarYear.of(2023)),
          List.of(Biennium.startingIn(2020), Quarter.of(2022, 4), CalendarYear.of(2023)),
          List.of(CalendarYear.of(2020), Quarter.of(2021, 2), Biennium.startingIn(2022)));

  /**
   * The usual indicator's targets and actuals: a total target and a total actual for each of some
   * periods of a chain, in its order, one time in three a step from that ({@link
   * RollupPropertiesTest#unpair}).
   */
  private static void usual(SplittableRandom r, Indicator.Builder b, int years) {
    List<Period> periods = new ArrayList<>();
    for (Period p : CHAINS.get(r.nextInt(CHAINS.size()))) {
      if (r.nextInt(4) != 0) {
        periods.add(later(p, years));
      }
    }
    List<PeriodValue> actuals = new ArrayList<>();
    for (Period p : periods) {
      IndicatorValue target = IndicatorValue.of(100 + r.nextInt(100));
      // now and then a target for one group only: then the period has no total target
      b.target(new PeriodValue(p, r.nextInt(12) == 0 ? target.withDimension("sex", "f") : target));
      actuals.add(new PeriodValue(p, IndicatorValue.of(r.nextInt(200))));
    }
    List<Period> off = new ArrayList<>();
    PERIODS.forEach(p -> off.add(later(p, years)));
    off.removeAll(periods);
    RollupPropertiesTest.unpair(r, b, actuals, off);
    actuals.forEach(b::actual);
  }

  private static Indicator indicator(SplittableRandom r, int years) {
    Indicator.Builder b = Indicators.of("i", Measure.UNIT, Direction.INCREASE);
    Set<String> seen = new HashSet<>();
    for (int k = r.nextInt(4); k > 0; k--) {
      int year = 2016 + r.nextInt(8);
      boolean total = r.nextInt(3) > 0;
      if (seen.add("b" + year + total)) {
        IndicatorValue v = IndicatorValue.of(r.nextInt(50));
        b.baseline(
            new Baseline(
                later(CalendarYear.of(year), years), total ? v : v.withDimension("sex", "f")));
      }
    }
    if (r.nextInt(3) == 0) {
      usual(r, b, years);
      return b.build();
    }
    for (int k = 2 + r.nextInt(8); k > 0; k--) {
      Period p = later(PERIODS.get(r.nextInt(PERIODS.size())), years);
      boolean total = r.nextInt(4) > 0;
      if (seen.add("t" + p + total)) {
        IndicatorValue v = IndicatorValue.of(100 + r.nextInt(100));
        b.target(new PeriodValue(p, total ? v : v.withDimension("sex", "f")));
      }
    }
    for (int k = r.nextInt(9); k > 0; k--) {
      Period p = later(PERIODS.get(r.nextInt(PERIODS.size())), years);
      boolean total = r.nextInt(4) > 0;
      if (seen.add("a" + p + total)) {
        IndicatorValue v = IndicatorValue.of(r.nextInt(200));
        b.actual(new PeriodValue(p, total ? v : v.withDimension("sex", "f")));
      }
    }
    return b.build();
  }
}
