package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rbmkit.kpi.achievement.Indicators.base;
import static org.rbmkit.kpi.achievement.Indicators.pv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.text.LocalizedText;
import org.rbmkit.kpi.achievement.RatingScheme.Rated;
import org.rbmkit.kpi.achievement.RollupCalculator.RollupRule;

class RollupCalculatorTest {

  /** An indicator achieving {@code percent} % (baseline 0, target 100 in 2021). */
  static Indicator at(String code, String percent) {
    Indicator.Builder b =
        Indicators.of(code, Measure.UNIT, Direction.INCREASE)
            .baseline(base(2017, "0"))
            .target(pv("2021", "100"));
    if (percent != null) {
      b.actual(pv("2021", percent));
    }
    return b.build();
  }

  /**
   * Outcome 1 with indicator 95 %, output 1.1 (80 %, 50 %) and output 1.2 (100 %, not reported);
   * outcome 2 without indicators; enabler A contributing to 1 with 92 %.
   */
  static ResultsFramework framework() {
    ResultNode o1 =
        ResultNode.builder("1", ResultLevel.OUTCOME, LocalizedText.of("en", "Outcome one"))
            .indicator(at("1.a", "95"))
            .child(
                ResultNode.builder("1.1", ResultLevel.OUTPUT, LocalizedText.of("en", "Output"))
                    .indicator(at("1.1.a", "80"))
                    .indicator(at("1.1.b", "50"))
                    .build())
            .child(
                ResultNode.builder("1.2", ResultLevel.OUTPUT, LocalizedText.of("en", "Output"))
                    .indicator(at("1.2.a", "100"))
                    .indicator(at("1.2.b", null))
                    .build())
            .build();
    ResultNode o2 = ResultNode.of("2", ResultLevel.OUTCOME, LocalizedText.of("en", "Outcome two"));
    ResultNode a =
        ResultNode.builder("A", ResultLevel.ENABLER, LocalizedText.of("en", "Enabler"))
            .contributesTo("1")
            .indicator(at("A.a", "92"))
            .build();
    return ResultsFramework.of(
        "ILO", CalendarYear.of(2021), LocalizedText.of("en", "P&B"), List.of(o1, o2, a));
  }

  @Test
  void worst_isTheDefault() {
    FrameworkRollup r = RollupCalculator.withDefaults().rollUp(framework(), CalendarYear.of(2021));
    assertThat(r.result("1").rating()).isEqualTo(Rating.OFF_TRACK); // 50 %
    assertThat(r.result("1.2").rating())
        .isEqualTo(Rating.ON_TRACK); // 100 %, the unreported one aside
    assertThat(r.result("2").rating()).isEqualTo(Rating.NOT_RATED);
    assertThat(r.result("1").subtree().counts())
        .containsExactly(
            java.util.Map.entry(Rating.ON_TRACK, 2L), java.util.Map.entry(Rating.AT_RISK, 1L),
            java.util.Map.entry(Rating.OFF_TRACK, 1L), java.util.Map.entry(Rating.NOT_RATED, 1L));
    assertThat(r.summary("1", "en"))
        .isEqualTo("Outcome 1: 2 of 5 indicators on track, 1 at risk, 1 off track, 1 not rated");
    assertThat(r.summary("1", "fr"))
        .isEqualTo(
            "Résultat 1 : 2 indicateurs sur 5 en bonne voie, 1 à risque, 1 en retard, 1 non"
                + " évalué");
    assertThat(r.summary("A", "en")).isEqualTo("Enabler A: 1 of 1 indicator on track");
    assertThat(r.summary("2", "fr")).isEqualTo("Résultat 2 : aucun indicateur");
    // contributesTo is not followed: the enabler's indicator counts once, under A
    assertThat(r.total().total()).isEqualTo(6);
    assertThat(r.indicators())
        .extracting(IndicatorRating::indicatorCode)
        .containsExactly("1.a", "1.1.a", "1.1.b", "1.2.a", "1.2.b", "A.a");
    assertThat(r.levelTally(ResultLevel.OUTPUT).count(Rating.OFF_TRACK)).isEqualTo(1);
  }

