package org.rbmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultsFramework;

/** The complete example of docs/json-format.md reads, validates and writes back unchanged. */
class JsonFormatDocTest {

  @Test
  void completeExample_readsAndWritesBackIdentically() throws IOException {
    Path doc = Path.of("..", "docs", "json-format.md");
    String md = Files.readString(doc, StandardCharsets.UTF_8);
    int start = md.indexOf("## Results framework: a complete example");
    int open = md.indexOf("```json\n", start) + "```json\n".length();
    String json = md.substring(open, md.indexOf("```", open));

    ResultsFramework f = RbmJson.mapper().readValue(json, ResultsFramework.class);
    assertThat(f.nodes()).hasSize(3);
    assertThat(f.get("2").indicators()).hasSize(2);
    assertThat(f.get("2.1").level()).isEqualTo(ResultLevel.OUTPUT);
    assertThat(f.get("2").indicators().get(0).actuals().get(0).value().value())
        .isEqualTo(RatioValue.of(30, 48));
    assertThat(RbmJson.mapper().writeValueAsString(f)).isEqualTo(json.strip());
  }
}
