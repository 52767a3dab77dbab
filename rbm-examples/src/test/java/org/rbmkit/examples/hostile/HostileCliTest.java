package org.rbmkit.examples.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rbmkit.examples.cli.RbmCommandsTest.rbm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.examples.cli.Rbm;
import org.rbmkit.examples.cli.RbmCommandsTest.Run;
import tools.jackson.databind.JsonNode;

/**
 * The exit codes of {@code rbm} at the edges: a crash is never read as "found problems" (1),
 * output that could not be written is never success (0), sums past the input limit are exact,
 * a null document is bad input, and labels cannot drive the terminal.
 */
class HostileCliTest {

  private static final Path BUDGET = Path.of("..", "docs", "examples", "itcilo-budget-2024-25.json");
  private static final Path FRAMEWORK =
      Path.of("..", "docs", "examples", "achievement-framework.json");

  @TempDir Path tmp;

  private Path budgetWith(String from, String to) throws IOException {
    String text = Files.readString(BUDGET, UTF_8);
    assertThat(text).contains(from);
    Path p = Files.createTempFile(tmp, "budget", ".json");
    Files.writeString(p, text.replace(from, to), UTF_8);
    return p;
  }

  // ---- exhausted resources: exit 3 and one line, never 1 and a stack trace

  @Test
  void outOfMemory_exits3_withOneLineNamingTheSetting() throws Exception {
    // a real budget of 400 000 lines (about 60 MB) read in a 48 MiB heap
    Path big = tmp.resolve("big-budget.json");
    try (BufferedWriter w = Files.newBufferedWriter(big, UTF_8)) {
      w.write("{\"title\": \"Large\", \"currency\": \"EUR\", \"unit\": \"units\", \"columns\": [{\"code\":"
          + " \"b\", \"label\": \"Budget\", \"period\": \"2024-25\", \"kind\": \"approved\"}],"
          + " \"funds\": [{\"code\": \"f\", \"name\": \"Fund\", \"kind\": \"other-revenue\"}],"
          + " \"lines\": [");
      for (int i = 0; i < 400_000; i++) {
        w.write((i == 0 ? "" : ",") + "{\"id\": \"l" + i + "\", \"chapter\": \"I\", \"item\": "
            + (i % 90 + 10) + ", \"label\": \"Line " + i + "\", \"kind\": \"revenue\", \"fund\":"
            + " \"f\", \"amounts\": {\"b\": " + i + "}}\n");
      }
      w.write("], \"printedTotals\": []}");
    }
    ForkedRbm.Run r = ForkedRbm.withHeap("48m").limit(Duration.ofSeconds(60))
        .run(tmp, "balance", big.toString());
    assertThat(r.code()).as(r.describe()).isEqualTo(Rbm.EXIT_INTERNAL);
    assertThat(r.err().strip().lines().toList()).as(r.describe()).hasSize(1);
    assertThat(r.err()).as(r.describe())
        .contains("rbm balance: out of memory")
        .contains("JAVA_TOOL_OPTIONS=-Xmx")
        .doesNotContain("\tat ");
  }

  @Test
  void debug_addsTheStackTrace() throws Exception {
    Path big = tmp.resolve("deep.json");
    // an internal failure on real input is a bug; exhausted memory is the failure we can cause
    try (BufferedWriter w = Files.newBufferedWriter(big, UTF_8)) {
      w.write("{\"title\": \"" + "x".repeat(900_000) + "\", \"lines\": [");
      for (int i = 0; i < 300; i++) {
        w.write((i == 0 ? "" : ",") + "\"" + "y".repeat(900_000) + "\"");
      }
      w.write("]}");
    }
    ForkedRbm.Run r = ForkedRbm.withHeap("48m").limit(Duration.ofSeconds(60))
        .run(tmp, "validate", "--debug", big.toString());
    assertThat(r.code()).as(r.describe()).isEqualTo(Rbm.EXIT_INTERNAL);
    assertThat(r.err()).as(r.describe()).contains("out of memory").contains("\tat ");
  }

