package org.rbmkit.kpi.workforce;

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

/** The JSON examples of docs/workforce-format.md are valid and are the shipped example. */
class WorkforceFormatDocTest {

  static List<String> jsonBlocks(String doc) throws IOException {
    Path path = Path.of("..", "docs", doc);
    assertThat(path).as("run from the module directory").exists();
    Matcher m = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(path, StandardCharsets.UTF_8));
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @Test
  void docExample_isTheShippedExample_andReads() throws IOException {
    List<String> blocks = jsonBlocks("workforce-format.md");
    assertThat(blocks).hasSize(1);
    assertThat(blocks.get(0)).isEqualTo(WorkforceJsonTest.resource("/workforce/example-workforce.json"));
    assertThat(RbmJson.mapper().readValue(blocks.get(0), Workforce.class).staff()).hasSize(12);
  }
}
