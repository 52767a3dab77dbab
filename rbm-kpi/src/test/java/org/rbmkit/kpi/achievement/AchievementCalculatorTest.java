package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rbmkit.kpi.achievement.Indicators.base;
import static org.rbmkit.kpi.achievement.Indicators.increase;
import static org.rbmkit.kpi.achievement.Indicators.pv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.Period;
import org.rbmkit.kpi.achievement.AchievementPolicy.AchievementMethod;
import org.rbmkit.kpi.achievement.AchievementPolicy.MissingBaseline;
import org.rbmkit.kpi.achievement.AchievementPolicy.OverAchievement;

class AchievementCalculatorTest {

  static final AchievementCalculator DEFAULT = new AchievementCalculator(AchievementPolicy.DEFAULT);
  static final AchievementCalculator RATIO =
      new AchievementCalculator(
          AchievementPolicy.DEFAULT.withMethod(AchievementMethod.RATIO_TO_TARGET));
  static final Period Y2021 = CalendarYear.of(2021);
  static final Period PLAN = Period.parse("2018-2021");

  static String pct(Achievement a) {
    return a.point().orElseThrow().percentage(2, RoundingMode.HALF_UP).toPlainString();
  }

  @ParameterizedTest(name = "baseline {0}, target {1}, actual {2}: {3} %")
  @CsvSource({
    // baseline, target, actual, progress % (hand-computed)
    "40, 60, 55, 75.00", //   (55 − 40) / (60 − 40) = 15/20
    "40, 60, 40, 0.00",
    "40, 60, 60, 100.00",
    "40, 60, 30, -50.00", //  moved away from the target
    "0, 3, 1, 33.33", //      1/3
    "59.0, 65, 61.50, 41.67", // 2.5 / 6
  })
  void progress_increase(String b, String t, String a, String expected) {
    Achievement r = DEFAULT.achievement(increase(b, t, "2021", a), Y2021);
    assertThat(r.status()).isEqualTo(AchievementStatus.MEASURED);
    assertThat(pct(r)).isEqualTo(expected);
    assertThat(r.explanation()).contains("(" + a + " − " + b + ") ÷ (" + t + " − " + b + ")");
  }

  @Test
  void progress_decrease_improvesAsTheValueFalls() {
    // baseline 10, target 5, actual 7: (10 − 7) / (10 − 5) = 3/5
    Indicator i =
        Indicators.of("d", Measure.PERCENTAGE, Direction.DECREASE)
            .baseline(base(2017, "10"))
            .target(pv("2021", "5"))
            .actual(pv("2021", "7"))
            .build();
    assertThat(pct(DEFAULT.achievement(i, Y2021))).isEqualTo("60.00");
    Indicator later = i.withActual(pv("2020", "12"));
    assertThat(pct(DEFAULT.achievement(later, Y2021)))
        .as("a 2020 actual lies outside 2021")
        .isEqualTo("60.00");
  }

  @Test
  void ratioToTarget_increaseAndDecrease() {
    assertThat(pct(RATIO.achievement(increase("40", "60", "2021", "55"), Y2021)))
        .isEqualTo("91.67"); // 55/60
    assertThat(RATIO.achievement(increase(null, "60", "2021", "55"), Y2021).status())
        .as("no baseline needed")
        .isEqualTo(AchievementStatus.MEASURED);
    Indicator d =
        Indicators.of("d", Measure.UNIT, Direction.DECREASE)
            .target(pv("2021", "5"))
            .actual(pv("2021", "7"))
            .build();
    assertThat(pct(RATIO.achievement(d, Y2021))).isEqualTo("71.43"); // 5/7
    Indicator d2 =
        Indicators.of("d", Measure.UNIT, Direction.DECREASE)
            .target(pv("2021", "5"))
            .actual(pv("2021", "4"))
            .build();
    assertThat(pct(RATIO.achievement(d2, Y2021))).isEqualTo("125.00"); // 5/4
  }

