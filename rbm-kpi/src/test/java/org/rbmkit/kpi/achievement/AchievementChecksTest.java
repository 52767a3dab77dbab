package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rbmkit.kpi.achievement.Indicators.base;
import static org.rbmkit.kpi.achievement.Indicators.pv;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.text.LocalizedText;
import org.rbmkit.kpi.achievement.AchievementPolicy.AchievementMethod;
import org.rbmkit.kpi.achievement.AchievementPolicy.MissingBaseline;

class AchievementChecksTest {

  static final Optional<Period> PLAN = Optional.of(Period.parse("2018-2021"));

  static List<Finding> check(Indicator i) {
    return AchievementChecks.check(i, Optional.of("1.1"), PLAN, AchievementPolicy.DEFAULT);
  }

  @Test
  void cleanIndicator_hasNoFindings() {
    Indicator i =
        Indicators.of("a", Measure.UNIT, Direction.INCREASE)
            .baseline(base(2017, "0"))
            .target(pv("2018-2021", "10"))
            .actual(pv("2019", "4"))
            .build();
    assertThat(check(i)).isEmpty();
  }

  @Test
  void actualForAPeriodWithoutTarget() {
    Indicator i =
        Indicators.of("a", Measure.UNIT, Direction.INCREASE)
            .baseline(base(2017, "0"))
            .target(pv("2021", "10"))
            .actual(pv("2020", "4"))
            .build();
    assertThat(check(i))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Finding.Kind.ACTUAL_WITHOUT_TARGET);
              assertThat(f.period()).contains(CalendarYear.of(2020));
              assertThat(f.indicatorCode()).isEqualTo("a");
              assertThat(f.message())
                  .isEqualTo(
                      "result 1.1, indicator a: actual 4 for 2020: no target period of the"
                          + " indicator contains 2020");
            });
  }

  @Test
  void targetOutsideTheFrameworkPeriod() {
    Indicator i =
        Indicators.of("a", Measure.UNIT, Direction.INCREASE)
            .baseline(base(2017, "0"))
            .target(pv("2022-23", "10"))
            .build();
    assertThat(check(i))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Finding.Kind.TARGET_OUTSIDE_FRAMEWORK);
              assertThat(f.message())
                  .isEqualTo(
                      "result 1.1, indicator a: target 10 for 2022-23 lies outside the framework"
                          + " period 2018-2021");
            });
  }

  @Test
  void numeratorAboveDenominator() {
    Indicator i =
        Indicators.of("r", Measure.RATIO, Direction.INCREASE)
            .target(pv("2021", IndicatorValue.ratio(1, 2)))
            .actual(pv("2021", IndicatorValue.ratio(120, 119)))
            .build();
    assertThat(
            AchievementChecks.check(
                i, Optional.empty(), Optional.empty(), AchievementPolicy.DEFAULT))
        .extracting(Finding::kind, Finding::message)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                Finding.Kind.NUMERATOR_EXCEEDS_DENOMINATOR,
                "indicator r: actual 120/119 for 2021: numerator 120 exceeds denominator 119 in a"
                    + " ratio of a part to its whole"));
  }

  @Test
  void valuesThatDoNotFitTheMeasure() {
    Indicator pct =
        Indicators.of("p", Measure.PERCENTAGE, Direction.INCREASE)
            .baseline(base(2017, "-5"))
            .target(pv("2021", "10"))
            .build();
    assertThat(check(pct))
        .extracting(Finding::kind)
        .containsExactly(Finding.Kind.VALUE_DOES_NOT_FIT);
    assertThat(check(pct).get(0).message())
        .contains("baseline -5 for 2017: a percentage cannot be negative");

    Indicator ord =
        Indicators.of("o", Measure.ORDINAL, Direction.INCREASE)
            .target(pv("2021", IndicatorValue.text("high")))
            .actual(pv("2021", "2"))
            .build();
    List<Finding> f =
        AchievementChecks.check(
            ord,
            Optional.empty(),
            PLAN,
            AchievementPolicy.DEFAULT.withOrdinalScale("o", List.of("low", "high")));
    assertThat(f)
        .extracting(Finding::message)
        .containsExactly(
            "indicator o: mixes numbers and text categories; measure ordinal takes one or the"
                + " other");
    List<Finding> g =
        check(
            Indicators.of("o", Measure.ORDINAL, Direction.INCREASE)
                .target(pv("2021", IndicatorValue.text("high")))
                .build());
    assertThat(g)
        .extracting(Finding::message)
        .containsExactly(
            "result 1.1, indicator o: target \"high\" for 2021: category not in the declared"
                + " ordinal scale []");

    Indicator zero =
        Indicators.of("r", Measure.RATIO, Direction.INCREASE)
            .baseline(org.rbmkit.core.indicator.Baseline.inYear(2017, IndicatorValue.ratio(1, 2)))
            .target(pv("2021", IndicatorValue.ratio(0, 0)))
            .build();
    assertThat(check(zero))
        .extracting(Finding::kind)
        .containsExactly(Finding.Kind.VALUE_DOES_NOT_FIT);
  }

  @Test
  void disaggregation_checkedAgainstTheTotal() {
    // seed 004 l.160: 239 sessions, of which 117 in English, 68 in French and 54 in Spanish
    Indicator.Builder b =
        Indicators.of("s", Measure.UNIT, Direction.INCREASE)
            .baseline(base(2017, "0"))
            .target(pv("2021", "200"))
            .actual(pv("2021", IndicatorValue.of(117).withDimension("language", "en")))
            .actual(pv("2021", IndicatorValue.of(68).withDimension("language", "fr")))
            .actual(pv("2021", IndicatorValue.of(54).withDimension("language", "es")));
    assertThat(check(b.build().withActual(pv("2021", "239")))).isEmpty();
    assertThat(check(b.build().withActual(pv("2021", "240"))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(Finding.Kind.DISAGGREGATION_MISMATCH);
              assertThat(f.message())
                  .isEqualTo(
                      "result 1.1, indicator s: actual 2021: the 3 values by language add up to"
                          + " 239, not to the total 240");
            });
  }

  @Test
  void disaggregatedRatios_checkNumeratorsAndDenominators() {
    Indicator i =
        Indicators.of("r", Measure.RATIO, Direction.INCREASE)
            .target(pv("2021", IndicatorValue.ratio(1, 2)))
            .actual(pv("2021", IndicatorValue.ratio(72, 119)))
            .actual(pv("2021", IndicatorValue.ratio(40, 60).withDimension("unit", "HQ")))
            .actual(pv("2021", IndicatorValue.ratio(32, 60).withDimension("unit", "field")))
            .build();
    assertThat(
            AchievementChecks.check(
                i,
                Optional.empty(),
                Optional.empty(),
                AchievementPolicy.DEFAULT.withMethod(AchievementMethod.RATIO_TO_TARGET)))
        .extracting(Finding::message)
        .containsExactly(
            "indicator r: actual 2021: the 2 values by unit add up to 72/120, not to the total"
                + " 72/119");
  }

  @Test
  void missingBaseline_whenThePolicyRequiresOne() {
    Indicator i =
        Indicators.of("a", Measure.UNIT, Direction.INCREASE).target(pv("2021", "10")).build();
    assertThat(check(i)).extracting(Finding::kind).containsExactly(Finding.Kind.MISSING_BASELINE);
    assertThat(
            AchievementChecks.check(
                i,
                Optional.empty(),
                PLAN,
                AchievementPolicy.DEFAULT.withMissingBaseline(MissingBaseline.TREAT_AS_ZERO)))
        .isEmpty();
  }

  @Test
  void requireValid_listsEveryProblem() {
    Indicator a =
        Indicators.of("a", Measure.UNIT, Direction.INCREASE)
            .baseline(base(2017, "0"))
            .target(pv("2021", "10"))
            .actual(pv("2020", "4"))
            .build();
    Indicator b =
        Indicators.of("b", Measure.UNIT, Direction.INCREASE)
            .baseline(base(2017, "0"))
            .target(pv("2024", "10"))
            .build();
    ResultsFramework f =
        ResultsFramework.of(
            "ILO",
            Period.parse("2018-2021"),
            LocalizedText.of("en", "IT strategy"),
            List.of(
                ResultNode.builder("1", ResultLevel.OUTCOME, LocalizedText.of("en", "O1"))
                    .indicator(a)
                    .indicator(b)
                    .build()));
    assertThat(AchievementChecks.check(f, AchievementPolicy.DEFAULT)).hasSize(2);
    assertThatThrownBy(() -> AchievementChecks.requireValid(f, AchievementPolicy.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 problem(s)")
        .hasMessageContaining("result 1, indicator a: actual 4 for 2020")
        .hasMessageContaining(
            "result 1, indicator b: target 10 for 2024 lies outside the framework period"
                + " 2018-2021");
  }
}
