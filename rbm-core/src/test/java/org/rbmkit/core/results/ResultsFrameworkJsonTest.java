package org.rbmkit.core.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.document.DocumentValidator;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.text.LocalizedText;
import tools.jackson.core.JacksonException;

class ResultsFrameworkJsonTest {

  static ResultsFramework sample() {
    Indicator rate =
        Indicator.builder(
                "2.1", LocalizedText.of("fr", "Taux de certification", "en", "Certification rate"), Measure.PERCENTAGE)
            .unit("%")
            .direction(Direction.INCREASE)
            .cumulation(Cumulation.NON_CUMULATIVE)
            .baseline(Baseline.inYear(2022, IndicatorValue.of("59.0")))
            .target(PeriodValue.of("2024-25", IndicatorValue.of("65").with(Qualifier.AT_LEAST)))
            .actual(
                PeriodValue.of(
                    "2024", IndicatorValue.of("61.50").with(Qualifier.APPROXIMATE).withDimension("sex", "female")))
            .build();
    ResultNode o2 =
        ResultNode.builder("2", ResultLevel.OUTCOME, LocalizedText.of("fr", "Résultat 2", "en", "Outcome 2"))
            .indicator(rate)
            .child(ResultNode.builder("2.1", ResultLevel.OUTPUT, LocalizedText.of("fr", "Produit 2.1")).build())
            .build();
    ResultNode a =
        ResultNode.builder("A", ResultLevel.ENABLER, LocalizedText.of("fr", "Catalyseur A"))
            .contributesTo("2")
            .build();
    return ResultsFramework.of(
        "ITC-ILO", Biennium.parse("2024-25"), LocalizedText.of("fr", "P&B 2024-25"), List.of(o2, a));
  }

  @Test
  void json_roundTripIsLossless() {
    ResultsFramework f = sample();
    String json = RbmJson.mapper().writeValueAsString(f);
    assertThat(json).contains("\"value\" : 59.0").contains("\"value\" : 61.50").contains("\"qualifier\" : \"at-least\"");
    ResultsFramework back = RbmJson.mapper().readValue(json, ResultsFramework.class);
    assertThat(back).isEqualTo(f);
    assertThat(RbmJson.mapper().writeValueAsString(back)).isEqualTo(json);
  }

  @Test
  void validate_reportsEveryProblemWithItsPath() {
    String json =
        """
        {"owner": "ILO", "period": "2024-25", "title": {"fr": "P&B"},
         "roots": [
          {"code": "1", "level": "outcome", "title": {"fr": "R1"}},
          {"code": "2", "level": "outcome", "title": {"fr": "R2"},
           "indicators": [{"code": "i", "title": {"fr": "I"}, "measure": "percentage",
              "direction": "increase", "cumulation": "cumulative",
              "targets": [{"period": "2024", "value": 1},
                          {"period": "2025", "numerator": 1, "denominator": 2}]}],
           "children": [{"code": "1", "level": "output", "title": {"fr": "P"}},
                        {"code": "2.2", "level": "outcome", "title": {"fr": "P"},
                         "contributesTo": ["9"]}]}
         ]}
        """;
    ResultsFrameworkDocument doc = RbmJson.mapper().readValue(json, ResultsFrameworkDocument.class);
    List<Problem> problems = DocumentValidator.validate(doc);
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "roots[1].children[0].code: code 1 is already used at roots[0]",
            "roots[1].children[1].contributesTo[0]: contributes to 9, which is not in the framework",
            "roots[1].children[1].level: an outcome cannot sit under an outcome: a child must be deeper in"
                + " the results chain",
            "roots[1].indicators[0].targets[1].numerator: a percentage indicator does not take a ratio"
                + " value");
    assertThatThrownBy(() -> RbmJson.mapper().readValue(json, ResultsFramework.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("invalid ResultsFramework, 4 problems: roots[1].children[0].code");
  }
}
