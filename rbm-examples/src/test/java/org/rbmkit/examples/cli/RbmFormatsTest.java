package org.rbmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rbmkit.examples.cli.RbmCommandsTest.ACHIEVEMENT;
import static org.rbmkit.examples.cli.RbmCommandsTest.BENCHMARK;
import static org.rbmkit.examples.cli.RbmCommandsTest.BUDGET;
import static org.rbmkit.examples.cli.RbmCommandsTest.ENROLMENTS;
import static org.rbmkit.examples.cli.RbmCommandsTest.FRAMEWORK;
import static org.rbmkit.examples.cli.RbmCommandsTest.PROPOSAL;
import static org.rbmkit.examples.cli.RbmCommandsTest.rbm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbmkit.examples.cli.RbmCommandsTest.Run;

/**
 * {@code --format table|json|csv|md} on every command that prints results, on its example file:
 * the table is the default output, JSON the {@code --json} document, CSV the same rows with
 * plain numbers, Markdown the same rows as a table.
 */
class RbmFormatsTest {

  private static final String RESOURCES_BUDGET = ResourcesCommandTest.BUDGET;

  /**
   * Each command on its example: the arguments, its exit code, the CSV header, one row's first
   * cells and the value CSV gives in a named column of that row, and the Markdown of that row.
   */
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(List.of("validate", FRAMEWORK), 0,
            List.of("file", "type", "valid", "summary"), List.of(FRAMEWORK), "summary",
            "ILO 2024-25, 54 results (7 outcome, 44 output, 3 enabler)", null),
        // docs/examples/itcilo-budget-2024-25-proposal.json: net available 60 535 thousand EUR
        Arguments.of(List.of("balance", PROPOSAL), 0,
            List.of("figure", "2024-25 Proposition de budget"), List.of("net-available"),
            "2024-25 Proposition de budget", "60535", "| net-available | 60 535 |"),
        Arguments.of(List.of("check", BUDGET), 1,
            List.of("#", "kind", "table", "where", "column", "printed", "computed", "difference",
                "unit", "note"),
            List.of("1", "total", "main", "item-13"), "difference", "13000",
            "| 1 | total | main | item-13 | 2022-23-forecast | 26 678 000 | 26 665 000 | 13 000"),
        Arguments.of(List.of("staff-costs", PROPOSAL), 0,
            List.of("column", "grade", "FTE regular", "FTE variable", "FTE", "cost", "per FTE",
                "grade mix"),
            List.of("2024-25-proposal", "D-2"), "per FTE", "307750",
            "| 2024-25-proposal | D-2 | 4 | 0 | 4 | 1 231 000 | 307 750 | 1.1 % |"),
        // seed 003: the 2022 certification (uptake) rate, 556 of 950, 58.5 %
        Arguments.of(List.of("certification", ENROLMENTS), 0,
            List.of("group", "enrolled", "completed", "earned", "accessed", "uptake", "95 % CI",
                "flag"),
            List.of("total", "1205", "972", "950", "556"), "uptake", "58.5",
            "| total | 1205 | 972 | 950 | 556 | 58.5 % |"),
        Arguments.of(List.of("achievement", ACHIEVEMENT), 0,
            List.of("result", "indicator", "baseline", "target", "actual", "achievement",
                "rating", "status"),
            List.of("2.2", "2.2.a"), "actual", "", "| 2.2 | 2.2.a | - | 10 | - | - |"),
        // seed 003 l.1604: 729 000 website visits in 2022
        Arguments.of(List.of("benchmark", BENCHMARK), 0,
            List.of("metric", "period", "rank", "entity", "value", "percentile", "quartile", "z",
                "vs median", "vs best", "vs target", "vs peers", "share"),
            List.of("visits", "2022", "1", "itcilo"), "value", "729000",
            "| visits | 2022 | 1 | itcilo | 729 000 | 87.50 | q1 | 1.46 | +346 500 |"),
        Arguments.of(List.of("resources", RESOURCES_BUDGET, ResourcesCommandTest.FRAMEWORK,
                ResourcesCommandTest.ALLOCATIONS), 0,
            List.of("fund", "instrument", "budget", "allocated", "unallocated"),
            List.of("itcilo"), "allocated", "91715",
            "| itcilo | other-revenue | 91 715 | 91 715 | 0 |"),
        // docs/examples/iati-resources.xml: XM-EX-1 spent 360 000 of 400 000 EUR in 2024
        Arguments.of(List.of("resources", IatiResourcesCommandTest.XML, "--currency", "EUR",
                "--rates", IatiResourcesCommandTest.RATES, "--at", "2025-06-30"), 0,
            List.of("activity", "budget type", "period", "budget", "commitments", "spending",
                "rate"),
            List.of("XM-EX-1", "original indicative", "2024-01-01/2024-12-31"), "spending",
            "360000",
            "| XM-EX-1 | original indicative | 2024-01-01/2024-12-31 | 400 000 | 120 000 |"
                + " 360 000 | 90.0 % |"));
  }

  private static Run run(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return rbm(all.toArray(new String[0]));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void table_isTheDefault(List<String> args, int code) {
    Run plain = run(args);
    Run table = run(args, "--format", "table");
    assertThat(table.code()).isEqualTo(code);
    assertThat(table.err()).isEmpty();
    assertThat(table.out()).isNotEmpty().isEqualTo(plain.out());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void json_isTheJsonOption(List<String> args, int code) {
    Run json = run(args, "--format", "json");
    assertThat(json.code()).isEqualTo(code);
    assertThat(json.out()).startsWith("{").isEqualTo(run(args, "--json").out());
    // --json with --format json is no conflict
    assertThat(run(args, "--json", "--format", "json").out()).isEqualTo(json.out());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void csv_givesTheRowsWithPlainNumbers(List<String> args, int code, List<String> header,
      List<String> rowStart, String column, String value) {
    Run csv = run(args, "--format", "csv");
    assertThat(csv.code()).isEqualTo(code);
    assertThat(csv.err()).isEmpty();
    List<List<String>> rows = OutputFormatTest.readCsv(csv.out());
    assertThat(rows.get(0)).isEqualTo(header);
    List<String> row = rows.stream()
        .filter(r -> r.size() >= rowStart.size() && r.subList(0, rowStart.size()).equals(rowStart))
        .findFirst().orElseThrow(() -> new AssertionError("no row " + rowStart + " in\n"
            + csv.out()));
    assertThat(row.get(header.indexOf(column))).isEqualTo(value);
    // every row of the first table is as wide as its header
    for (List<String> r : rows) {
      if (r.size() == 1 && r.get(0).isEmpty()) {
        break;
      }
      assertThat(r).hasSize(header.size());
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void markdown_givesTheRowsAsATable(List<String> args, int code, List<String> header,
      List<String> rowStart, String column, String value, String markdownRow) {
    Run md = run(args, "--format", "md");
    assertThat(md.code()).isEqualTo(code);
    assertThat(md.err()).isEmpty();
    if (markdownRow == null) {
      // validate says it in one line, its table is for CSV only
      assertThat(md.out()).startsWith("valid ").doesNotContain("| ");
      return;
    }
    String headerRow = "| " + String.join(" | ", header.stream()
        .map(OutputFormat::markdownText).toList()) + " |\n";
    assertThat(md.out()).contains(headerRow, markdownRow);
  }

  @Test
  void benchmark_ratioMetric_hasNoShareOfTheTotal_inAnyFormat() {
    // cost per learner is a ratio: its share of a total means nothing and is left empty
    List<List<String>> rows =
        OutputFormatTest.readCsv(rbm("benchmark", "--format", "csv", BENCHMARK).out());
    List<String> header = rows.get(0);
    int share = header.indexOf("share");
    assertThat(rows).filteredOn(r -> r.get(0).equals("cost")).hasSize(4)
        .allMatch(r -> r.get(share).isEmpty());
    assertThat(rows).filteredOn(r -> r.get(0).equals("visits"))
        .allMatch(r -> !r.get(share).isEmpty());
  }

  @Test
  void formatAndJson_askingForTwoFormats_isAUsageError() {
    Run r = rbm("balance", PROPOSAL, "--json", "--format", "csv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("rbm balance: --json and --format csv ask for two formats;"
        + " give one\nTry 'rbm balance --help' for more information.\n");
  }

  @Test
  void mistypedFormat_getsTheClosestOne() {
    Run r = rbm("check", BUDGET, "--format", "cvs");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("rbm check: Invalid value for option '--format': format"
        + " \"cvs\" is not one of table, json, csv, md; did you mean \"csv\"?\n"
        + "Try 'rbm check --help' for more information.\n");
  }

  @Test
  void csv_labelStartingAFormula_isInert_throughTheCommand(@TempDir Path dir) throws IOException {
    Path doc = dir.resolve("budget.json");
    String text = Files.readString(Path.of(PROPOSAL), StandardCharsets.UTF_8);
    Files.writeString(doc, text.replace("\"2024-25 Proposition de budget\"",
        "\"=HYPERLINK(1)\""), StandardCharsets.UTF_8);
    Run r = rbm("balance", doc.toString(), "--format", "csv");
    assertThat(r.code()).isZero();
    assertThat(OutputFormatTest.readCsv(r.out()).get(0).get(1)).isEqualTo("'=HYPERLINK(1)");
    assertThat(r.out()).startsWith("\"figure\",\"'=HYPERLINK(1)\"\n");
  }
}
