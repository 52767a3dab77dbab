package org.rbmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.results.ResultsFramework;
import tools.jackson.core.JacksonException;

/** Bad JSON is rejected with a message naming the place and the offending value. */
class RbmJsonRejectionTest {

  private static final String FRAMEWORK_HEAD =
      "{\"owner\":\"ILO\",\"period\":\"2024-25\",\"title\":{\"fr\":\"P&B\"},\"roots\":[";

  private static String framework(String indicator) {
    return FRAMEWORK_HEAD
        + "{\"code\":\"1\",\"level\":\"outcome\",\"title\":{\"fr\":\"R1\"},\"indicators\":["
        + indicator
        + "]}]}";
  }

  private static String indicator(String extra) {
    return "{\"code\":\"i\",\"title\":{\"fr\":\"I\"},\"measure\":\"unit\",\"direction\":\"increase\","
        + "\"cumulation\":\"cumulative\""
        + extra
        + "}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a string where a number belongs
        "{\"period\":\"2024\",\"value\":\"40\"}|Cannot coerce String value (\"40\") to `java.math.BigDecimal`",
        // a number where a string belongs
        "{\"period\":\"2024\",\"text\":5}|Cannot coerce Integer value (5) to `java.lang.String`",
        "{\"period\":\"2024\",\"value\":true}|from Boolean value",
        "{\"period\":2024,\"value\":1}|period must be a JSON string, found VALUE_NUMBER_INT",
        "{\"period\":\"2024\",\"value\":NaN}|Non-standard token 'NaN'",
        "{\"period\":\"2024\",\"value\":Infinity}|Non-standard token 'Infinity'",
        "{\"period\":\"2024\",\"value\":1,\"value\":2}|Duplicate Object property \"value\"",
        "{\"period\":\"2024\",\"value\":1,\"foo\":2}|Unrecognized property \"foo\"",
        "{\"period\":\"2024\",\"value\":1,\"qualifier\":\"roughly\"}|qualifier \"roughly\" is not one of exact, approximate, at-least, at-most",
        "{\"period\":\"2024-26\",\"value\":1}|biennium \"2024-26\" does not span two consecutive years",
        "{\"period\":\"2024\",\"value\":1,\"dimensions\":{\"sex\":null}}|dimensions: dimension sex has no category",
        "{\"period\":\"2024\"}|value: needs one of value, numerator and denominator, or text",
        "{\"period\":\"2024\",\"value\":1,\"text\":\"x\"}|value: gives a decimal and a text value; give only one",
        "{\"period\":\"2024\",\"numerator\":1}|denominator: a ratio needs a denominator as well as the numerator",
        "{\"period\":\"2024\",\"numerator\":-1,\"denominator\":2}|numerator: numerator -1 is negative",
        "{\"period\":\"2024\",\"value\":0.1234567890123}|value: value 0.1234567890123 has more than 12 decimal places",
        "{\"period\":\"2024\",\"value\":1e999999999}|value 1E+999999999 has more than 40 integer digits (RbmJson.MAX_DECIMAL_INTEGER_DIGITS)",
      })
  void periodValue_rejects(String json, String message) {
    assertThatThrownBy(() -> RbmJson.mapper().readValue(json, PeriodValue.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining(message);
  }

  @Test
  void unknownProperty_deepInTheTree_namesThePath() {
    String json =
        FRAMEWORK_HEAD
            + "{\"code\":\"1\",\"level\":\"outcome\",\"title\":{\"fr\":\"R\"},\"children\":["
            + "{\"code\":\"1.1\",\"level\":\"output\",\"title\":{\"fr\":\"P\"},\"extra\":1}]}]}";
    assertThatThrownBy(() -> RbmJson.mapper().readValue(json, ResultsFramework.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("Unrecognized property \"extra\"")
        .hasMessageContaining("ResultsFrameworkDocument[\"roots\"]->java.util.ArrayList[0]")
        .hasMessageContaining("ResultNodeDocument[\"children\"]->java.util.ArrayList[0]");
  }

  @Test
  void duplicateKeysAndNaN_deepInTheTree_nameThePath() {
    String duplicate = FRAMEWORK_HEAD + "{\"code\":\"1\",\"code\":\"2\"}]}";
    assertThatThrownBy(() -> RbmJson.mapper().readValue(duplicate, ResultsFramework.class))
        .hasMessageContaining("Duplicate Object property \"code\"")
        .hasMessageContaining("ResultsFrameworkDocument[\"roots\"]->java.util.ArrayList[0]");
    String nan = framework(indicator(",\"targets\":[{\"period\":\"2024\",\"value\":NaN}]"));
    assertThatThrownBy(() -> RbmJson.mapper().readValue(nan, ResultsFramework.class))
        .hasMessageContaining("Non-standard token 'NaN'")
        .hasMessageContaining("IndicatorDocument[\"targets\"]->java.util.ArrayList[0]");
  }

  @Test
  void tooManyDecimalsForACurrency_isRejectedWithThePath() {
    String json =
        framework(
            "{\"code\":\"c\",\"title\":{\"fr\":\"Coût\"},\"measure\":\"currency\",\"unit\":\"EUR\","
                + "\"direction\":\"decrease\",\"cumulation\":\"cumulative\","
                + "\"actuals\":[{\"period\":\"2024\",\"value\":1250.505}]}");
    assertThatThrownBy(() -> RbmJson.mapper().readValue(json, ResultsFramework.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining(
            "roots[0].indicators[0].actuals[0].value: amount 1250.505 has 3 decimal places; EUR"
                + " allows at most 2");
    assertThatThrownBy(
            () -> RbmJson.mapper().readValue("{\"currency\":\"EUR\",\"amount\":1.234}", Money.class))
        .hasMessageContaining("amount 1.234 has 3 decimal places; EUR allows at most 2");
  }

  @Test
  void anObjectWhereAnotherTokenIsExpected_namesWhatIsFound() {
    assertThatThrownBy(() -> RbmJson.mapper().readValue("[\"EUR\", 1]", Money.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("money must be an object {\"currency\": \"EUR\", \"amount\": 1250.50},"
            + " found START_ARRAY");
    assertThatThrownBy(
            () -> RbmJson.mapper().readValue("{\"currency\":978,\"amount\":1}", Money.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("money currency must be a string, found VALUE_NUMBER_INT");
    String plainTitle = FRAMEWORK_HEAD.replace("{\"fr\":\"P&B\"}", "\"P&B\"") + "]}";
    assertThatThrownBy(() -> RbmJson.mapper().readValue(plainTitle, ResultsFramework.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("localized text must be an object of language tag to text, as in"
            + " {\"fr\": \"Résultat\"}, found VALUE_STRING");
  }

  @Test
  void everyProblemOfADocumentIsReportedAtOnce() {
    String json =
        framework(
            indicator(
                ",\"band\":{\"lower\":1,\"upper\":2},\"targets\":[{\"period\":\"2024\",\"text\":\"x\"},"
                    + "{\"period\":\"2024\",\"value\":3}]"));
    assertThatThrownBy(() -> RbmJson.mapper().readValue(json, ResultsFramework.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("invalid ResultsFramework, 3 problems: ")
        .hasMessageContaining(
            "roots[0].indicators[0].band: a band is given but the direction is increase, not maintain")
        .hasMessageContaining(
            "roots[0].indicators[0].targets[0].text: a unit indicator does not take a text value")
        .hasMessageContaining(
            "roots[0].indicators[0].targets[1].period: repeats period 2024 in targets");
  }

  @Test
  void aRepeatedPeriodIsFoundWhateverTheOrderOfItsDimensions() {
    String repeated =
        framework(
            indicator(
                ",\"actuals\":[{\"period\":\"2024\",\"value\":1,"
                    + "\"dimensions\":{\"sex\":\"f\",\"region\":\"africa\"}},"
                    + "{\"period\":\"2024\",\"value\":2,"
                    + "\"dimensions\":{\"region\":\"africa\",\"sex\":\"f\"}}]"));
    assertThatThrownBy(() -> RbmJson.mapper().readValue(repeated, ResultsFramework.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining(
            "roots[0].indicators[0].actuals[1].period: repeats period 2024 with dimensions"
                + " {region=africa, sex=f} in actuals");
    String distinct =
        framework(
            indicator(
                ",\"actuals\":[{\"period\":\"2024\",\"value\":1},"
                    + "{\"period\":\"2024\",\"value\":2,\"dimensions\":{\"sex\":\"f\"}},"
                    + "{\"period\":\"2024\",\"value\":3,\"dimensions\":{\"sex\":\"m\"}}]"));
    assertThat(
            RbmJson.mapper()
                .readValue(distinct, ResultsFramework.class)
                .nodes()
                .get(0)
                .indicators()
                .get(0)
                .actuals())
        .hasSize(3);
  }

  @Test
  void missingAndNullRequiredFields_areReported() {
    String json =
        "{\"owner\":\"ILO\",\"period\":\"2024-25\",\"roots\":[{\"code\":\"1\",\"title\":{\"fr\":\"R\"}}]}";
    assertThatThrownBy(() -> RbmJson.mapper().readValue(json, ResultsFramework.class))
        .hasMessageContaining("invalid ResultsFramework, 2 problems: roots[0].level: must not be null;"
            + " title: must not be null");
    assertThatThrownBy(
            () -> RbmJson.mapper().readValue(FRAMEWORK_HEAD.replace("[", "null}"), ResultsFramework.class))
        .hasMessageContaining("roots: must not be null");
  }

  @Test
  void qualifierDefaultsToExactAndIsAlwaysWritten() {
    PeriodValue pv = RbmJson.mapper().readValue("{\"period\":\"2024\",\"value\":1}", PeriodValue.class);
    assertThat(pv.value().qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(RbmJson.mapper().writeValueAsString(IndicatorValue.of(1)))
        .contains("\"qualifier\" : \"exact\"");
  }
}
