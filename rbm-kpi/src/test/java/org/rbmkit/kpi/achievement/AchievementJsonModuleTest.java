package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.period.CalendarYear;
import tools.jackson.databind.JsonNode;

class AchievementJsonModuleTest {

  @Test
  void rollup_isWrittenWithCodesExactNumbersAndSummaries() throws IOException {
    FrameworkRollup r =
        RollupCalculator.withDefaults()
            .asOf(LocalDate.of(2021, 12, 31))
            .rollUp(ExampleFrameworkTest.read());
    JsonNode json = RbmJson.mapper().readTree(RbmJson.mapper().writeValueAsString(r));
    assertThat(json.get("owner").asString()).isEqualTo("ILO");
    assertThat(json.get("period").asString()).isEqualTo("2018-2021");
    assertThat(json.get("scheme").asString()).isEqualTo("traffic-light");
    assertThat(json.get("rule").asString()).isEqualTo("worst");
    assertThat(json.get("ratings").get(0).get("label").get("fr").asString())
        .isEqualTo("en bonne voie");
    assertThat(json.get("total").get("on-track").asInt()).isEqualTo(4);
    JsonNode outcome1 = json.get("results").get(0);
    assertThat(outcome1.get("code").asString()).isEqualTo("1");
    assertThat(outcome1.get("level").asString()).isEqualTo("outcome");
    assertThat(outcome1.get("rating").asString()).isEqualTo("off-track");
    assertThat(outcome1.get("children").toString()).isEqualTo("[\"1.1\",\"1.2\",\"1.3\"]");
    JsonNode share = outcome1.get("indicators").get(0);
    assertThat(share.get("indicator").asString()).isEqualTo("1.a");
    assertThat(share.get("rating").asString()).isEqualTo("at-risk");
    assertThat(share.get("score").decimalValue()).isEqualByComparingTo("70");
    assertThat(share.get("achievement").get("status").asString()).isEqualTo("measured");
    assertThat(share.get("achievement").get("actual").get("numerator").decimalValue())
        .isEqualByComparingTo("72");
    JsonNode low = share.get("achievement").get("low");
    // (72/119 − 50/100) ÷ (65/100 − 50/100) = 25/35.7, exact
    assertThat(low.get("numerator").decimalValue().multiply(new BigDecimal("35.7")))
        .isEqualByComparingTo(low.get("denominator").decimalValue().multiply(new BigDecimal("25")));
    assertThat(share.get("pace").get("status").asString()).isEqualTo("behind");
    assertThat(json.get("summary").get("en").get(9).asString())
        .isEqualTo("Outcome 3: 2 of 3 indicators on track, 1 off track");
    assertThat(json.get("summary").get("fr").get(9).asString())
        .isEqualTo("Résultat 3 : 2 indicateurs sur 3 en bonne voie, 1 en retard");
    JsonNode dashboards = json.get("results").get(6).get("indicators").get(0);
    assertThat(dashboards.get("rating").asString()).isEqualTo("not-rated");
    assertThat(dashboards.has("score")).isFalse();
    assertThat(dashboards.get("achievement").has("low")).isFalse();
  }

  @Test
  void finding_andSmallValues() {
    Finding f =
        new Finding(
            Optional.of("1.1"),
            "a",
            Optional.of(CalendarYear.of(2020)),
            Finding.Kind.ACTUAL_WITHOUT_TARGET,
            "m");
    assertThat(RbmJson.mapper().writeValueAsString(f).replaceAll("\\s", ""))
        .isEqualTo(
            "{\"result\":\"1.1\",\"indicator\":\"a\",\"period\":\"2020\",\"kind\":\"actual-without-target\",\"message\":\"m\"}");
    assertThat(
            RbmJson.mapper()
                .writeValueAsString(ExactRatio.of(new BigDecimal("72"), new BigDecimal("119")))
                .replaceAll("\\s", ""))
        .isEqualTo("{\"numerator\":72,\"denominator\":119}");
    assertThat(
            RbmJson.mapper()
                .writeValueAsString(RatingTally.EMPTY.plus(Rating.OFF_TRACK).plus(Rating.ON_TRACK))
                .replaceAll("\\s", ""))
        .isEqualTo("{\"on-track\":1,\"off-track\":1}");
    assertThat(RbmJson.mapper().writeValueAsString(AchievementStatus.BASELINE_EQUALS_TARGET))
        .isEqualTo("\"baseline-equals-target\"");
  }
}