  @Test
  void noActual_isNotReported() {
    Achievement a = DEFAULT.achievement(increase("40", "60", "2021", null), Y2021);
    assertThat(a.status()).isEqualTo(AchievementStatus.NOT_REPORTED);
    assertThat(a.low()).isEmpty();
    assertThat(a.high()).isEmpty();
    assertThat(a.explanation()).isEqualTo("indicator i 2021: no total actual reported within 2021");
  }

  @Test
  void noTarget_forThePeriod() {
    Achievement a = DEFAULT.achievement(increase("40", "60", "2021", "55"), CalendarYear.of(2020));
    assertThat(a.status()).isEqualTo(AchievementStatus.NO_TARGET);
    assertThat(a.explanation()).contains("indicator i 2020");
  }

  @Test
  void noBaseline_requiredByDefault_orTakenAsZero() {
    Indicator i = increase(null, "200", "2021", "150");
    assertThat(DEFAULT.achievement(i, Y2021).status()).isEqualTo(AchievementStatus.NO_BASELINE);
    AchievementCalculator zero =
        new AchievementCalculator(
            AchievementPolicy.DEFAULT.withMissingBaseline(MissingBaseline.TREAT_AS_ZERO));
    Achievement a = zero.achievement(i, Y2021);
    assertThat(pct(a)).isEqualTo("75.00"); // (150 − 0) / (200 − 0)
    assertThat(a.baseline()).isEmpty();
    assertThat(a.explanation()).contains("taken as zero");
  }

  @Test
  void baselineEqualToTarget_isExplicit() {
    Achievement a = DEFAULT.achievement(increase("60", "60", "2021", "61"), Y2021);
    assertThat(a.status()).isEqualTo(AchievementStatus.BASELINE_EQUALS_TARGET);
    assertThat(a.toString()).isEqualTo("indicator i 2021: - (baseline-equals-target)");
  }

  @Test
  void targetOnTheWrongSideOfTheBaseline() {
    assertThat(DEFAULT.achievement(increase("50", "40", "2021", "45"), Y2021).status())
        .isEqualTo(AchievementStatus.TARGET_AGAINST_DIRECTION);
  }

  @Test
  void zeroDenominators_areExplicit() {
    Indicator r =
        Indicators.of("r", Measure.RATIO, Direction.INCREASE)
            .baseline(Baseline.inYear(2017, IndicatorValue.ratio(1, 2)))
            .target(pv("2021", IndicatorValue.ratio(3, 4)))
            .actual(pv("2021", IndicatorValue.ratio(0, 0)))
            .build();
    Achievement zero = DEFAULT.achievement(r, Y2021);
    assertThat(zero.status()).isEqualTo(AchievementStatus.ZERO_DENOMINATOR);
    // the undefined actual keeps the baseline progress would be measured from, and the target
    assertThat(zero.baseline()).contains(IndicatorValue.ratio(1, 2));
    assertThat(zero.target()).contains(IndicatorValue.ratio(3, 4));
    assertThat(RATIO.achievement(increase(null, "0", "2021", "5"), Y2021).status())
        .isEqualTo(AchievementStatus.ZERO_DENOMINATOR); // actual ÷ 0
    Indicator d =
        Indicators.of("d", Measure.UNIT, Direction.DECREASE)
            .target(pv("2021", "5"))
            .actual(pv("2021", "0"))
            .build();
    assertThat(RATIO.achievement(d, Y2021).status())
        .isEqualTo(AchievementStatus.ZERO_DENOMINATOR); // 5 ÷ 0
  }

  @Test
  void overAchievement_keptByDefault_orCapped() {
    Indicator i = increase("0", "100", "2021", "130");
    Achievement kept = DEFAULT.achievement(i, Y2021);
    assertThat(pct(kept)).isEqualTo("130.00");
    assertThat(kept.capped()).isFalse();
    Achievement capped =
        new AchievementCalculator(
                AchievementPolicy.DEFAULT.withOverAchievement(OverAchievement.CAP))
            .achievement(i, Y2021);
    assertThat(pct(capped)).isEqualTo("100.00");
    assertThat(capped.capped()).isTrue();
    assertThat(capped.explanation()).endsWith("capped at 100 %");
    Achievement under =
        new AchievementCalculator(
                AchievementPolicy.DEFAULT.withOverAchievement(OverAchievement.CAP))
            .achievement(increase("0", "100", "2021", "80"), Y2021);
    assertThat(under.capped()).isFalse();
    assertThat(pct(under)).isEqualTo("80.00");
  }

