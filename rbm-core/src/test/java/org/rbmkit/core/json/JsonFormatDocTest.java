package org.rbmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.testing.DocExamples;

/** The complete example of docs/json-format.md reads, validates and writes back unchanged. */
class JsonFormatDocTest {

  @Test
  void completeExample_readsAndWritesBackIdentically() throws IOException {
    // the block under "## Results framework: a complete example"
    String json = DocExamples.json("json-format.md").get(1);
    assertThat(json).contains("\"roots\"");

    ResultsFramework f = RbmJson.mapper().readValue(json, ResultsFramework.class);
    assertThat(f.nodes()).hasSize(3);
    assertThat(f.get("2").indicators()).hasSize(2);
    assertThat(f.get("2.1").level()).isEqualTo(ResultLevel.OUTPUT);
    assertThat(f.get("2").indicators().get(0).actuals().get(0).value().value())
        .isEqualTo(RatioValue.of(30, 48));
    assertThat(RbmJson.mapper().writeValueAsString(f)).isEqualTo(json.strip());
  }
}
