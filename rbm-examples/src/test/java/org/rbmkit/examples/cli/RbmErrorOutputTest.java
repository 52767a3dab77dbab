package org.rbmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rbmkit.examples.cli.RbmCommandsTest.rbm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.core.json.RbmJson;
import tools.jackson.databind.JsonNode;

/**
 * A document checked as a whole fails with every problem, each with its place from the file's
 * root, its stable code, the offending value and the message: one per line on standard error,
 * or as an error document with {@code --format json}.
 */
class RbmErrorOutputTest {

  @TempDir Path tmp;

  private Path framework() throws IOException {
    Path f = tmp.resolve("framework.json");
    Files.writeString(
        f,
        """
        {"owner": "ILO", "period": "2024-25", "title": {"en": "P&B"},
         "roots": [
          {"code": "1", "level": "outcome", "title": {"en": "R1"}},
          {"code": "2", "level": "outcome", "title": {"en": "R2"},
           "children": [{"code": "1", "level": "output", "title": {"en": "P"}}],
           "contributesTo": ["9"]}
         ]}
        """,
        StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void text_listsEachProblemWithItsPathCodeAndValue() throws IOException {
    Path f = framework();
    RbmCommandsTest.Run r = rbm("validate", f.toString());
    assertThat(r.code()).isEqualTo(Rbm.EXIT_INVALID);
    assertThat(r.err())
        .contains(
            "\n  $.roots[1].children[0].code: code 1 is already used at roots[0] (code"
                + " framework.code.repeated, value \"1\")",
            "\n  $.roots[1].contributesTo[0]: contributes to 9, which is not in the framework (code"
                + " framework.contributes.unknown, value \"9\")");
  }

  @Test
  void json_givesAnErrorDocumentWithLocationCodeValueAndMessage() throws IOException {
    Path f = framework();
    RbmCommandsTest.Run r = rbm("validate", f.toString(), "--json");
    assertThat(r.code()).isEqualTo(Rbm.EXIT_INVALID);
    JsonNode error = RbmJson.mapper().readTree(r.err()).get("error");
    assertThat(error.get("command").asString()).isEqualTo("rbm validate");
    JsonNode problems = error.get("problems");
    assertThat(problems.size()).isEqualTo(2);
    assertThat(problems.get(0).get("location").asString()).isEqualTo("$.roots[1].children[0].code");
    assertThat(problems.get(0).get("code").asString()).isEqualTo("framework.code.repeated");
    assertThat(problems.get(0).get("value").asString()).isEqualTo("1");
    assertThat(problems.get(0).get("message").asString())
        .isEqualTo("code 1 is already used at roots[0]");
    assertThat(problems.get(1).get("location").asString()).isEqualTo("$.roots[1].contributesTo[0]");
    assertThat(problems.get(1).get("code").asString()).isEqualTo("framework.contributes.unknown");
  }

  @Test
  void json_givesTheCodeAndValueOfAValueReadFromItsTextForm() throws IOException {
    Path f = tmp.resolve("period.json");
    Files.writeString(f, Files.readString(framework()).replace("\"2024-25\"", "\"twenty\""));
    RbmCommandsTest.Run text = rbm("validate", f.toString());
    assertThat(text.code()).isEqualTo(Rbm.EXIT_INVALID);
    assertThat(text.err()).contains("at $.period: ").doesNotContain("has 1 problem");
    RbmCommandsTest.Run r = rbm("validate", f.toString(), "--json");
    JsonNode problem = RbmJson.mapper().readTree(r.err()).get("error").get("problems").get(0);
    assertThat(problem.get("location").asString()).isEqualTo("$.period");
    assertThat(problem.get("code").asString()).isEqualTo("text.period");
    assertThat(problem.get("value").asString()).isEqualTo("twenty");
  }

  @Test
  void json_givesAnErrorDocumentForAnyOtherInputError() {
    RbmCommandsTest.Run r = rbm("validate", tmp.resolve("missing.json").toString(), "--format", "json");
    assertThat(r.code()).isEqualTo(Rbm.EXIT_INVALID);
    JsonNode error = RbmJson.mapper().readTree(r.err()).get("error");
    assertThat(error.get("message").asString()).endsWith("missing.json: no such file");
    assertThat(error.get("problems").size()).isZero();
  }
}
