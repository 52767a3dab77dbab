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
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiDimension;
import org.rbmkit.core.iati.IatiPeriod;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.testing.IatiFixtures;
import org.rbmkit.core.text.LocalizedText;
import org.rbmkit.kpi.achievement.FrameworkRollup;
import org.rbmkit.kpi.achievement.Rating;
import org.rbmkit.kpi.achievement.RatingTally;
import org.rbmkit.kpi.achievement.RollupCalculator;
import org.rbmkit.kpi.achievement.RollupCalculator.RollupRule;

class IatiPortfolioTest {

  private static final DateRange Y2024 =
      DateRange.ofInclusive(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
  private static final LocalizedText TITLE = LocalizedText.of("en", "Portfolio 2024");

  /**
   * Four activities written with IatiWriter and read back. Baselines 0 unless stated, targets for
   * 2024; progress from baseline under the traffic light (on track from 90 %, at risk from 70 %).
   */
  private static List<IatiActivity> portfolio() {
    IatiDimension women = new IatiDimension("sex", "female");
    return IatiFixtures.writtenAndRead(
        List.of(
            activity(
                "XM-TEST-1",
                List.of(
                    result(
                        "1",
                        indicator("0", year(2024, value("100"), value("95"))), // 95 %: on track
                        indicator("0", year(2024, value("100"), value("89")))))), // 89 %: at risk
            activity(
                "XM-TEST-2",
                List.of(
                    result(
                        "2",
                        indicator(
                            "50", year(2024, value("100"), value("84"))), // 34/50 = 68 %: off track
                        indicator("0", year(2024, value("100"), null))))), // not reported
            activity(
                "XM-TEST-3",
                List.of(
                    result(
                        "9",
                        indicator(
                            "0",
                            new IatiPeriod(
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 12, 31),
                                ImmutableList.of(value("100"), value("50", women)),
                                ImmutableList.of(
                                    value("90"),
                                    value(
                                        "35",
                                        women))))))), // 90 %: on track; women: no baseline, not
                                                      // rated
            // the same identifier again, as when two files publish it: codes stay unique
            activity(
                "XM-TEST-1",
                List.of(result("1", indicator("0", year(2023, value("10"), value("10"))))))));
  }

  @Test
  void rollUp_countsEveryIndicatorOfEveryActivityByRating() {
    IatiPortfolio p = IatiPortfolio.of("XM-TEST", Y2024, TITLE, portfolio(), "en");

    FrameworkRollup r = RollupCalculator.withDefaults().rollUp(p.framework());

    assertThat(p.framework().nodes())
        .extracting(n -> n.code())
        .containsExactly("1.1", "2.1", "3.1", "4.1");
    assertThat(r.total().total()).isEqualTo(7);
    assertThat(r.total().count(Rating.ON_TRACK)).isEqualTo(2);
    assertThat(r.total().count(Rating.AT_RISK)).isEqualTo(1);
    assertThat(r.total().count(Rating.OFF_TRACK)).isEqualTo(1);
    assertThat(r.total().count(Rating.NOT_RATED)).isEqualTo(3);
    assertThat(r.result("1.1").rating()).isEqualTo(Rating.AT_RISK);
    assertThat(r.result("2.1").rating()).isEqualTo(Rating.OFF_TRACK);
    assertThat(r.result("3.1").rating()).isEqualTo(Rating.ON_TRACK);
    assertThat(r.result("4.1").rating()).isEqualTo(Rating.NOT_RATED);
    assertThat(r.levelTally(ResultLevel.OUTPUT).total()).isEqualTo(2);
    assertThat(r.levelTally(ResultLevel.OUTCOME).count(Rating.OFF_TRACK)).isEqualTo(1);
    assertThat(r.levelTally(ResultLevel.CROSS_CUTTING).count(Rating.ON_TRACK)).isEqualTo(1);
  }