  @Test
  void qualifiedActual_givesARange() {
    // baseline 80, target 90, actual "at least 86": achievement at least (86 − 80) / 10 = 60 %
    Indicator atLeast =
        Indicators.of("q", Measure.PERCENTAGE, Direction.INCREASE)
            .baseline(base(2017, "80"))
            .target(pv("2021", "90"))
            .actual(pv("2021", IndicatorValue.of("86").with(Qualifier.AT_LEAST)))
            .build();
    Achievement a = DEFAULT.achievement(atLeast, Y2021);
    assertThat(a.status()).isEqualTo(AchievementStatus.MEASURED);
    assertThat(a.isRange()).isTrue();
    assertThat(a.low().orElseThrow().percentage(0, RoundingMode.UNNECESSARY))
        .isEqualByComparingTo("60");
    assertThat(a.high()).isEmpty();
    assertThat(a.toString()).isEqualTo("indicator q 2021: >= 60.0 % (measured)");

    Indicator atMost =
        Indicators.of("q", Measure.PERCENTAGE, Direction.INCREASE)
            .baseline(base(2017, "80"))
            .target(pv("2021", "90"))
            .actual(pv("2021", IndicatorValue.of("86").with(Qualifier.AT_MOST)))
            .build();
    Achievement b = DEFAULT.achievement(atMost, Y2021);
    assertThat(b.low()).isEmpty();
    assertThat(b.high().orElseThrow().percentage(0, RoundingMode.UNNECESSARY))
        .isEqualByComparingTo("60");

    // decrease: "at least 7" from 10 towards 5 means at most (10 − 7) / 5 = 60 %
    Indicator dec =
        Indicators.of("d", Measure.UNIT, Direction.DECREASE)
            .baseline(base(2017, "10"))
            .target(pv("2021", "5"))
            .actual(pv("2021", IndicatorValue.of("7").with(Qualifier.AT_LEAST)))
            .build();
    Achievement c = DEFAULT.achievement(dec, Y2021);
    assertThat(c.low()).isEmpty();
    assertThat(c.high().orElseThrow().percentage(0, RoundingMode.UNNECESSARY))
        .isEqualByComparingTo("60");
  }

  @Test
  void approximateValues_areTakenAsStatedAndFlagged() {
    Indicator i =
        Indicators.of("a", Measure.UNIT, Direction.INCREASE)
            .baseline(base(2017, "0"))
            .target(pv("2021", "10"))
            .actual(pv("2021", IndicatorValue.of("5").with(Qualifier.APPROXIMATE)))
            .build();
    Achievement a = DEFAULT.achievement(i, Y2021);
    assertThat(pct(a)).isEqualTo("50.00");
    assertThat(a.approximate()).isTrue();
  }

  @ParameterizedTest(name = "band 95..100, actual {0}: {1}")
  @CsvSource({
    "exact, 97.5, met",
    "exact, 95, met",
    "exact, 100, met",
    "exact, 94.99, not-met",
    "at-least, 99, indeterminate",
    "at-least, 101, not-met",
    "at-most, 94, not-met",
    "at-most, 99, indeterminate",
  })
  void maintain_inOrOutOfBand(String qualifier, String actual, String status) {
    Indicator i =
        Indicators.of("m", Measure.PERCENTAGE, Direction.NONE)
            .maintainWithin(new BigDecimal("95"), new BigDecimal("100"))
            .target(pv("2021", "97"))
            .actual(pv("2021", IndicatorValue.of(actual).with(Qualifier.fromCode(qualifier))))
            .build();
    Achievement a = DEFAULT.achievement(i, Y2021);
    assertThat(a.status().code()).isEqualTo(status);
    if (a.status() == AchievementStatus.MET) {
      assertThat(a.point()).contains(ExactRatio.ONE);
    } else if (a.status() == AchievementStatus.NOT_MET) {
      assertThat(a.point()).contains(ExactRatio.ZERO);
    }
  }

