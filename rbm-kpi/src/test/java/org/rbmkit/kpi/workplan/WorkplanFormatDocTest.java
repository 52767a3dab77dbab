package org.rbmkit.kpi.workplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.json.RbmJson;

/** The JSON examples of docs/workplan-format.md are valid and match the shipped examples. */
class WorkplanFormatDocTest {

  @Test
  void docExamples_areTheShippedExamples_andRead() throws IOException {
    Path path = Path.of("..", "docs", "workplan-format.md");
    assertThat(path).as("run from the module directory").exists();
    Matcher m = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(path, StandardCharsets.UTF_8));
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(0)).isEqualTo(WorkplanJsonTest.resource("/workplan/example-workplan.json"));
    Workplan wtoFirstPriority = RbmJson.mapper().readValue(blocks.get(1), Workplan.class);
    assertThat(wtoFirstPriority.priorities()).hasSize(1);
    assertThat(wtoFirstPriority.priorities().get(0))
        .isEqualTo(WtoHrWorkplan.build().priorities().get(0));
  }
}
