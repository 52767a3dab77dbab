package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.kpi.achievement.Pace.PaceStatus;
import org.rbmkit.kpi.achievement.RatingScheme.Rated;

/**
 * The example framework file reads back to the framework built in {@link ExampleFramework} and
 * rolls up to hand-computed ratings. Run with {@code -Drbm.regenerate=true} to rewrite the file.
 */
class ExampleFrameworkTest {

  static ResultsFramework read() throws IOException {
    try (InputStream in =
        ExampleFrameworkTest.class.getResourceAsStream(ExampleFramework.RESOURCE)) {
      assertThat(in).as(ExampleFramework.RESOURCE).isNotNull();
      return RbmJson.mapper().readValue(in, ResultsFramework.class);
    }
  }

  @Test
  void file_isTheCoreJsonOfTheExample() throws IOException {
    String json = RbmJson.mapper().writeValueAsString(ExampleFramework.build()) + "\n";
    if (Boolean.getBoolean("rbm.regenerate")) {
      Files.writeString(
          Path.of("src/test/resources" + ExampleFramework.RESOURCE), json, StandardCharsets.UTF_8);
    }
    // compared as models, so that a change of layout in the core JSON does not break the example
    assertThat(read()).isEqualTo(ExampleFramework.build());
  }

  @Test
  void example_hasNoFindings() throws IOException {
    assertThat(AchievementChecks.check(read(), AchievementPolicy.DEFAULT)).isEmpty();
  }

  @Test
  void example_rollsUpToHandComputedRatings() throws IOException {
    FrameworkRollup r =
        RollupCalculator.withDefaults().rollUp(read()); // the framework period, 2018-2021
    // 1.a   (72/119 − 1/2) / (65/100 − 1/2) = 70.03 %, floored 70: at risk
    // 1.1.a 150 + 200 + 250 + 180 = 780 of 800 from 0: 97.5 %: on track
    // 1.2.a (30 − 12) / (30 − 5) = 72 %: at risk (2021 is the latest value)
    // 1.3.a "in progress …" is not "completed": not met, off track
    // 2.a   99.6 within 99..100: met, on track
    // 2.1.a level 1 below level 3: not met, off track
    // 2.2.a no actual: not rated
    // 3.a   3 of 7 offices from 0: 42.86 %: off track
    // 3.1.a 239 of 200 sessions: 119.5 %: on track;  3.1.b 4 of 4: on track
    assertThat(r.summary("en"))
        .containsExactly(
            "Outcome 1: 1 of 4 indicators on track, 2 at risk, 1 off track",
            "Output 1.1: 1 of 1 indicator on track",
            "Output 1.2: 0 of 1 indicator on track, 1 at risk",
            "Output 1.3: 0 of 1 indicator on track, 1 off track",
            "Outcome 2: 1 of 3 indicators on track, 1 off track, 1 not rated",
            "Output 2.1: 0 of 1 indicator on track, 1 off track",
            "Output 2.2: 0 of 1 indicator on track, 1 not rated",
            "Output 2.3: no indicators",
            "Output 2.4: no indicators",
            "Outcome 3: 2 of 3 indicators on track, 1 off track",
            "Output 3.1: 2 of 2 indicators on track",
            "Output 3.2: no indicators",
            "Output 3.3: no indicators",
            "Outcomes: 0 of 3 on track, 3 off track",
            "Outputs: 2 of 10 on track, 1 at risk, 2 off track, 5 not rated",
            "Framework ILO 2018-2021: 4 of 10 indicators on track, 2 at risk, 3 off track, 1 not"
                + " rated");
    assertThat(r.summary("3", "fr"))
        .isEqualTo("Résultat 3 : 2 indicateurs sur 3 en bonne voie, 1 en retard");
    assertThat(r.levelSummary(ResultLevel.OUTCOME, "fr"))
        .isEqualTo("Résultats : 0 sur 3 en bonne voie, 3 en retard");
  }

  @Test
  void example_timePacedInMid2020() throws IOException {
    // at the end of 2020-06-30, 365 + 365 + 182 = 912 of 1461 days of 2018-2021 have elapsed (62.42
    // %)
    FrameworkRollup r =
        RollupCalculator.withDefaults()
            .withScheme(RatingScheme.TIME_PACED)
            .asOf(LocalDate.of(2020, 6, 30))
            .rollUp(read(), Period.parse("2018-2021"));
    IndicatorRating trained = r.result("1.1").indicators().get(0);
    assertThat(trained.pace().orElseThrow().expectedShare())
        .isEqualTo(
            ExactRatio.of(new java.math.BigDecimal("912"), new java.math.BigDecimal("1461")));
    // known by then: the 2018 and 2019 actuals, 150 + 200 = 350 of 800 = 43.75 %;
    // 43.75 % ÷ 62.42 % expected = 70.09 %, floored 70: at risk, behind
    assertThat(trained.achievement().actual())
        .contains(org.rbmkit.core.indicator.IndicatorValue.of("350"));
    assertThat(trained.pace().orElseThrow().status()).isEqualTo(PaceStatus.BEHIND);
    assertThat(trained.rated())
        .isEqualTo(
            new Rated(
                Rating.AT_RISK, java.util.Optional.of(new java.math.BigDecimal("70")), false));
    // nothing of 2021 is known yet: the share of new services is not reported
    assertThat(r.result("1").indicators().get(0).rated()).isEqualTo(Rated.NOT_RATED);
  }
}
