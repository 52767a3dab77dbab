package org.rbmkit.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.indicator.ValueDocument;
import org.rbmkit.core.json.RbmJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper writes a framework straight from the model in exactly the JSON form of its document
 * ({@link ResultsFrameworkDocument}), which is what it reads: byte for byte, on the seed frameworks
 * and on five hundred random ones.
 */
class FrameworkJsonWritingTest {

  private static final JsonMapper JSON = RbmJson.mapper();

  @ParameterizedTest
  @ValueSource(strings = {"/frameworks/ilo-pb-2024-25.json", "/frameworks/itcilo-pb-2024-25.json"})
  void seedFramework_isWrittenAsItsDocument_andReadsBackEqual(String resource) throws Exception {
    ResultsFramework f;
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      f = JSON.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), ResultsFramework.class);
    }
    String written = JSON.writeValueAsString(f);
    assertThat(written).isEqualTo(JSON.writeValueAsString(ResultsFrameworkDocument.of(f)));
    assertThat(JSON.readValue(written, ResultsFramework.class)).isEqualTo(f);
  }

  @Test
  void randomFrameworks_areWrittenAsTheirDocuments() {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 500; i++) {
      ResultsFramework f = ResultsFrameworkPropertiesTest.framework(r);
      String written = JSON.writeValueAsString(f);
      assertThat(written)
          .as("seed %s, case %s", seed, i)
          .isEqualTo(JSON.writeValueAsString(ResultsFrameworkDocument.of(f)));
      for (ResultNode n : i < 100 ? f.nodes() : java.util.List.<ResultNode>of()) {
        assertThat(JSON.writeValueAsString(n))
            .as("seed %s, case %s, node %s", seed, i, n.code())
            .isEqualTo(JSON.writeValueAsString(ResultNodeDocument.of(n)));
      }
      assertThat(JSON.readValue(written, ResultsFramework.class)).isEqualTo(f);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "-0, 0",
    "7, 7",
    "-7, -7",
    "100, 100",
    "1E+3, 1000",
    "999999999999999999, 999999999999999999",
    "-999999999999999999, -999999999999999999",
    "1000000000000000000, 1000000000000000000",
    "9223372036854775808, 9223372036854775808",
    "123456789012345678901234, 123456789012345678901234",
    "59.0, 59.0",
    "-0.75, -0.75",
    "0.0001, 0.0001",
  })
  void decimals_areWrittenPlainly_withTheirScale(String value, String json) {
    IndicatorValue v = IndicatorValue.of(new DecimalValue(new BigDecimal(value)));
    String written = JSON.writeValueAsString(v);
    assertThat(written).isEqualTo(JSON.writeValueAsString(ValueDocument.of(v)));
    assertThat(JSON.readTree(written).get("value").toString()).isEqualTo(json);
    assertThat(JSON.writeValueAsString(new DecimalValue(new BigDecimal(value)))).isEqualTo(json);
    IndicatorValue ratio = IndicatorValue.of(RatioValue.of(new BigDecimal(value).abs(), BigDecimal.ONE));
    assertThat(JSON.writeValueAsString(ratio))
        .isEqualTo(JSON.writeValueAsString(ValueDocument.of(ratio)));
  }
}