  @Test
  void maintain_ratioIsBandedAsAPercentage() {
    Indicator i =
        Indicators.of("m", Measure.RATIO, Direction.NONE)
            .maintainWithin(new BigDecimal("55"), new BigDecimal("65"))
            .target(pv("2021", IndicatorValue.ratio(60, 100)))
            .actual(pv("2021", IndicatorValue.ratio(72, 119))) // 60.5 %
            .build();
    Achievement a = DEFAULT.achievement(i, Y2021);
    assertThat(a.status()).isEqualTo(AchievementStatus.MET);
    assertThat(a.explanation()).contains("band 55..65 (as a percentage)");
  }

  @Test
  void qualitativeAndNominal_equalByStatedRule() {
    Indicator q =
        Indicators.of("q", Measure.QUALITATIVE, Direction.NONE)
            .target(pv("2021", IndicatorValue.text("Policy adopted")))
            .actual(pv("2021", IndicatorValue.text("  policy ADOPTED ")))
            .build();
    assertThat(DEFAULT.achievement(q, Y2021).status()).isEqualTo(AchievementStatus.MET);
    Indicator q2 =
        Indicators.of("q", Measure.QUALITATIVE, Direction.NONE)
            .target(pv("2021", IndicatorValue.text("Policy adopted")))
            .actual(pv("2021", IndicatorValue.text("Policy drafted")))
            .build();
    assertThat(DEFAULT.achievement(q2, Y2021).status()).isEqualTo(AchievementStatus.NOT_MET);
    Indicator n =
        Indicators.of("n", Measure.NOMINAL, Direction.NONE)
            .target(pv("2021", "3"))
            .actual(pv("2021", "3.0"))
            .build();
    assertThat(DEFAULT.achievement(n, Y2021).status()).isEqualTo(AchievementStatus.MET);
    Indicator mixed =
        Indicators.of("n", Measure.NOMINAL, Direction.NONE)
            .target(pv("2021", "3"))
            .actual(pv("2021", IndicatorValue.text("three")))
            .build();
    assertThat(DEFAULT.achievement(mixed, Y2021).status())
        .isEqualTo(AchievementStatus.NOT_COMPARABLE);
  }

  @ParameterizedTest(name = "ordinal {0}, target {1}, actual {2}: {3}")
  @CsvSource({
    "increase, medium, high, met",
    "increase, medium, medium, met",
    "increase, medium, low, not-met",
    "decrease, medium, low, met",
    "decrease, medium, HIGH, not-met",
    "none, medium, medium, met",
    "none, medium, low, not-met",
    "increase, medium, very high, not-comparable",
  })
  void ordinalText_rankedByDeclaredScale(
      String direction, String target, String actual, String status) {
    Indicator i =
        Indicators.of("o", Measure.ORDINAL, Direction.fromCode(direction))
            .target(pv("2021", IndicatorValue.text(target)))
            .actual(pv("2021", IndicatorValue.text(actual)))
            .build();
    AchievementCalculator c =
        new AchievementCalculator(
            AchievementPolicy.DEFAULT.withOrdinalScale("o", List.of("low", "medium", "high")));
    assertThat(c.achievement(i, Y2021).status().code()).isEqualTo(status);
    assertThat(DEFAULT.achievement(i, Y2021).status())
        .as("no scale declared")
        .isEqualTo(AchievementStatus.NOT_COMPARABLE);
  }

  @Test
  void ordinalDecimals_comparedByDirection() {
    Indicator up =
        Indicators.of("o", Measure.ORDINAL, Direction.INCREASE)
            .target(pv("2021", "3"))
            .actual(pv("2021", "3"))
            .build();
    assertThat(DEFAULT.achievement(up, Y2021).status()).isEqualTo(AchievementStatus.MET);
    Indicator down =
        Indicators.of("o", Measure.ORDINAL, Direction.DECREASE)
            .target(pv("2021", "3"))
            .actual(pv("2021", "4"))
            .build();
    assertThat(DEFAULT.achievement(down, Y2021).status()).isEqualTo(AchievementStatus.NOT_MET);
    Indicator atLeast =
        Indicators.of("o", Measure.ORDINAL, Direction.INCREASE)
            .target(pv("2021", "3"))
            .actual(pv("2021", IndicatorValue.of("2").with(Qualifier.AT_LEAST)))
            .build();
    assertThat(DEFAULT.achievement(atLeast, Y2021).status())
        .isEqualTo(AchievementStatus.INDETERMINATE);
  }

