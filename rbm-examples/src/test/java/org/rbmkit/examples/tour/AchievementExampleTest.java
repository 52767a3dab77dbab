package org.rbmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.kpi.achievement.FrameworkRollup;
import org.rbmkit.kpi.achievement.IndicatorRating;
import org.rbmkit.kpi.achievement.Rating;

class AchievementExampleTest {

  private static final FrameworkRollup R =
      AchievementExample.rollUp(AchievementExample.framework());

  private static IndicatorRating indicator(String code) {
    return R.indicators().stream().filter(i -> i.indicatorCode().equals(code)).findFirst()
        .orElseThrow();
  }

  @Test
  void indicators_achievementAndRating() {
    // seed 004 l.29-36: 72 of 119 projects were new services; illustrative baseline 50/100 and
    // target at least 65/100: (72/119 − 0.50) / (0.65 − 0.50) = 70.03 % → at risk
    IndicatorRating a = indicator("1.a");
    assertThat(a.achievement().point().orElseThrow().percentage(2, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("70.03"));
    assertThat(a.rated().rating()).isEqualTo(Rating.AT_RISK);
    // 780 of 800 trained: 97.5 % → on track
    assertThat(indicator("1.1.a").achievement().point().orElseThrow()
        .percentage(1, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("97.5"));
    assertThat(indicator("1.1.a").rated().rating()).isEqualTo(Rating.ON_TRACK);
    // no actual reported: not rated, never a number
    assertThat(indicator("2.2.a").rated().rating()).isEqualTo(Rating.NOT_RATED);
    assertThat(indicator("2.2.a").achievement().point()).isEmpty();
  }

  @Test
  void rolledUp_toOutcomes_asTheWeakestIndicator() {
    assertThat(R.result("1").rating()).isEqualTo(Rating.OFF_TRACK);
    assertThat(R.result("1").subtree().count(Rating.AT_RISK)).isEqualTo(2);
    assertThat(R.result("3.1").rating()).isEqualTo(Rating.ON_TRACK);
    assertThat(R.levelTally(ResultLevel.OUTCOME).count(Rating.OFF_TRACK)).isEqualTo(3);
    assertThat(R.total().total()).isEqualTo(10);
    assertThat(R.total().count(Rating.ON_TRACK)).isEqualTo(4);
  }

  @Test
  void print_showsIndicatorsResultsAndSummary() {
    String text = Printed.by(AchievementExample::print);
    assertThat(text)
        .contains("Step 6. Indicator achievement and ratings, rolled up to outcomes")
        .containsPattern("\\n1 +1\\.a +50/100 +>=65/100 +72/119 +70\\.0 % +at risk +measured\\n")
        .containsPattern("\\n1 +outcome +4 +1 +2 +1 +0 +off track\\n")
        .contains("Framework ILO 2018-2021: 4 of 10 indicators on track, 2 at risk, 3 off track,"
            + " 1 not rated");
  }
}
