package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rbmkit.kpi.achievement.Indicators.increase;
import static org.rbmkit.kpi.achievement.Indicators.pv;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.text.LocalizedText;
import org.rbmkit.kpi.achievement.Pace.PaceCurve;
import org.rbmkit.kpi.achievement.RatingScheme.RatingBand;
import org.rbmkit.kpi.achievement.RatingScheme.RatingBasis;
import org.rbmkit.kpi.achievement.RatingScheme.Rated;

class RatingSchemeTest {

  static final AchievementCalculator CALC = new AchievementCalculator(AchievementPolicy.DEFAULT);

  /** An achievement of exactly {@code actual}% (baseline 0, target 100). */
  static Achievement achieved(String actual) {
    return CALC.achievement(increase("0", "100", "2021", actual), CalendarYear.of(2021));
  }

  @ParameterizedTest(name = "{0} % -> {1} ({2})")
  @CsvSource({
    "100, on-track, 100",
    "90, on-track, 90",
    "89.99, at-risk, 89", //   floored before banding: 89.99 % is not 90 %
    "70, at-risk, 70",
    "69.999, off-track, 69",
    "0, off-track, 0",
    "-12.5, off-track, -13", // floor, not truncation towards zero
    "150, on-track, 150",
  })
  void trafficLight_floorsThenBands(String actual, String rating, String score) {
    Rated r = RatingScheme.TRAFFIC_LIGHT.rate(achieved(actual));
    assertThat(r.rating().code()).isEqualTo(rating);
    assertThat(r.score()).contains(new BigDecimal(score));
    assertThat(r.uncertain()).isFalse();
  }

  @ParameterizedTest(name = "{0} % -> {1}")
  @CsvSource({
    "85, on-target",
    "84.95, on-target", //  85.0 after half-up to one place
    "84.94, below-target", // 84.9
    "100, on-target",
    "115, on-target",
    "115.04, on-target", // 115.0
    "115.05, above-target", // 115.1
    "40, below-target",
  })
  void onTarget15_roundsHalfUpToOnePlaceThenBands(String actual, String rating) {
    assertThat(RatingScheme.ON_TARGET_15.rate(achieved(actual)).rating().code()).isEqualTo(rating);
  }

  @Test
  void undefinedAchievement_isNotRated() {
    Achievement none = CALC.achievement(increase("0", "100", "2021", null), CalendarYear.of(2021));
    assertThat(RatingScheme.TRAFFIC_LIGHT.rate(none)).isEqualTo(Rated.NOT_RATED);
  }

  @Test
  void metAndNotMet_rateAsHundredAndZero() {
    Indicator q =
        Indicators.of("q", Measure.QUALITATIVE, Direction.NONE)
            .target(pv("2021", IndicatorValue.text("done")))
            .actual(pv("2021", IndicatorValue.text("done")))
            .build();
    assertThat(RatingScheme.TRAFFIC_LIGHT.rate(CALC.achievement(q, CalendarYear.of(2021))).rating())
        .isEqualTo(Rating.ON_TRACK);
    Indicator notMet =
        Indicators.of("q", Measure.QUALITATIVE, Direction.NONE)
            .target(pv("2021", IndicatorValue.text("done")))
            .actual(pv("2021", IndicatorValue.text("begun")))
            .build();
    assertThat(
            RatingScheme.TRAFFIC_LIGHT
                .rate(CALC.achievement(notMet, CalendarYear.of(2021)))
                .rating())
        .isEqualTo(Rating.OFF_TRACK);
  }

  @Test
  void range_isRatedByItsWorseEnd_andMarkedUncertain() {
    // at least 60 %: low end off track, open high end on track
    Indicator i =
        Indicators.of("q", Measure.PERCENTAGE, Direction.INCREASE)
            .baseline(Indicators.base(2017, "80"))
            .target(pv("2021", "90"))
            .actual(pv("2021", IndicatorValue.of("86").with(Qualifier.AT_LEAST)))
            .build();
    Rated r = RatingScheme.TRAFFIC_LIGHT.rate(CALC.achievement(i, CalendarYear.of(2021)));
    assertThat(r).isEqualTo(new Rated(Rating.OFF_TRACK, Optional.of(new BigDecimal("60")), true));
    // at least 95 %: both ends on track
    Indicator sure =
        Indicators.of("q", Measure.PERCENTAGE, Direction.INCREASE)
            .baseline(Indicators.base(2017, "80"))
            .target(pv("2021", "90"))
            .actual(pv("2021", IndicatorValue.of("89.5").with(Qualifier.AT_LEAST)))
            .build();
    Rated s = RatingScheme.TRAFFIC_LIGHT.rate(CALC.achievement(sure, CalendarYear.of(2021)));
    assertThat(s.rating()).isEqualTo(Rating.ON_TRACK);
    assertThat(s.uncertain()).isFalse();
  }

