package org.rbmkit.kpi.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rbmkit.core.testing.IatiFixtures.activity;
import static org.rbmkit.core.testing.IatiFixtures.indicator;
import static org.rbmkit.core.testing.IatiFixtures.result;
import static org.rbmkit.core.testing.IatiFixtures.value;
import static org.rbmkit.core.testing.IatiFixtures.year;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiDimension;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.testing.IatiFixtures;
import org.rbmkit.kpi.achievement.Achievement;
import org.rbmkit.kpi.achievement.AchievementCalculator;
import org.rbmkit.kpi.achievement.AchievementPolicy.AchievementMethod;
import org.rbmkit.kpi.achievement.AchievementPolicy;
import org.rbmkit.kpi.achievement.AchievementStatus;
import org.rbmkit.kpi.achievement.ExactRatio;

class IatiAchievementTest {

  private static final DateRange Q1_2013 =
      DateRange.ofInclusive(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 3, 31));
  private static final ImmutableSortedMap<String, String> ADULT_WOMEN =
      ImmutableSortedMap.of("age", "adult", "sex", "female");

  @Test
  void annotatedExample_givesOneIndicatorForItsOnlyDisaggregation() {
    ImmutableList<ImportedIndicator> all = ImportedIndicator.of(IatiFixtures.example(), "en");

    assertThat(all).hasSize(1);
    ImportedIndicator i = all.get(0);
    assertThat(i.source())
        .isEqualTo(new IndicatorSource("AA-AAA-123456789-ABC123", 1, 1, ADULT_WOMEN));
    assertThat(i.source())
        .hasToString(
            "activity AA-AAA-123456789-ABC123 result[1] indicator[1] {age=adult, sex=female}");
    // annotated example: baseline 10 (2012-01-01), period 2013-01-01..2013-03-31, target 10, actual
    // 11
    assertThat(i.indicator().code()).isEqualTo("1-1");
    assertThat(i.indicator().baselines())
        .singleElement()
        .satisfies(b -> assertThat(b.value()).isEqualTo(IndicatorValue.of(10)));
    assertThat(i.indicator().targetsFor(Q1_2013))
        .singleElement()
        .satisfies(t -> assertThat(t.value()).isEqualTo(IndicatorValue.of(10)));
    assertThat(i.indicator().actualsFor(Q1_2013))
        .singleElement()
        .satisfies(a -> assertThat(a.value()).isEqualTo(IndicatorValue.of(11)));
  }

  @Test
  void annotatedExample_progressFromBaseline_isBaselineEqualsTarget() {
    List<IatiAchievement> all =
        IatiAchievement.of(
            List.of(IatiFixtures.example()),
            new AchievementCalculator(AchievementPolicy.DEFAULT),
            "en");

    assertThat(all)
        .singleElement()
        .hasToString(
            "activity AA-AAA-123456789-ABC123 result[1] indicator[1] {age=adult, sex=female}"
                + " 2013-01-01/2013-03-31: baseline-equals-target");
    Achievement a = all.get(0).achievement();
    assertThat(a.period()).isEqualTo(Q1_2013);
    assertThat(a.method()).isEqualTo(AchievementMethod.PROGRESS);
    // baseline 10 = target 10: progress would divide by zero
    assertThat(a.status()).isEqualTo(AchievementStatus.BASELINE_EQUALS_TARGET);
    assertThat(a.low()).isEmpty();
    assertThat(a.high()).isEmpty();
    assertThat(a.actual()).contains(IndicatorValue.of(11));
    assertThat(a.target()).contains(IndicatorValue.of(10));
  }

  @Test
  void annotatedExample_actualOverTarget_is110Percent() {
    AchievementCalculator calc =
        new AchievementCalculator(
            AchievementPolicy.DEFAULT.withMethod(AchievementMethod.RATIO_TO_TARGET));

    Achievement a =
        IatiAchievement.of(List.of(IatiFixtures.example()), calc, "en").get(0).achievement();

    assertThat(a.status()).isEqualTo(AchievementStatus.MEASURED);
    assertThat(a.method()).isEqualTo(AchievementMethod.RATIO_TO_TARGET);
    // actual 11 / target 10 = 110 %, kept (over-achievement is not capped by default)
    assertThat(a.point()).contains(ExactRatio.of(new BigDecimal("11"), new BigDecimal("10")));
    assertThat(a.point().orElseThrow().percentage(0, RoundingMode.UNNECESSARY))
        .isEqualByComparingTo("110");
    assertThat(a.capped()).isFalse();
  }

  @Test
  void annotatedExample_survivesWritingAndReading() {
    List<IatiActivity> again = IatiFixtures.writtenAndRead(List.of(IatiFixtures.example()));

    assertThat(ImportedIndicator.of(again.get(0), "en"))
        .isEqualTo(ImportedIndicator.of(IatiFixtures.example(), "en"));
  }

  @Test
  void totalsComeFirst_thenDisaggregationsInOrderOfAppearance() {
    IatiDimension women = new IatiDimension("sex", "female");
    IatiDimension men = new IatiDimension("sex", "male");
    IatiActivity a =
        activity(
            "XM-1",
            List.of(
                result(
                    "1",
                    indicator("0", year(2024, value("50", women), value("40", women))),
                    indicator(
                        "0",
                        year(2024, value("100"), value("90")),
                        year(2025, value("30", men), null)))));

    List<ImportedIndicator> all = ImportedIndicator.of(a, "en");

    assertThat(all).extracting(i -> i.indicator().code()).containsExactly("1", "1-1", "2", "2-1");
    assertThat(all)
        .extracting(i -> i.source().dimensions())
        .containsExactly(
            ImmutableSortedMap.of(),
            ImmutableSortedMap.of("sex", "female"),
            ImmutableSortedMap.of(),
            ImmutableSortedMap.of("sex", "male"));
    // the baselines have no dimensions: they belong to the totals only
    assertThat(all.get(0).indicator().baselines()).hasSize(1);
    assertThat(all.get(0).indicator().targets()).isEmpty();
    assertThat(all.get(1).indicator().baselines()).isEmpty();
    assertThat(all.get(2).indicator().baselines()).hasSize(1);
    assertThat(all.get(3).indicator().actuals()).isEmpty();

    List<IatiAchievement> achievements =
        IatiAchievement.of(
            List.of(a),
            new AchievementCalculator(
                AchievementPolicy.DEFAULT.withMethod(AchievementMethod.RATIO_TO_TARGET)),
            "en");
    assertThat(achievements)
        .extracting(x -> x.achievement().indicatorCode() + " " + x.achievement().status().code())
        .containsExactly("1-1 measured", "2 measured", "2-1 not-reported");
    // 40 of 50 women, 90 of 100 in total
    assertThat(achievements.get(0).achievement().point())
        .contains(ExactRatio.of(new BigDecimal("40"), new BigDecimal("50")));
    assertThat(achievements.get(1).achievement().point())
        .contains(ExactRatio.of(new BigDecimal("90"), new BigDecimal("100")));
  }

  @Test
  void indicatorWithoutValues_isKeptWithoutAchievement() {
    IatiActivity a = activity("XM-1", List.of(result("2", IatiFixtures.indicatorWithoutValues())));

    assertThat(ImportedIndicator.of(a, "en"))
        .singleElement()
        .satisfies(i -> assertThat(i.indicator().code()).isEqualTo("1"));
    assertThat(
            IatiAchievement.of(
                List.of(a), new AchievementCalculator(AchievementPolicy.DEFAULT), "en"))
        .isEmpty();
  }

  @Test
  void unknownMeasure_namesActivityResultAndIndicator() {
    // should-pass 24-results.xml: measure="Unit", not an IndicatorMeasure code
    IatiActivity a = IatiFixtures.read(IatiFixtures.SHOULD_PASS.resolve("24-results.xml")).get(0);

    assertThatThrownBy(() -> ImportedIndicator.of(a, "en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "activity "
                + a.identifier()
                + " result[1]: indicator 1: measure \"Unit\" is not an IATI IndicatorMeasure code"
                + " 1-5");
  }
}
