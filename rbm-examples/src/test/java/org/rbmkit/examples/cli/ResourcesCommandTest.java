package org.rbmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rbmkit.examples.cli.RbmCommandsTest.EXAMPLES;
import static org.rbmkit.examples.cli.RbmCommandsTest.json;
import static org.rbmkit.examples.cli.RbmCommandsTest.rbm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.examples.cli.RbmCommandsTest.Run;
import tools.jackson.databind.JsonNode;

/**
 * {@code rbm resources} on the ITC-ILO 2024-25 proposal (seed 003 l.4544-4669) and its outcomes
 * and outputs (seed 003 l.1283-4137), with illustrative allocations.
 */
class ResourcesCommandTest {

  static final String BUDGET = EXAMPLES.resolve("itcilo-budget-2024-25.json").toString();
  static final String FRAMEWORK = EXAMPLES.resolve("itcilo-framework-2024-25.json").toString();
  static final String ALLOCATIONS = EXAMPLES.resolve("itcilo-resources-2024-25.json").toString();

  @TempDir Path tmp;

  @Test
  void text_showsEveryView_andReconciles() {
    Run r = rbm("resources", BUDGET, FRAMEWORK, ALLOCATIONS, "--at", "2025-01-01");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("itcilo  other-revenue  91 715     91 715            0")
        .contains("Every expenditure line is allocated exactly.")
        .contains("1       outcome     14 460.6       46 000.6  18 840   45 000   1 000.6"
            + "    97.8 %")
        .contains("1       46 000.6  18 840  41.0 %   50.1 %   23 031 764.00  off-track"
            + "  off-track/as-expected")
        .contains("6.1     6.1.a       1 240    900        1 378.00")
        .contains("other-revenue  development-assistance                    global    8"
            + "         36 325");
  }

  @Test
  void toleranceAndOnTrack_outOfBounds_areUsageErrors_inFewCharacters() {
    String[][] cases = {
      {"--tolerance", "1E+999999999", "tolerance 1E+999999999 points is not in 0..100"},
      {"--tolerance", "1e-999999999", "tolerance 1E-999999999 points has more than 10 decimal"},
      {"--on-track", "bogus", "--on-track: \"bogus\" is not one of above-target, at-risk,"
          + " below-target, off-track, on-target, on-track"}};
    for (String[] c : cases) {
      Run r = rbm("resources", BUDGET, FRAMEWORK, ALLOCATIONS, "--at", "2025-01-01", c[0], c[1]);
      assertThat(r.code()).as(c[1]).isEqualTo(2);
      assertThat(r.out()).as(c[1]).isEmpty();
      assertThat(r.err()).as(c[1]).contains(c[2]).hasSizeLessThan(400);
    }
  }

  @Test
  void json_givesExactFigures() {
    JsonNode j = json(rbm("resources", "--json", BUDGET, FRAMEWORK, ALLOCATIONS, "--at",
        "2025-01-01", "--tolerance", "5"));
    assertThat(j.get("reconciles").asBoolean()).isTrue();
    JsonNode one = j.get("results").get(0);
    assertThat(one.get("code").asString()).isEqualTo("1");
    assertThat(one.get("planned").decimalValue()).isEqualByComparingTo("46000600");
    assertThat(one.get("gap").decimalValue()).isEqualByComparingTo("1000600");
    JsonNode s = j.get("standings").get(0);
    assertThat(s.get("rate").asString()).isEqualTo("18840000/46000600");
    assertThat(s.get("elapsed").asString()).isEqualTo("366/731");
    // 41.0 % against 50.1 % elapsed: more than 5 points below
    assertThat(s.get("standing").asString()).isEqualTo("off-track/under-spent");
    assertThat(j.get("unitCosts").get(0).get("ratio").asString()).isEqualTo("6360000/190");
  }

  @Test
  void anUnallocatedLine_isAFinding_exit1() throws IOException {
    String text = Files.readString(Path.of(ALLOCATIONS), StandardCharsets.UTF_8)
        .replace("\"amount\": 1135,", "\"amount\": 1000,");
    Path p = tmp.resolve("alloc.json");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    Run r = rbm("resources", BUDGET, FRAMEWORK, p.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("1 finding").contains("allocation allocations 17"
        + " 2024-25-proposal: printed 1135000 EUR, computed 1000000, difference 135000"
        + " (partly allocated: line 17 (item 17, fund itcilo))")
        .contains("Execution and standing: give the date with --at DATE.");
  }

  @Test
  void badInput_exit2_namingFileAndPath() throws IOException {
    String text = Files.readString(Path.of(ALLOCATIONS), StandardCharsets.UTF_8)
        .replace("\"2.2\": 50,", "\"2.9\": 50,").replace("\"6.3\": 20", "\"6.3\": 21");
    Path p = tmp.resolve("alloc.json");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    Run r = rbm("resources", BUDGET, FRAMEWORK, p.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(p.toString()).contains("shares sum to 101 per cent");
    String unknown = Files.readString(Path.of(ALLOCATIONS), StandardCharsets.UTF_8)
        .replace("\"2.2\": 50,", "\"2.9\": 50,");
    Files.writeString(p, unknown, StandardCharsets.UTF_8);
    Run u = rbm("resources", BUDGET, FRAMEWORK, p.toString());
    assertThat(u.code()).isEqualTo(2);
    assertThat(u.err()).contains(p.toString())
        .contains("allocations[6].shares.2.9: allocation p17: result 2.9 is not in the"
            + " framework");
    assertThat(rbm("resources", BUDGET, FRAMEWORK, ALLOCATIONS, "--at", "tomorrow").code())
        .isEqualTo(2);
    assertThat(rbm("resources", BUDGET, FRAMEWORK, ALLOCATIONS, "--column", "2030").code())
        .isEqualTo(2);
  }
}