  @Test
  void median_takesTheWorseMiddleForAnEvenCount() {
    FrameworkRollup r =
        RollupCalculator.withDefaults()
            .withRule(RollupRule.MEDIAN)
            .rollUp(framework(), CalendarYear.of(2021));
    // outcome 1 rated: on track 95, 100; at risk 80; off track 50: best-first [on, on, risk, off],
    // index 2
    assertThat(r.result("1").rating()).isEqualTo(Rating.AT_RISK);
    // output 1.1: [risk, off] -> off
    assertThat(r.result("1.1").rating()).isEqualTo(Rating.OFF_TRACK);
  }

  @Test
  void weighted_bandsTheWeightedMeanScore() {
    FrameworkRollup equal =
        RollupCalculator.withDefaults()
            .withRule(RollupRule.WEIGHTED)
            .rollUp(framework(), CalendarYear.of(2021));
    // (95 + 80 + 50 + 100) / 4 = 81.25, floored 81: at risk
    assertThat(equal.result("1").rating()).isEqualTo(Rating.AT_RISK);
    assertThat(equal.result("1").subtree().weightedMean(2, RoundingMode.HALF_UP))
        .contains(new BigDecimal("81.25"));
    FrameworkRollup weighted =
        RollupCalculator.withDefaults()
            .withRule(RollupRule.WEIGHTED)
            .withWeights(
                (node, i) -> i.code().equals("1.2.a") ? new BigDecimal("5") : BigDecimal.ONE)
            .rollUp(framework(), CalendarYear.of(2021));
    // (95 + 80 + 50 + 5 × 100) / 8 = 90.625, floored 90: on track
    assertThat(weighted.result("1").rating()).isEqualTo(Rating.ON_TRACK);
    assertThatThrownBy(
            () ->
                RollupCalculator.withDefaults()
                    .withWeights((n, i) -> BigDecimal.ONE.negate())
                    .rollUp(framework(), CalendarYear.of(2021)))
        .hasMessageContaining("result 1, indicator 1.a: weight -1 is negative");
  }

  @Test
  void timePacedScheme_needsADate() {
    assertThatThrownBy(
            () ->
                RollupCalculator.withDefaults()
                    .withScheme(RatingScheme.TIME_PACED)
                    .rollUp(framework(), CalendarYear.of(2021)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("asOf");
  }

  @Test
  void tally_mergeIsAssociativeAndCommutative() {
    RatingTally a =
        RatingTally.EMPTY.plus(
            new Rated(Rating.ON_TRACK, Optional.of(new BigDecimal("95")), false), BigDecimal.ONE);
    RatingTally b = RatingTally.EMPTY.plus(Rating.OFF_TRACK).plus(Rated.NOT_RATED, BigDecimal.ONE);
    RatingTally c =
        RatingTally.EMPTY.plus(
            new Rated(Rating.AT_RISK, Optional.of(new BigDecimal("75")), false), BigDecimal.TEN);
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c))).isEqualTo(c.plus(b).plus(a));
    assertThat(a.plus(RatingTally.EMPTY)).isEqualTo(a);
    RatingTally all = a.plus(b).plus(c);
    assertThat(all.total()).isEqualTo(4);
    assertThat(all.rated()).isEqualTo(3);
    assertThat(all.worst()).contains(Rating.OFF_TRACK);
    assertThat(all.median()).contains(Rating.AT_RISK);
    assertThat(all.weightedMean(2, RoundingMode.HALF_UP))
        .contains(new BigDecimal("76.82")); // (95 + 750) / 11
    assertThat(RatingTally.EMPTY.worst()).isEmpty();
    assertThat(RatingTally.EMPTY.median()).isEmpty();
    assertThat(RatingTally.EMPTY.weightedMean(0, RoundingMode.HALF_UP)).isEmpty();
  }
}
