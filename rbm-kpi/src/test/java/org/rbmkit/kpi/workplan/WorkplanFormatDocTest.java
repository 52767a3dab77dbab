package org.rbmkit.kpi.workplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.testing.DocExamples;

/** The JSON examples of docs/workplan-format.md are valid and match the shipped examples. */
class WorkplanFormatDocTest {

  @Test
  void docExamples_areTheShippedExamples_andRead() throws IOException {
    List<String> blocks = DocExamples.json("workplan-format.md");
    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(0)).isEqualTo(WorkplanJsonTest.resource("/workplan/example-workplan.json"));
    Workplan wtoFirstPriority = RbmJson.mapper().readValue(blocks.get(1), Workplan.class);
    assertThat(wtoFirstPriority.priorities()).hasSize(1);
    assertThat(wtoFirstPriority.priorities().get(0))
        .isEqualTo(WtoHrWorkplan.build().priorities().get(0));
  }
}