  @Test
  void maintain_ordinalAndNominalNumbersUseTheBand() {
    Indicator o =
        Indicators.of("o", Measure.ORDINAL, Direction.NONE)
            .maintainWithin(new BigDecimal("2"), new BigDecimal("4"))
            .target(pv("2021", "3"))
            .actual(pv("2021", "4"))
            .build();
    assertThat(DEFAULT.achievement(o, Y2021).status()).isEqualTo(AchievementStatus.MET);
    Indicator n =
        Indicators.of("n", Measure.NOMINAL, Direction.NONE)
            .maintainWithin(new BigDecimal("2"), new BigDecimal("4"))
            .target(pv("2021", "3"))
            .actual(pv("2021", "5"))
            .build();
    assertThat(DEFAULT.achievement(n, Y2021).status()).isEqualTo(AchievementStatus.NOT_MET);
    Indicator t =
        Indicators.of("t", Measure.ORDINAL, Direction.NONE)
            .maintainWithin(new BigDecimal("2"), new BigDecimal("4"))
            .target(pv("2021", IndicatorValue.text("high")))
            .actual(pv("2021", IndicatorValue.text("high")))
            .build();
    assertThat(DEFAULT.achievement(t, Y2021).explanation())
        .endsWith("a band cannot hold the category \"high\"");
  }

  @Test
  void noDirection_numericIsNotMeasured() {
    Indicator i =
        Indicators.of("n", Measure.UNIT, Direction.NONE)
            .baseline(base(2017, "1"))
            .target(pv("2021", "2"))
            .actual(pv("2021", "2"))
            .build();
    assertThat(DEFAULT.achievement(i, Y2021).status()).isEqualTo(AchievementStatus.NO_DIRECTION);
  }

  @Test
  void cumulative_sumsThePeriodActuals() {
    // 100 + 120 + 90 = 310 of a 400 target from 0: 77.5 %; the 2022 actual lies outside the plan
    Indicator i =
        Indicators.of("c", Measure.UNIT, Direction.INCREASE)
            .cumulation(Cumulation.CUMULATIVE)
            .baseline(base(2017, "0"))
            .target(pv("2018-2021", "400"))
            .actual(pv("2018", "100"))
            .actual(pv("2019", "120"))
            .actual(pv("2020", "90"))
            .actual(pv("2022", "500"))
            .build();
    Achievement a = DEFAULT.achievement(i, PLAN);
    assertThat(pct(a)).isEqualTo("77.50");
    assertThat(a.actual()).contains(IndicatorValue.of("310"));
  }

  @Test
  void cumulative_sumsEveryActualWithin_whenEachActualHasATargetForItsPeriod() {
    // a target and an actual for 2020 and for 2020-21, in order: the biennium's actuals are
    // both, 100 + 150 = 250 of a 500 target from 0 (50 %); the year's is its own, 100 of 200
    Indicator i =
        Indicators.of("c", Measure.UNIT, Direction.INCREASE)
            .cumulation(Cumulation.CUMULATIVE)
            .baseline(base(2017, "0"))
            .target(pv("2020", "200"))
            .target(pv("2020-21", "500"))
            .actual(pv("2020", "100"))
            .actual(pv("2020-21", "150"))
            .build();
    Achievement biennium = DEFAULT.achievement(i, Period.parse("2020-21"));
    assertThat(biennium.actual()).contains(IndicatorValue.of("250"));
    assertThat(pct(biennium)).isEqualTo("50.00");
    Achievement year = DEFAULT.achievement(i, Period.parse("2020"));
    assertThat(year.actual()).contains(IndicatorValue.of("100"));
    assertThat(pct(year)).isEqualTo("50.00");
  }

