package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.kpi.achievement.AchievementPolicy.AchievementMethod;

/**
 * Rebuilds the figures of seed 004, the ILO final report on the IT strategy 2018-2021: its results
 * structure and the share of new services among the projects completed in 2021.
 */
class Seed004ReportTest {

  static List<String> lines() throws IOException {
    return org.rbmkit.core.testing.Sources.seedLines("004_6920aaeab8d0d0b7.txt");
  }

  @Test
  void structure_threeOutcomesAndTenOutputs_asInTheExample() throws IOException {
    Pattern outcome = Pattern.compile("^#+ \\**Résultat (\\d): (.+?)\\**$");
    Pattern output = Pattern.compile("^#+ \\**Produit (\\d\\.\\d)\\. (.+?)\\**$");
    List<String> outcomes = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    List<String> lines = lines();
    for (String line : lines) {
      Matcher m = outcome.matcher(line);
      if (m.matches()) {
        outcomes.add(m.group(1) + " " + m.group(2));
      }
      Matcher p = output.matcher(line);
      if (p.matches()) {
        outputs.add(p.group(1) + " " + p.group(2));
      }
    }
    // seed 004 l.46, 81, 108: three outcomes; l.50–125: ten outputs
    assertThat(outcomes).hasSize(3);
    assertThat(outputs).hasSize(10);
    ResultsFramework example = ExampleFramework.build();
    assertThat(example.nodes(ResultLevel.OUTCOME))
        .extracting(n -> n.code() + " " + n.title().get("fr").orElseThrow())
        .containsExactlyElementsOf(outcomes);
    assertThat(example.nodes(ResultLevel.OUTPUT))
        .extracting(n -> n.code() + " " + n.title().get("fr").orElseThrow())
        .containsExactlyElementsOf(outputs);
    for (ResultNode n : example.nodes()) {
      int line = Integer.parseInt(n.source().orElseThrow().replace("seed 004 l.", ""));
      assertThat(lines.get(line - 1)).as(n.toString()).contains(n.title().get("fr").orElseThrow());
    }
  }

  @Test
  void newServices_72of119_theReportTruncated() throws IOException {
    List<String> lines = lines();
    // seed 004 l.29: "119 projets ont été menés à bien au cours de la quatrième année … (2021)"
    assertThat(lines.get(28)).contains("119 projets ont été menés à bien").contains("(2021)");
    // seed 004 l.36: "Sur les 119 projets menés à bien, 72 (soit 60 pour cent) ont porté …
    // nouvelles offres de services"
    assertThat(lines.get(35)).contains("Sur les 119 projets menés à bien, 72 (soit 60 pour cent)");
    BigDecimal published = new BigDecimal("60");

    RatioValue share = RatioValue.of(72, 119);
    assertThat(share.percentage(4, RoundingMode.DOWN))
        .contains(new BigDecimal("60.5042")); // 60.504 2… %

    // at whole percent: only rounding towards zero (or the floor) gives the published 60
    assertThat(share.percentage(0, RoundingMode.DOWN)).contains(published);
    assertThat(share.percentage(0, RoundingMode.FLOOR)).contains(published);
    assertThat(share.percentage(0, RoundingMode.HALF_UP)).contains(new BigDecimal("61"));
    // 60.504… lies above the half, so half-down and half-even round up too
    assertThat(share.percentage(0, RoundingMode.HALF_DOWN)).contains(new BigDecimal("61"));
    assertThat(share.percentage(0, RoundingMode.HALF_EVEN)).contains(new BigDecimal("61"));
    // a double rounding, first to 60.5 then half-even (or half-down) to a whole percent, also
    // prints 60
    BigDecimal oneDecimal = share.percentage(1, RoundingMode.HALF_UP).orElseThrow();
    assertThat(oneDecimal).isEqualTo(new BigDecimal("60.5"));
    assertThat(oneDecimal.setScale(0, RoundingMode.HALF_EVEN)).isEqualTo(published);
    assertThat(oneDecimal.setScale(0, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("61"));

    // the same share as an indicator of the framework: the achievement keeps 72/119 exact
    Indicator i =
        Indicator.builder(
                "1.a", ExampleFramework.build().get("1").indicators().get(0).title(), Measure.RATIO)
            .direction(Direction.INCREASE)
            .target(Indicators.pv("2021", IndicatorValue.ratio(1, 1)))
            .actual(Indicators.pv("2021", IndicatorValue.ratio(72, 119)))
            .build();
    Achievement a =
        new AchievementCalculator(
                AchievementPolicy.DEFAULT.withMethod(AchievementMethod.RATIO_TO_TARGET))
            .achievement(i, CalendarYear.of(2021));
    assertThat(a.point()).contains(ExactRatio.of(new BigDecimal("72"), new BigDecimal("119")));
    assertThat(RatingScheme.TRAFFIC_LIGHT.rate(a).score())
        .as("floored, as the report")
        .contains(published);
  }
}