  @Test
  void linearPace_countsDaysThroughTheDate() {
    var days = Biennium.parse("2024-25").dateRange(); // 731 days, 2024 a leap year
    assertThat(PaceCurve.LINEAR.expectedShare(days, LocalDate.of(2024, 12, 31)))
        .isEqualTo(ExactRatio.of(new BigDecimal("366"), new BigDecimal("731")));
    assertThat(PaceCurve.LINEAR.expectedShare(days, LocalDate.of(2025, 12, 31)))
        .isEqualTo(ExactRatio.of(new BigDecimal("731"), new BigDecimal("731")));
    assertThat(PaceCurve.LINEAR.expectedShare(days, LocalDate.of(2023, 12, 31)).signum()).isZero();
    assertThat(
            PaceCurve.LINEAR
                .expectedShare(days, LocalDate.of(2030, 1, 1))
                .compareValue(ExactRatio.ONE))
        .isZero();
    // the last day a date can hold: the whole period has elapsed (there is no day after it)
    assertThat(PaceCurve.LINEAR.expectedShare(days, LocalDate.MAX))
        .isEqualTo(ExactRatio.of(new BigDecimal("731"), new BigDecimal("731")));
    var last = DateRange.ofHalfOpen(LocalDate.MAX.minusDays(9), LocalDate.MAX);
    assertThat(PaceCurve.LINEAR.expectedShare(last, LocalDate.MAX.minusDays(1)))
        .isEqualTo(ExactRatio.of(new BigDecimal("9"), new BigDecimal("9")));
    assertThat(PaceCurve.LINEAR.expectedShare(last, LocalDate.MAX.minusDays(2)))
        .isEqualTo(ExactRatio.of(new BigDecimal("8"), new BigDecimal("9")));
  }

  @ParameterizedTest(name = "{0} % achieved at {1}: {2}, time-paced {3}")
  @CsvSource({
    // expected share at 2024-12-31 is 366/731 = 50.068 %
    "50, 2024-12-31, behind, on-track", //     50 / 50.068 = 99.86 % -> 99
    "51, 2024-12-31, ahead, on-track",
    "45, 2024-12-31, behind, at-risk", //      45 / 50.068 = 89.88 % -> 89
    "30, 2024-12-31, behind, off-track", //    59.9 %
    "100, 2025-12-31, on-pace, on-track",
    "10, 2023-06-30, not-started, not-rated",
  })
  void pace_aheadOrBehind_andTimePacedRating(
      String achieved, String date, String status, String rating) {
    Indicator i =
        Indicators.of("p", Measure.UNIT, Direction.INCREASE)
            .baseline(Indicators.base(2023, "0"))
            .target(pv("2024-25", "100"))
            .actual(pv("2024", achieved))
            .build();
    Pace p = CALC.pace(i, Biennium.parse("2024-25"), LocalDate.parse(date), PaceCurve.LINEAR);
    assertThat(p.status().code()).isEqualTo(status);
    assertThat(RatingScheme.TIME_PACED.rate(p).rating().code()).isEqualTo(rating);
  }

  @Test
  void timePacedScheme_needsAPace() {
    assertThatThrownBy(() -> RatingScheme.TIME_PACED.rate(achieved("50")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("time-paced");
  }

  @Test
  void customScheme_isValidated() {
    LocalizedText name = LocalizedText.of("en", "x");
    assertThatThrownBy(
            () ->
                new RatingScheme(
                    "x",
                    name,
                    RatingBasis.ACHIEVEMENT,
                    0,
                    RoundingMode.HALF_UP,
                    ImmutableList.of(
                        RatingBand.lowest(Rating.OFF_TRACK),
                        RatingBand.from(BigDecimal.TEN, Rating.AT_RISK),
                        RatingBand.from(BigDecimal.TEN, Rating.ON_TRACK))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not start above band 1");
    assertThatThrownBy(
            () ->
                new RatingScheme(
                    "x",
                    name,
                    RatingBasis.ACHIEVEMENT,
                    0,
                    RoundingMode.HALF_UP,
                    ImmutableList.of(RatingBand.from(BigDecimal.TEN, Rating.AT_RISK))))
        .hasMessageContaining("first band must have no lower bound");
    RatingScheme two =
        new RatingScheme(
            "two",
            name,
            RatingBasis.ACHIEVEMENT,
            0,
            RoundingMode.HALF_UP,
            ImmutableList.of(
                RatingBand.lowest(Rating.OFF_TRACK),
                RatingBand.from(new BigDecimal("100"), Rating.ON_TRACK)));
    assertThat(two.rate(achieved("99.5")).rating()).isEqualTo(Rating.ON_TRACK); // 100 after half up
    assertThat(two.ratingsBestFirst()).containsExactly(Rating.ON_TRACK, Rating.OFF_TRACK);
  }

  @Test
  void labels_inEnglishAndFrench() {
    assertThat(Rating.ON_TRACK.label("fr")).isEqualTo("en bonne voie");
    assertThat(Rating.AT_RISK.label("fr")).isEqualTo("à risque");
    assertThat(Rating.OFF_TRACK.label("en")).isEqualTo("off track");
    assertThat(Rating.ON_TARGET.label("de")).as("falls back to English").isEqualTo("on target");
    for (Rating r :
        ImmutableList.of(
            Rating.ON_TRACK,
            Rating.AT_RISK,
            Rating.OFF_TRACK,
            Rating.ON_TARGET,
            Rating.ABOVE_TARGET,
            Rating.BELOW_TARGET,
            Rating.NOT_RATED)) {
      assertThat(r.label().languages()).containsExactly("en", "fr");
    }
  }

  @Test
  void valueTypes_equality() {
    new EqualsTester()
        .addEqualityGroup(
            ExactRatio.of(new BigDecimal("1.0"), new BigDecimal("2")),
            ExactRatio.of(BigDecimal.ONE, new BigDecimal("2.00")))
        .addEqualityGroup(
            ExactRatio.of(BigDecimal.ONE, new BigDecimal("-2")),
            ExactRatio.of(new BigDecimal("-1"), new BigDecimal("2")))
        .addEqualityGroup(ExactRatio.of(new BigDecimal("2"), new BigDecimal("4")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Rating.ON_TRACK,
            new Rating("on-track", LocalizedText.of("en", "on track", "fr", "en bonne voie"), 0))
        .addEqualityGroup(Rating.AT_RISK)
        .testEquals();
  }
}