  @Test
  void achievementAt_countsOnlyActualsWhosePeriodHasEnded() {
    Indicator i =
        Indicators.of("c", Measure.UNIT, Direction.INCREASE)
            .cumulation(Cumulation.CUMULATIVE)
            .baseline(base(2017, "0"))
            .target(pv("2018-2021", "400"))
            .actual(pv("2018", "100"))
            .actual(pv("2019", "120"))
            .actual(pv("2020", "90"))
            .build();
    assertThat(DEFAULT.achievementAt(i, PLAN, java.time.LocalDate.of(2019, 12, 31)).actual())
        .contains(IndicatorValue.of("220"));
    assertThat(DEFAULT.achievementAt(i, PLAN, java.time.LocalDate.of(2019, 12, 30)).actual())
        .contains(IndicatorValue.of("100"));
    Achievement none = DEFAULT.achievementAt(i, PLAN, java.time.LocalDate.of(2018, 6, 30));
    assertThat(none.status()).isEqualTo(AchievementStatus.NOT_REPORTED);
    assertThat(none.explanation())
        .isEqualTo(
            "indicator c 2018-2021: no total actual reported within 2018-2021 by 2018-06-30");
  }

  @Test
  void nonSummingCumulative_takesTheLatestRunningTotal() {
    Indicator i =
        Indicators.of("c", Measure.UNIT, Direction.INCREASE)
            .cumulation(Cumulation.NON_SUMMING_CUMULATIVE)
            .baseline(base(2017, "0"))
            .target(pv("2018-2021", "400"))
            .actual(pv("2020", "310"))
            .actual(pv("2018", "100"))
            .actual(pv("2019", "220"))
            .build();
    assertThat(pct(DEFAULT.achievement(i, PLAN))).isEqualTo("77.50");
  }

  @Test
  void nonCumulative_takesThePeriodsValueElseTheLatest() {
    Indicator i =
        Indicators.of("r", Measure.PERCENTAGE, Direction.INCREASE)
            .baseline(base(2017, "40"))
            .target(pv("2018-2021", "60"))
            .target(pv("2019", "50"))
            .actual(pv("2018", "50"))
            .actual(pv("2021", "58"))
            .actual(pv("2019", "45"))
            .build();
    assertThat(pct(DEFAULT.achievement(i, PLAN))).isEqualTo("90.00"); // latest, 2021: 18/20
    assertThat(pct(DEFAULT.achievement(i, CalendarYear.of(2019))))
        .isEqualTo("50.00"); // 2019 itself: 5/10
    assertThat(DEFAULT.achievements(i))
        .extracting(Achievement::period)
        .containsExactly(PLAN, CalendarYear.of(2019));
  }

  @Test
  void cumulativeRatio_sumsNumeratorsAndDenominators() {
    Indicator i =
        Indicators.of("r", Measure.RATIO, Direction.INCREASE)
            .cumulation(Cumulation.CUMULATIVE)
            .target(pv("2020-21", IndicatorValue.ratio(1, 2)))
            .actual(pv("2020", IndicatorValue.ratio(30, 50)))
            .actual(pv("2021", IndicatorValue.ratio(42, 69)))
            .build();
    Achievement a = RATIO.achievement(i, Period.parse("2020-21"));
    assertThat(a.actual()).contains(IndicatorValue.ratio(72, 119));
    // (72/119) / (1/2) = 144/119
    assertThat(
            a.point()
                .orElseThrow()
                .compareValue(ExactRatio.of(new BigDecimal("144"), new BigDecimal("119"))))
        .isZero();
  }

  @Test
  void cumulativePercentages_areNotSummed() {
    Indicator i =
        Indicators.of("p", Measure.PERCENTAGE, Direction.INCREASE)
            .cumulation(Cumulation.CUMULATIVE)
            .baseline(base(2017, "0"))
            .target(pv("2020-21", "60"))
            .actual(pv("2020", "50"))
            .actual(pv("2021", "55"))
            .build();
    Achievement a = DEFAULT.achievement(i, Period.parse("2020-21"));
    assertThat(a.status()).isEqualTo(AchievementStatus.NOT_COMPARABLE);
    assertThat(a.explanation()).contains("record the indicator as a ratio");
  }

