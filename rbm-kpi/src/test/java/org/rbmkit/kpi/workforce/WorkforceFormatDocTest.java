package org.rbmkit.kpi.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.testing.DocExamples;

/** The JSON examples of docs/workforce-format.md are valid and are the shipped example. */
class WorkforceFormatDocTest {

  @Test
  void docExample_isTheShippedExample_andReads() throws IOException {
    List<String> blocks = DocExamples.json("workforce-format.md");
    assertThat(blocks).hasSize(1);
    assertThat(blocks.get(0)).isEqualTo(WorkforceJsonTest.resource("/workforce/example-workforce.json"));
    assertThat(RbmJson.mapper().readValue(blocks.get(0), Workforce.class).staff()).hasSize(12);
  }
}