  @Test
  void tolerance_ofAHugeExponent_isBadInput_notAnOutOfMemory() {
    Run r = rbm("balance", "--tolerance", "1e999999999", BUDGET.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Rbm.EXIT_INVALID);
    assertThat(r.err()).contains("--tolerance: amount 1E+999999999 has more than 24 integer digits");
    Run negative = rbm("balance", "--tolerance", "-1e999999999", BUDGET.toString());
    assertThat(negative.code()).isEqualTo(Rbm.EXIT_INVALID);
  }

  // ---- output that cannot be written is an error

  @Test
  void outputFile_onAFullDevice_exits3() {
    Run r = rbm("convert", FRAMEWORK.toString(), "--to", "json", "-o", "/dev/full");
    assertThat(r.code()).as(r.err()).isEqualTo(Rbm.EXIT_INTERNAL);
    assertThat(r.err()).contains("cannot write the result to /dev/full")
        .contains("No space left on device");
  }

  @Test
  void outputFile_isWrittenWhole() throws IOException {
    Path file = tmp.resolve("framework.json");
    Run r = rbm("convert", FRAMEWORK.toString(), "--to", "json", "-o", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(RbmJson.mapper().readTree(Files.readString(file)).get("owner").asString())
        .isNotEmpty();
    Run missingDir = rbm("convert", FRAMEWORK.toString(), "--to", "json", "-o",
        tmp.resolve("no/such/dir.json").toString());
    assertThat(missingDir.code()).isEqualTo(Rbm.EXIT_INVALID);
    assertThat(missingDir.err()).contains("cannot write");
  }

  @Test
  void standardOutput_onAFullDevice_exits3() throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-cp", System.getProperty("java.class.path"), "org.rbmkit.examples.cli.Rbm"));
    for (String[] args : List.of(
        new String[] {"convert", FRAMEWORK.toString(), "--to", "json"},
        new String[] {"balance", BUDGET.toString()})) {
      List<String> c = new ArrayList<>(command);
      c.addAll(List.of(args));
      Path err = Files.createTempFile(tmp, "err", ".txt");
      Process p = new ProcessBuilder(c)
          .redirectOutput(ProcessBuilder.Redirect.to(Path.of("/dev/full").toFile()))
          .redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
          .start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String stderr = Files.readString(err, UTF_8);
      assertThat(p.exitValue()).as(stderr).isEqualTo(Rbm.EXIT_INTERNAL);
      assertThat(stderr).contains("cannot write the result to standard output");
    }
  }

  // ---- sums past the input limit

  @Test
  void sumsPast24Digits_areExact_andNoInternalError() throws IOException {
    // two revenue lines of the same column, each 21 digits in thousands: 24 digits of EUR each
    Path p = budgetWith("\"2022-23-budget\" : 49065,", "\"2022-23-budget\" : 999999999999999999999,");
    String text = Files.readString(p, UTF_8).replace("\"2022-23-budget\" : 1600,",
        "\"2022-23-budget\" : 999999999999999999999,");
    Files.writeString(p, text, UTF_8);
    assertThat(rbm("validate", p.toString()).code()).isZero();
    Run balance = rbm("balance", "--json", p.toString());
    assertThat(balance.code()).as(balance.err()).isEqualTo(Rbm.EXIT_PROBLEMS);
    JsonNode own = RbmJson.mapper().readTree(balance.out()).get("columns").get(0)
        .get("figures").get("own-net-contribution");
    assertThat(own.get("amount").decimalValue().precision() - own.get("amount").decimalValue().scale())
        .as(own.toString()).isGreaterThan(24);
    Run check = rbm("check", p.toString());
    assertThat(check.code()).as(check.err()).isIn(Rbm.EXIT_OK, Rbm.EXIT_PROBLEMS);
    assertThat(check.err()).doesNotContain("internal error");
  }

  // ---- a null document