  @Test
  void activityRating_appliesTheRollupRuleToEveryIndicatorOfTheActivity() {
    IatiPortfolio p = IatiPortfolio.of("XM-TEST", Y2024, TITLE, portfolio(), "en");
    FrameworkRollup worst = RollupCalculator.withDefaults().rollUp(p.framework());
    FrameworkRollup median =
        RollupCalculator.withDefaults().withRule(RollupRule.MEDIAN).rollUp(p.framework());

    // XM-TEST-1 is published twice: its results 1.1 (on track, at risk) and 4.1 (not rated
    // for 2024) both count
    RatingTally one = p.activityTally(worst, "XM-TEST-1");
    assertThat(one.total()).isEqualTo(3);
    assertThat(one.count(Rating.ON_TRACK)).isEqualTo(1);
    assertThat(one.count(Rating.AT_RISK)).isEqualTo(1);
    assertThat(one.count(Rating.NOT_RATED)).isEqualTo(1);
    assertThat(p.activityRating(worst, "XM-TEST-1")).isEqualTo(Rating.AT_RISK);
    // median of (on track, at risk): the worse of the two middle ones
    assertThat(p.activityRating(median, "XM-TEST-1")).isEqualTo(Rating.AT_RISK);
    assertThat(p.activityRating(worst, "XM-TEST-2")).isEqualTo(Rating.OFF_TRACK);
    assertThat(p.activityRating(worst, "XM-TEST-3")).isEqualTo(Rating.ON_TRACK);
    assertThat(p.activityRating(worst, "XM-NONE")).isEqualTo(Rating.NOT_RATED);
    // for 2023 only XM-TEST-1's second result has a target: 10 of 10 from 0, on track
    FrameworkRollup y2023 = RollupCalculator.withDefaults().rollUp(p.framework(),
        DateRange.ofInclusive(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
    assertThat(p.activityRating(y2023, "XM-TEST-1")).isEqualTo(Rating.ON_TRACK);
    assertThat(p.activityRating(y2023, "XM-TEST-2")).isEqualTo(Rating.NOT_RATED);
  }

  @Test
  void activityRating_ofAnotherFrameworksRollup_throws() {
    IatiPortfolio p = IatiPortfolio.of("XM-TEST", Y2024, TITLE, portfolio(), "en");
    IatiPortfolio other = IatiPortfolio.of("XM-OTHER", Y2024, TITLE, portfolio(), "en");
    FrameworkRollup r = RollupCalculator.withDefaults().rollUp(other.framework());
    assertThatThrownBy(() -> p.activityRating(r, "XM-TEST-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the roll-up is of XM-OTHER");
  }

  @Test
  void sources_nameActivityResultIndicatorAndDisaggregation() {
    IatiPortfolio p = IatiPortfolio.of("XM-TEST", Y2024, TITLE, portfolio(), "en");

    assertThat(p.activity("4.1")).isEqualTo("XM-TEST-1");
    assertThat(p.source("3.1", "1-1"))
        .isEqualTo(new IndicatorSource("XM-TEST-3", 1, 1, ImmutableSortedMap.of("sex", "female")));
    assertThat(p.source("3.1", "1").isTotal()).isTrue();
    assertThatThrownBy(() -> p.source("3.1", "2"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("portfolio result 3.1 has no indicator with code 2");
    assertThatThrownBy(() -> p.activity("9.9"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("portfolio has no result with code 9.9");
  }

  @Test
  void annotatedExample_inAPortfolio_isRatedForItsQuarter() {
    DateRange q1 = DateRange.ofInclusive(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 3, 31));
    IatiPortfolio p =
        IatiPortfolio.of("AA-AAA-123456789", q1, TITLE, List.of(IatiFixtures.example()), "en");

    FrameworkRollup r = RollupCalculator.withDefaults().rollUp(p.framework());

    // baseline 10 = target 10: progress undefined, so not rated
    assertThat(r.total().total()).isEqualTo(1);
    assertThat(r.total().count(Rating.NOT_RATED)).isEqualTo(1);
    assertThat(r.summary("en").get(0))
        .isEqualTo("Output 1.1: 0 of 1 indicator on track, 1 not rated");
  }

  @Test
  void unknownResultType_namesActivityAndResult() {
    IatiActivity a = activity("XM-X", List.of(result("1"), result("7", indicator("0"))));

    assertThatThrownBy(() -> IatiPortfolio.of("XM", Y2024, TITLE, List.of(a), "en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "activity XM-X result[2]: type \"7\" is not in the IATI ResultType codelist (1, 2, 3,"
                + " 9)");
  }
}