  @Test
  void cumulativeQualified_boundsAddUpOnlyOneWay() {
    Indicator.Builder b =
        Indicators.of("c", Measure.UNIT, Direction.INCREASE)
            .cumulation(Cumulation.CUMULATIVE)
            .baseline(base(2017, "0"))
            .target(pv("2020-21", "100"));
    Indicator atLeast =
        b.build().toBuilder()
            .actual(pv("2020", IndicatorValue.of("40").with(Qualifier.AT_LEAST)))
            .actual(pv("2021", "30"))
            .build();
    Achievement a = DEFAULT.achievement(atLeast, Period.parse("2020-21"));
    assertThat(a.actual()).contains(IndicatorValue.of("70").with(Qualifier.AT_LEAST));
    assertThat(a.low().orElseThrow().percentage(0, RoundingMode.UNNECESSARY))
        .isEqualByComparingTo("70");
    Indicator mixed =
        b.build().toBuilder()
            .actual(pv("2020", IndicatorValue.of("40").with(Qualifier.AT_LEAST)))
            .actual(pv("2021", IndicatorValue.of("30").with(Qualifier.AT_MOST)))
            .build();
    assertThat(DEFAULT.achievement(mixed, Period.parse("2020-21")).status())
        .isEqualTo(AchievementStatus.INDETERMINATE);
  }

  @Test
  void disaggregatedValues_areNotComparedWithTotalTargets() {
    Indicator i =
        Indicators.of("s", Measure.UNIT, Direction.INCREASE)
            .baseline(base(2017, "0"))
            .target(pv("2021", "10"))
            .actual(pv("2021", IndicatorValue.of("4").withDimension("sex", "female")))
            .build();
    assertThat(DEFAULT.achievement(i, Y2021).status()).isEqualTo(AchievementStatus.NOT_REPORTED);
  }

  @Test
  void baseline_isTheLatestNotAfterThePeriod() {
    Indicator i =
        Indicators.of("b", Measure.UNIT, Direction.INCREASE)
            .baseline(base(2015, "10"))
            .baseline(base(2017, "20"))
            .baseline(base(2023, "90"))
            .target(pv("2021", "40"))
            .actual(pv("2021", "30"))
            .build();
    Achievement a = DEFAULT.achievement(i, Y2021);
    assertThat(a.baseline()).contains(IndicatorValue.of("20"));
    assertThat(pct(a)).isEqualTo("50.00");
    assertThat(a.method()).isEqualTo(AchievementMethod.PROGRESS);
    assertThat(a.target()).isEqualTo(Optional.of(IndicatorValue.of("40")));
  }

  @Test
  void ratioToTarget_decrease_withAnActualOfAtLeastZero_isIndeterminate() {
    // target ÷ actual with the actual "at least 0": any share from 0 (exclusive) up, unbounded
    Indicator i =
        Indicators.of("d", Measure.UNIT, Direction.DECREASE)
            .target(pv("2021", "5"))
            .actual(pv("2021", IndicatorValue.of("0").with(Qualifier.AT_LEAST)))
            .build();
    Achievement a = RATIO.achievement(i, Y2021);
    assertThat(a.status()).isEqualTo(AchievementStatus.INDETERMINATE);
    assertThat(a.low()).isEmpty();
    assertThat(a.high()).isEmpty();
    assertThat(a.explanation()).contains("target ÷ actual").contains("unbounded at both ends");
    // capped, the upper end is 100 % as before
    Achievement capped =
        new AchievementCalculator(
                AchievementPolicy.DEFAULT
                    .withMethod(AchievementMethod.RATIO_TO_TARGET)
                    .withOverAchievement(OverAchievement.CAP))
            .achievement(i, Y2021);
    assertThat(capped.status()).isEqualTo(AchievementStatus.MEASURED);
    assertThat(capped.low()).isEmpty();
    assertThat(capped.high()).contains(ExactRatio.ONE);
  }
}