  @Test
  void nullDocument_isBadInput_inEveryCommand() throws IOException {
    Path p = tmp.resolve("null.json");
    Files.writeString(p, "null\n", UTF_8);
    for (String[] args : List.of(
        new String[] {"validate", p.toString()},
        new String[] {"balance", p.toString()},
        new String[] {"check", p.toString()},
        new String[] {"staff-costs", p.toString()},
        new String[] {"achievement", p.toString()},
        new String[] {"benchmark", p.toString()},
        new String[] {"convert", p.toString(), "--to", "json"},
        new String[] {"convert", p.toString(), "--to", "iati"})) {
      Run r = rbm(args);
      assertThat(r.code()).as("%s\n%s", List.of(args), r.err()).isEqualTo(Rbm.EXIT_INVALID);
      assertThat(r.out()).as("%s", List.of(args)).isEmpty();
      assertThat(r.err()).as("%s", List.of(args)).contains(p.toString()).contains("null");
    }
  }

  // ---- dates beyond year 9999

  @Test
  void dateRangeBeyondYear9999_readsBackAsJson_andIsRefusedAsIati() throws IOException {
    // a date range may lie anywhere a date can; JSON writes its year with a sign and reads it
    // back, while an IATI date has four digits of year: bad input for IATI, naming the date
    String text = Files.readString(FRAMEWORK, UTF_8);
    String actual = "\"period\" : \"2021\",\n        \"numerator\" : 72";
    assertThat(text).contains(actual);
    Path p = tmp.resolve("far.json");
    Files.writeString(
        p,
        text.replace(actual, actual.replace("2021", "+202020-01-01/+202020-12-31")),
        UTF_8);
    Run json = rbm("convert", p.toString(), "--to", "json");
    assertThat(json.code()).as(json.err()).isEqualTo(Rbm.EXIT_OK);
    assertThat(json.out()).contains("\"+202020-01-01/+202020-12-31\"");
    Run iati = rbm("convert", p.toString(), "--to", "iati");
    assertThat(iati.code()).as(iati.err()).isEqualTo(Rbm.EXIT_INVALID);
    assertThat(iati.out()).isEmpty();
    assertThat(iati.err())
        .contains(p.toString())
        .contains("period-start/@iso-date +202020-01-01: an IATI date has a year from 0000 to 9999")
        .doesNotContain("\tat ");
  }

  @Test
  void lastDayADateCanHold_asTheDateOfAssessment_isTheWholePeriodElapsed() {
    // the pace at LocalDate.MAX: there is no day after it, and every target period has elapsed,
    // so the assessment is the one at the end of the period, not an internal error
    Run last = rbm("achievement", FRAMEWORK.toString(), "--at", "+999999999-12-31");
    assertThat(last.code()).as(last.err()).isEqualTo(Rbm.EXIT_OK);
    Run end = rbm("achievement", FRAMEWORK.toString(), "--at", "2021-12-31");
    assertThat(end.code()).as(end.err()).isEqualTo(Rbm.EXIT_OK);
    assertThat(last.out()).isEqualTo(end.out()).contains("97.5 %    97.5 % behind");
  }

  // ---- text values in output

  @Test
  void controlCharacters_areEscapedInText_andKeptExactInJson() throws IOException {
    Path p = budgetWith("\"label\" : \"2022-23 Budget\"",
        "\"label\" : \"2022-23 \\u001B[2J\\u0000Budget\\r\"");
    Run text = rbm("balance", p.toString());
    assertThat(text.out()).doesNotContain("\u001B").doesNotContain("\u0000")
        .doesNotContain("\r").contains("2022-23 \\u001B[2J\\u0000Budget\\u000D");
    Run json = rbm("balance", "--json", p.toString());
    assertThat(RbmJson.mapper().readTree(json.out()).get("columns").get(0).get("label").asString())
        .isEqualTo("2022-23 \u001B[2J\u0000Budget\r");
  }

  @Test
  void unpairedSurrogate_isABadValue_namingItsPlace() throws IOException {
    Path p = budgetWith("\"label\" : \"2022-23 Budget\"", "\"label\" : \"2022-23 \\uD800Budget\"");
    Run r = rbm("balance", p.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Rbm.EXIT_INVALID);
    assertThat(r.err()).contains("$.columns[0].label")
        .contains("unpaired surrogate U+D800 at position 8");
  }

  @Test
  void percentageChangeFromZero_isUndefined_neverZero() throws IOException {
    // item 10 printed as 0 in the approved budget: the claimed +8 % from it has no value
    Path p = budgetWith("\"2022-23-budget\" : 27300,", "\"2022-23-budget\" : 0,");
    Run text = rbm("check", p.toString());
    assertThat(text.code()).as(text.err()).isEqualTo(Rbm.EXIT_PROBLEMS);
    assertThat(text.out()).contains("undefined (zero base)");
    assertThat(text.out().lines().filter(l -> l.contains("item-10-vs-approved")).toList())
        .singleElement().asString().contains("undefined").doesNotContain(" 0 ");
    Run json = rbm("check", "--json", p.toString());
    JsonNode claim = null;
    for (JsonNode f : RbmJson.mapper().readTree(json.out()).get("findings")) {
      if (f.get("location").asString().equals("item-10-vs-approved")) {
        claim = f;
      }
    }
    assertThat(claim).isNotNull();
    assertThat(claim.get("computed").isNull()).as(claim.toString()).isTrue();
    assertThat(claim.get("difference").isNull()).isTrue();
    assertThat(claim.get("printed").decimalValue()).isEqualByComparingTo("8");
  }

  // ---- JSON limits and structure: every message names its place and the limit

  @Test
  void jsonProblems_nameTheirPlace_andTheLimit() throws IOException {
    String budget = Files.readString(BUDGET, UTF_8);
    String place = ".*\\.json:\\d+:\\d+: .*";
    Path string = budgetWith("\"label\" : \"Produits\"",
        "\"label\" : \"" + "x".repeat(2_000_000) + "\"");
    Path number = budgetWith("\"2022-23-budget\" : 49065,",
        "\"2022-23-budget\" : " + "9".repeat(10_000) + ",");
    Path deep = budgetWith("\"claims\" : [", "\"claims\" : [" + "[".repeat(300) + "]".repeat(300) + ",");
    Path trailing = Files.createTempFile(tmp, "trailing-budget", ".json");
    Files.writeString(trailing, budget + "\n{}\n", UTF_8);
    Path nullLine = budgetWith("\"lines\" : [", "\"lines\" : [ null,");
    record Case(Path file, String... fragments) {}
    for (Case c : List.of(
        new Case(string, "$.lines[0].label", "1000000", "RbmJson.MAX_STRING_LENGTH"),
        new Case(number, "$.lines[0].amounts", "64", "RbmJson.MAX_NUMBER_LENGTH"),
        new Case(deep, "$.claims", "200", "RbmJson.MAX_NESTING_DEPTH"),
        new Case(trailing, "trailing"),
        new Case(nullLine, "$.lines[0]", "null"))) {
      Run r = rbm("validate", c.file().toString());
      assertThat(r.code()).as(r.err()).isEqualTo(Rbm.EXIT_INVALID);
      assertThat(r.err().strip()).as(c.file().toString()).matches("(?s)" + place);
      assertThat(r.err()).as(c.file().toString()).contains(c.fragments());
    }
    Run n = rbm("validate", number.toString());
    assertThat(n.err()).as("the true length, not the length read so far")
        .contains("number of 10000 characters is longer than the limit of 64 characters")
        .doesNotContain("(201)");
    assertThat(rbm("validate", deep.toString()).err())
        .contains("$.claims[0][0][0][0][0][0][0]").contains("more levels)")
        .hasSizeLessThan(600);
  }

  @Test
  void printedTotalsAndSubtotals_thatAreNoAmount_areProblemsOfTheDocument() throws IOException {
    // checked as every other amount when the document is read: no internal error in check
    Path detail = budgetWith("\"2022-23-budget\" : 1085000,", "\"2022-23-budget\" : 1e-32,");
    Path subtotal = budgetWith("\"fte\" : 116,\n      \"cost\" : 18100000",
        "\"fte\" : 116,\n      \"cost\" : 123456789012345678901234567890");
    record Case(Path file, String path, String why) {}
    for (Case c : List.of(
        new Case(detail, "$.detailTables[0].printedTotal.2022-23-budget",
            "amount 1E-32 has 32 decimal places; EUR allows at most 2"),
        new Case(subtotal, "$.staffing[0].subtotals[0].cost",
            "amount 123456789012345678901234567890 has more than 24 integer digits"))) {
      for (String command : List.of("validate", "check")) {
        Run r = rbm(command, c.file().toString());
        assertThat(r.code()).as(command + " " + r.err()).isEqualTo(Rbm.EXIT_INVALID);
        assertThat(r.err()).contains(c.path()).contains(c.why()).doesNotContain("internal");
      }
    }
  }

  @Test
  void staffCosts_averageBeyondMoney_isBadInput_namingTheColumnCostAndFte() throws IOException {
    String row =
        "\"column\" : \"2024-25-proposal\",\n      \"fte\" : %s,\n      \"cost\" : 1231000,";
    Path p = budgetWith(row.formatted("4"), row.formatted("1e-32"));
    Run r = rbm("staff-costs", p.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Rbm.EXIT_INVALID);
    assertThat(r.err()).contains(p + ": at $.staffing, column 2024-25-proposal: average cost per"
        + " FTE of EUR 1231000.00 for 1E-32 FTE: amount 1231").contains("more than 24 integer"
        + " digits").doesNotContain("internal");
    Run json = rbm("staff-costs", "--json", p.toString());
    assertThat(json.code()).as(json.err()).isEqualTo(Rbm.EXIT_INVALID);
    assertThat(json.err()).contains(p + ": at $.staffing, column 2024-25-proposal: average cost"
        + " per FTE of EUR 1231000.00 for 1E-32 FTE").doesNotContain("internal");
  }

  @Test
  void convertIatiToJson_emptyTitleOrBadLanguage_isBadInput_namingTheTitle() throws IOException {
    String xml = Files.readString(Path.of("..", "docs", "examples", "iati-activity.xml"), UTF_8);
    String title = "<title>\n   <narrative xml:lang=\"en\">";
    assertThat(xml).contains(title).contains("<iati-activity>");
    record Case(String xml, String why) {}
    for (Case c : List.of(
        // an empty narrative as the title's first: in the default language, blank
        new Case(xml.replaceFirst("<title>\n   <narrative xml:lang=\"en\">[^<]*</narrative>",
                "<title>\n   <narrative />"),
            "text in language en is blank"),
        // the activity's default language is no language
        new Case(xml.replace("<iati-activity>", "<iati-activity xml:lang=\"\">")
                .replace(title, "<title>\n   <narrative>"),
            "language \"\" is not a BCP 47 tag"))) {
      Path p = Files.createTempFile(tmp, "activity", ".xml");
      Files.writeString(p, c.xml(), UTF_8);
      Run r = rbm("convert", p.toString(), "--to", "json");
      assertThat(r.code()).as(r.err()).isEqualTo(Rbm.EXIT_INVALID);
      assertThat(r.err().strip())
          .endsWith("rbm convert: " + p + ": activity ILO-2018-2021, title: " + c.why());
    }
  }

  @Test
  void badDates_inJson_areNamedInWordsOfOurOwn() throws IOException {
    String from = "\"openingDate\" : \"2023-12-31\",";
    record Case(String to, String message) {}
    for (Case c : List.of(
        new Case("\"openingDate\" : \"2024-13\",", "\"2024-13\" is not a date yyyy-mm-dd"),
        new Case("\"openingDate\" : [],", "date must be a JSON string, found START_ARRAY"),
        new Case("\"openingDate\" : 20231231,", "date must be a JSON string"))) {
      Run r = rbm("balance", budgetWith(from, c.to()).toString());
      assertThat(r.code()).as(r.err()).isEqualTo(Rbm.EXIT_INVALID);
      assertThat(r.err()).contains("at $.reserveFunds[0].openingDate: " + c.message())
          .doesNotContain("java.").doesNotContain("Exception");
    }
  }

  @Test
  void emptyOrBlankJson_isNoDocument_inWordsOfOurOwn() throws IOException {
    for (String content : List.of("", " \n\t\n")) {
      Path p = Files.createTempFile(tmp, "empty", ".json");
      Files.writeString(p, content, UTF_8);
      for (String command : List.of("validate", "balance", "achievement")) {
        Run r = rbm(command, p.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Rbm.EXIT_INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip())
            .isEqualTo("rbm " + command + ": " + p
                + ": no JSON document: the input is empty or only white space");
      }
    }
  }
}
