package org.rbmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.examples.perf.EnrolmentData;
import org.rbmkit.examples.perf.PerformanceReport;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * Each {@code rbm} command on its documented example file, and on a malformed file. Its {@link
 * #rbm(String...)} runs the command line in this JVM for the other command tests.
 */
public class RbmCommandsTest {

  /** The documented example files, run from the module's folder. */
  static final Path EXAMPLES = Path.of("..", "docs", "examples");

  static final String FRAMEWORK = EXAMPLES.resolve("ilo-pb-2024-25.json").toString();
  static final String BUDGET = EXAMPLES.resolve("itcilo-budget-2024-25.json").toString();
  static final String PROPOSAL =
      EXAMPLES.resolve("itcilo-budget-2024-25-proposal.json").toString();
  static final String ENROLMENTS = EXAMPLES.resolve("enrolments-2022.csv").toString();
  static final String ACHIEVEMENT =
      EXAMPLES.resolve("achievement-framework.json").toString();
  static final String IATI = EXAMPLES.resolve("iati-activity.xml").toString();
  static final String BENCHMARK =
      EXAMPLES.resolve("benchmark-learning-providers.json").toString();

  @TempDir Path tmp;

  /** What a run printed and returned. */
  public record Run(int code, String out, String err) {}

  /** Runs {@code rbm} with these arguments in this JVM, capturing what it prints. */
  public static Run rbm(String... args) {
    return rbm(Rbm.commandLine(), args);
  }

  /** Runs the given {@code rbm} command line, capturing what it prints. */
  static Run rbm(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static JsonNode json(Run r) {
    return RbmJson.mapper().readTree(r.out());
  }

  private Path malformed(String example, String from, String to) throws IOException {
    String text = Files.readString(Path.of(example), StandardCharsets.UTF_8);
    assertThat(text).as("example %s contains %s", example, from).contains(from);
    Path p = tmp.resolve("bad-" + Path.of(example).getFileName());
    Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    return p;
  }

  // ---- validate

  @Test
  void validate_framework() {
    Run r = rbm("validate", FRAMEWORK);
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("valid results framework: ILO 2024-25, 54 results"
        + " (7 outcome, 44 output, 3 enabler)\n");
    assertThat(r.err()).isEmpty();
    assertThat(json(rbm("validate", "--json", FRAMEWORK)).get("type").asString())
        .isEqualTo("framework");
  }

  @Test
  void validate_everyKindOfExample() {
    assertThat(rbm("validate", BUDGET).out()).startsWith("valid budget document: ITC-ILO")
        .contains("28 lines in 3 columns");
    assertThat(rbm("validate", ENROLMENTS).out())
        .isEqualTo("valid enrolment CSV file: 1205 enrolments\n");
    assertThat(rbm("validate", IATI).out())
        .isEqualTo("valid IATI activities file: 1 activity, 9 results\n");
    assertThat(rbm("validate", BENCHMARK).out())
        .contains("valid benchmark set", "4 entities, 4 metrics, 18 values, 2 targets");
  }

  @Test
  void validate_malformed_namesThePath() throws IOException {
    // an outcome under an outcome
    Path bad = malformed(FRAMEWORK, "\"level\" : \"output\"", "\"level\" : \"outcome\"");
    Run r = rbm("validate", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("rbm validate: " + bad + ": ")
        .contains("roots[0].children[0].level");
  }

  @Test
  void validate_unknownKind_andMissingFile() throws IOException {
    Path p = tmp.resolve("x.json");
    Files.writeString(p, "{\"hello\": 1}");
    Run r = rbm("validate", p.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(p + ": at $: cannot tell the kind of document", "[hello]");
    Run missing = rbm("validate", tmp.resolve("none.json").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("none.json: no such file");
  }

  // ---- balance

  @Test
  void balance_proposal_isBalanced() {
    Run r = rbm("balance", PROPOSAL);
    assertThat(r.code()).isZero();
    // seed 003 l.4612-4615 and l.4657-4660: 60 535 kEUR
    assertThat(r.out())
        .containsPattern("net-available +60 535\\n")
        .containsPattern("charges +60 535\\n")
        .containsPattern("budget-surplus +0\\n")
        .containsPattern("balanced +yes\\n")
        .contains("Every printed total reconciles with its lines");
    JsonNode j = json(rbm("balance", "--json", PROPOSAL));
    assertThat(j.get("columns").get(0).get("figures").get("net-available").get("amount")
        .decimalValue()).isEqualByComparingTo("60535000");
    assertThat(j.get("reconciles").asBoolean()).isTrue();
  }

  @Test
  void balance_threeColumns_forecastDoesNotReconcile_exits1() {
    Run r = rbm("balance", BUDGET);
    assertThat(r.code()).isEqualTo(1);
    // seed 003 l.4610: item 13 printed 26 678, its lines add up to 26 665
    assertThat(r.out())
        .contains("4 printed totals do not reconcile")
        .containsPattern("item-13 +2022-23-forecast +26 678 +26 665 +13 ");
    JsonNode j = json(rbm("balance", "--json", BUDGET));
    assertThat(j.get("unreconciled")).hasSize(4);
    assertThat(rbm("balance", "--tolerance", "13000", BUDGET).code()).isZero();
  }

  @Test
  void balance_malformed_namesLineAndPath() throws IOException {
    Path bad = malformed(PROPOSAL, "\"kind\": \"fixed-cost\"", "\"kind\": \"fixed\"");
    Run r = rbm("balance", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).matches("(?s)rbm balance: \\S+:\\d+:\\d+: at \\$\\.lines\\[11\\]\\.kind:"
        + " line kind \"fixed\" is not one of .*");
  }

  // ---- check

  @Test
  void check_fullDocument_listsTheEightFindings_exits1() {
    Run r = rbm("check", BUDGET);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("8 findings (document tolerance rounded 1000, EUR 1000.00"
            + " where none is stated;")
        .containsPattern("reserve-movement +reserve-funds +fellowships +2024-25-proposal"
            + " +1 070 000 +1 504 000 +-434 000 +EUR")
        .containsPattern("claim +text +item-20-inflation-adjusted +2024-25-proposal +820 000"
            + " +687 000 +133 000 +EUR")
        .contains("8. real-change of item-20 2022-23-budget → 2024-25-proposal, inflation 4.6 %,"
            + " real 0 %: exact 687222.0000, read under rule \"nearest 1000 HALF_UP, within"
            + " 1000\"");
    JsonNode j = json(rbm("check", "--json", BUDGET));
    assertThat(j.get("findings")).hasSize(8);
    assertThat(j.get("documentTolerance").asString()).isEqualTo("rounded 1000");
    assertThat(j.get("findings").get(0).get("location").asString()).isEqualTo("item-13");
    // the document states its tolerance, so --tolerance changes nothing here
    assertThat(rbm("check", "--tolerance", "2000", BUDGET).out()).contains("8 findings");
  }

  @Test
  void check_malformed_namesTheProblem() throws IOException {
    Path bad = malformed(BUDGET, "\"fund\" : \"itcilo\",\n    \"amounts\"",
        "\"fund\" : \"nowhere\",\n    \"amounts\"");
    Run r = rbm("check", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(bad + ": budget document",
        "line 10.revenue (item 10): unknown fund nowhere");
  }

  // ---- staff-costs

  @Test
  void staffCosts_proposal() {
    Run r = rbm("staff-costs", PROPOSAL);
    assertThat(r.code()).isZero();
    // seed 003 l.5528: 290 + 62 FTE, 36 232 000 + 5 985 000 EUR
    assertThat(r.out())
        .contains("Column 2024-25-proposal: 352 FTE, 42 217 000 EUR")
        .containsPattern("\\nP-4 +46 +4 +50 +8 912 000 +178 240 +14\\.2 %\\n")
        .containsPattern("\\nregular +290 +290 +36 232 000 +124 938\\n")
        .containsPattern("\\ntotal +352 +42 217 000 +119 935\\n");
    JsonNode j = json(rbm("staff-costs", "--json", PROPOSAL));
    assertThat(j.get("columns").get(0).get("total").get("cost").get("amount").decimalValue())
        .isEqualByComparingTo("42217000");
    assertThat(rbm("staff-costs", "--column", "2022-23-budget", BUDGET).out())
        .contains("Column 2022-23-budget: 352 FTE, 37 159 000 EUR");
  }

  /**
   * Annex II's regular-budget averages for 2024-25 (seed 003 l.5469-5532): D-2 1 231 000 / 4 =
   * 307 750; P-4 8 249 000 / 46 = 179 326.09; G-5 5 968 000 / 67 = 89 074.63 (two decimals,
   * half-up); variable P-4 663 000 / 4 = 165 750.
   */
  @Test
  void staffCosts_bySource_withTwoDecimals() {
    Run r = rbm("staff-costs", "--by-source", "--decimals", "2", PROPOSAL);
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .containsPattern("per FTE +per FTE regular +per FTE variable +grade mix")
        .containsPattern("\\nD-2 +4 +0 +4 +1 231 000 +307 750\\.00 +307 750\\.00 +1\\.1 %\\n")
        .containsPattern("\\nP-4 +46 +4 +50 +8 912 000 +178 240\\.00 +179 326\\.09 +165 750\\.00"
            + " +14\\.2 %\\n")
        .containsPattern("\\nG-5 +67 +4 +71 +6 328 000 +89 126\\.76 +89 074\\.63 +90 000\\.00 ")
        .containsPattern("\\nG-4 .* +73 703\\.70 ");
    assertThat(rbm("staff-costs", "--decimals", "3", PROPOSAL).err())
        .contains("--decimals 3 is not in 0..2 (EUR has 2 minor-unit digits)");
    // beyond an int: a number, but not one the option can hold
    assertThat(rbm("staff-costs", "--decimals", "2147483648", PROPOSAL).err())
        .startsWith("rbm staff-costs: Invalid value for option '--decimals': '2147483648' is not"
            + " a whole number from -2147483648 to 2147483647\n");
    assertThat(rbm("staff-costs", "--decimals", "two", PROPOSAL).err())
        .contains("'two' is not a whole number from -2147483648 to 2147483647");
  }

  @Test
  void staffCosts_malformed_namesLineAndPath() throws IOException {
    Path bad = malformed(PROPOSAL, "\"grade\": \"P-4\"", "\"grade\": \"P-9\"");
    Run r = rbm("staff-costs", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).containsPattern(":\\d+:\\d+: at \\$\\.staffing\\[0\\]\\.rows\\[\\d+\\]"
        + "\\.grade: ").contains("P-9");
    assertThat(rbm("staff-costs", "--column", "nope", PROPOSAL).err())
        .contains("no staffing rows for column nope");
  }

  // ---- certification

  @Test
  void certification_byModalityTierPricing() {
    Run r = rbm("certification", ENROLMENTS, "--by", "modality,tier,pricing");
    assertThat(r.code()).isZero();
    // seed 003 l.2429-2432: fellowship-funded online achievement below 68 %: 40/60
    assertThat(r.out())
        .contains("1205 enrolments; uptake rate = credential accessed ÷ credential earned")
        .containsPattern("tutor-supported-online +achievement +fellowship-funded +75 +64 +60"
            + " +40 +66\\.7 % +\\[54\\.1 %, 77\\.3 %\\]\\n")
        .containsPattern("total +1205 +972 +950 +556 +58\\.5 %");
    JsonNode j = json(rbm("certification", "--json", ENROLMENTS, "--by", "modality"));
    // seed 003 l.2419-2420: 74 % online = 259/350
    JsonNode online = j.get("groups").get(3);
    assertThat(online.get("key").get(0).asString()).isEqualTo("tutor-supported-online");
    assertThat(online.get("numerator").asLong()).isEqualTo(259);
    assertThat(online.get("denominator").asLong()).isEqualTo(350);
  }

  @Test
  void certification_malformedRow_namesLineAndColumn() throws IOException {
    Path bad = malformed(ENROLMENTS, ",face-to-face-campus,", ",teleport,");
    Run r = rbm("certification", bad.toString(), "--by", "modality");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("rbm certification: " + bad + ":2:6: column modality:"
        + " modality \"teleport\" is not one of");
    Run lenient = rbm("certification", bad.toString(), "--by", "modality", "--lenient");
    assertThat(lenient.code()).isEqualTo(1);
    assertThat(lenient.err()).startsWith(bad + ":2:6: column modality:");
    assertThat(lenient.out()).contains("1204 enrolments, 1 row rejected");
  }

  @Test
  void certification_progress_onlyWhenAskedOrOnATerminal() {
    // the standard error of a test is a pipe, no terminal: quiet unless asked
    Run quiet = rbm("certification", ENROLMENTS);
    assertThat(quiet.err()).isEmpty();
    Run shown = rbm("certification", ENROLMENTS, "--progress");
    assertThat(shown.code()).isZero();
    assertThat(shown.err()).startsWith("\r" + ENROLMENTS + ": ")
        .contains(": 100 % of 0.1 MB")
        .containsPattern("\\r" + java.util.regex.Pattern.quote(ENROLMENTS)
            + ": 1205 rows read *\\n$");
    assertThat(shown.out()).isEqualTo(quiet.out());
    // the old --progress always is no longer a value: a usage error
    assertThat(rbm("certification", ENROLMENTS, "--progress", "always").code()).isEqualTo(2);
  }

  @Test
  void certification_largeFile_readInParallel_withOrWithoutProgress(@TempDir Path dir)
      throws IOException {
    // 200 000 rows, about 24 MB: read in byte ranges on parallel threads, progress shown or not
    Path big = dir.resolve("big.csv");
    try (var w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      EnrolmentData.writeCsv(200_000, PerformanceReport.SEED, w);
    }
    assertThat(Files.size(big)).isGreaterThan(16L << 20);
    Run quiet = rbm("certification", big.toString(), "--json", "--by", "modality,tier");
    Run shown =
        rbm("certification", big.toString(), "--json", "--by", "modality,tier", "--progress");
    assertThat(quiet.code()).isZero();
    assertThat(shown.code()).isZero();
    assertThat(json(quiet).get("groups").size()).isPositive();
    assertThat(json(quiet).get("rowsRead").asLong()).isEqualTo(200_000);
    assertThat(shown.out()).isEqualTo(quiet.out());
    assertThat(shown.err()).contains(big + ": 50 % of ", big + ": 100 % of ")
        .containsPattern("200000 rows read *\\n$");
  }

  @Test
  void certification_badOption_isAUsageError() {
    Run r = rbm("certification", ENROLMENTS, "--by", "colour");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("rbm certification: --by: dimension \"colour\" is not one of"
        + " modality, credential, pricing, offer, year, cohort, programme, activity\n"
        + "Try 'rbm certification --help' for more information.\n");
  }

  // ---- achievement

  @Test
  void achievement_ratesAndRollsUp() {
    Run r = rbm("achievement", ACHIEVEMENT);
    assertThat(r.code()).isZero();
    // seed 004 l.29-36: 72 of 119; illustrative baseline 50/100, target at least 65/100
    assertThat(r.out())
        .containsPattern("\\n1 +1\\.a +50/100 +>=65/100 +72/119 +70\\.0 % +at-risk +measured\\n")
        .containsPattern("\\n1 +outcome +4 +on-track 1, at-risk 2, off-track 1 +off-track\\n")
        .contains("Framework ILO 2018-2021: 4 of 10 indicators on track, 2 at risk, 3 off track,"
            + " 1 not rated");
    JsonNode j = json(rbm("achievement", "--json", ACHIEVEMENT));
    assertThat(j.get("rollup").get("scheme").asString()).isEqualTo("traffic-light");
  }

  @Test
  void achievement_failOn_exits1_andPaceNeedsADate() {
    Run r = rbm("achievement", ACHIEVEMENT, "--fail-on", "off-track");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("3 indicators are rated off-track or worse: [1.3.a, 2.1.a, 3.a]");
    assertThat(rbm("achievement", ACHIEVEMENT, "--fail-on", "nope").code()).isEqualTo(2);
    Run paced = rbm("achievement", ACHIEVEMENT, "--scheme", "time-paced");
    assertThat(paced.code()).isEqualTo(2);
    assertThat(paced.err()).contains("--scheme time-paced rates the pace: give the date with --at");
    Run at = rbm("achievement", ACHIEVEMENT, "--scheme", "time-paced", "--at", "2020-12-31");
    assertThat(at.code()).isZero();
    assertThat(at.out())
        .containsPattern("1\\.1 +1\\.1\\.a +0 +800 +600 +75\\.0 % +100\\.0 % behind");
  }

  @Test
  void portfolio_blankSectorVocabulary_isAUsageError() {
    Run r = rbm("portfolio", IATI, "--sector-vocabulary", "");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("rbm portfolio: --sector-vocabulary: \"\" is blank: give a"
        + " SectorVocabulary code, such as 1 (OECD DAC 5-digit)\n");
  }

  @Test
  void achievement_ofIati_atAndPeriodDoNotApply() {
    for (String option : new String[] {"--at=2024-06-01", "--period=2024"}) {
      Run r = rbm("achievement", IATI, option);
      assertThat(r.code()).as(option).isEqualTo(2);
      assertThat(r.out()).as(option).isEmpty();
      assertThat(r.err()).as(option).startsWith("rbm achievement: an IATI file is rated per"
          + " indicator and target period: " + option.substring(0, option.indexOf('='))
          + " does not apply\n");
    }
  }

  @Test
  void achievement_badPeriod_isAUsageErrorOfTheOption_notOfTheFile() {
    Run r = rbm("achievement", ACHIEVEMENT, "--period", "2024-27");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("rbm achievement: --period: biennium \"2024-27\" does not span two"
            + " consecutive years")
        .contains("Try 'rbm achievement --help'")
        .doesNotContain(ACHIEVEMENT);
  }

  @Test
  void achievement_malformed_namesThePath() throws IOException {
    Path bad = malformed(ACHIEVEMENT, "\"direction\" : \"increase\"",
        "\"direction\" : \"upwards\"");
    Run r = rbm("achievement", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("rbm achievement: " + bad + ":")
        .contains("roots[0].indicators[0].direction").contains("upwards");
  }

  // ---- benchmark

  @Test
  void benchmark_everyMetricInItsLatestPeriod() {
    Run r = rbm("benchmark", BENCHMARK);
    assertThat(r.code()).isZero();
    // seed 003 l.1604: 729 000 visits in 2022, against a target of 700 000
    assertThat(r.out())
        .contains("Website visits (visits, visits, higher-is-better), 2022:")
        .containsPattern("\\n +1 +itcilo +729 000 +87\\.50 +q1 +1\\.46 +\\+346 500"
            + " +0 +\\+29 000 +45\\.17 %\\n")
        .containsPattern("provider-c +missing +no value");
    // ratios (cost per learner, a percentage) have no share of a total; their values keep the
    // decimals
    assertThat(r.out())
        .containsPattern("\\n +1 +itcilo +250\\.00 +75\\.00 +q2 +-0\\.73 +-10\\.00 +0\\.00\\n")
        .containsPattern("\\n +1 +provider-a +72\\.50 +83\\.33 +q1 +1\\.41 +\\+13\\.50 +0\\.00\\n");
    JsonNode cost = json(rbm("benchmark", "--json", "--metric", "cost", BENCHMARK));
    assertThat(cost.get("tables").get(0).get("positions").get(0).get("shareOfTotal").isNull())
        .isTrue();
    JsonNode j = json(rbm("benchmark", "--json", "--metric", "visits", BENCHMARK));
    assertThat(j.get("tables")).hasSize(1);
    assertThat(j.get("tables").get(0).get("positions").get(0).get("entity").asString())
        .isEqualTo("itcilo");
    assertThat(rbm("benchmark", "--metric", "visits", "--period", "2021", "--decimals", "0",
        BENCHMARK).out()).containsPattern("\\n +1 +itcilo +663 000 ");
  }

  @Test
  void benchmark_peersNoEntityHas_orEmpty_areUsageErrors() {
    Run none = rbm("benchmark", BENCHMARK, "--peers", "nosuchattr");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).startsWith("rbm benchmark: --peers: no entity of " + BENCHMARK
        + " has the attribute \"nosuchattr\" (its entities' attributes are region, size)\n");
    Run empty = rbm("benchmark", BENCHMARK, "--peers", "region,,size");
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err())
        .startsWith("rbm benchmark: --peers: peer attribute \"\" must have 1 to 100 characters\n");
  }

  @Test
  void benchmark_malformed_namesTheValue() throws IOException {
    Path bad = malformed(BENCHMARK, "\"entity\" : \"provider-c\", \"metric\" : \"visits\"",
        "\"entity\" : \"provider-z\", \"metric\" : \"visits\"");
    Run r = rbm("benchmark", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(bad + ": the benchmark set has 1 problem",
        "values[15]: entity \"provider-z\"", "unknown entity \"provider-z\"");
    assertThat(rbm("benchmark", "--metric", "nope", BENCHMARK).err())
        .contains("no metric \"nope\"");
  }

  // ---- convert

  @Test
  void convert_frameworkToIati_andBack() throws IOException {
    Run r = rbm("convert", ACHIEVEMENT, "--to", "iati");
    assertThat(r.code()).isZero();
    // the documented IATI example is this very output
    assertThat(r.out()).isEqualTo(Files.readString(Path.of(IATI), StandardCharsets.UTF_8));
    assertThat(r.out()).contains("<iati-activities version=\"2.03\">",
        "<iati-identifier>ILO-2018-2021</iati-identifier>", "<result type=\"2\">",
        "<activity-date type=\"3\" iso-date=\"2021-12-31\"/>");
    // what IATI cannot say is listed, naming result and indicator
    assertThat(r.err()).contains(ACHIEVEMENT + ": result 1.1, indicator 1.1.a: not carried by"
        + " IATI: cumulation cumulative");
    // achievement-framework.json l.42-43: an actual of 72/119, published as its quotient 0.61
    assertThat(r.err()).contains(ACHIEVEMENT + ": result 1, indicator 1.a: not carried by IATI:"
        + " value of actual 2021: 72/119: published rounded, as 0.61 (2 places, half-up)");
    // IATI rewritten as IATI is the same document
    assertThat(rbm("convert", IATI, "--to", "iati").out()).isEqualTo(r.out());
  }

  @Test
  void convert_iatiToJson_givesTheLibrarysIndicators() {
    Run r = rbm("convert", IATI, "--to", "json");
    assertThat(r.code()).isZero();
    JsonNode j = json(r);
    JsonNode first = j.get("activities").get(0);
    assertThat(first.get("identifier").asString()).isEqualTo("ILO-2018-2021");
    assertThat(first.get("results").get(0).get("level").asString()).isEqualTo("outcome");
    JsonNode ind = first.get("results").get(1).get("indicators").get(0);
    assertThat(ind.get("direction").asString()).isEqualTo("increase");
    assertThat(ind.get("targets").get(0).get("value").decimalValue()).isEqualByComparingTo("800");
  }

  @Test
  void convert_malformed_namesLineAndPath() throws IOException {
    Path bad = tmp.resolve("bad.xml");
    Files.writeString(bad, Files.readString(Path.of(IATI), StandardCharsets.UTF_8)
        .replace("  <activity-status code=\"2\"/>\n",
            "  <activity-status code=\"2\"/>\n  <activity-status code=\"3\"/>\n"));
    Run r = rbm("convert", bad.toString(), "--to", "json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("rbm convert: " + bad + ":20: activity ILO-2018-2021, at"
        + " /iati-activities/iati-activity[1]/activity-status[2]: ");
    Path badJson = malformed(ACHIEVEMENT, "\"level\" : \"output\"", "\"level\" : \"outcome\"");
    Run j = rbm("convert", badJson.toString(), "--to", "iati");
    assertThat(j.code()).isEqualTo(2);
    assertThat(j.err()).contains("roots[0].children[0].level");
    assertThat(rbm("convert", IATI, "--to", "yaml").err()).contains("--to: \"yaml\" is not one");
  }

  // ---- every command

  @ParameterizedTest
  @ValueSource(strings = {"validate", "balance", "check", "staff-costs", "certification",
      "achievement", "benchmark", "resources", "convert"})
  void help_ofEveryCommand_hasAnExample(String command) {
    Run r = rbm(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: rbm " + command, "Example:",
        "  rbm " + command + " docs/examples/");
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "balance", "check", "staff-costs", "achievement",
      "benchmark"})
  void malformedJson_isExit2_namingLineAndColumn(String command) throws IOException {
    Path p = tmp.resolve("broken.json");
    Files.writeString(p, "{\n  \"a\": 1,,\n}");
    Run r = rbm(command, p.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("rbm " + command + ": " + p + ":2:");
  }

  @Test
  void noCommand_orUnknownCommand_isAUsageError() {
    assertThat(rbm().code()).isEqualTo(2);
    Run r = rbm("frobnicate");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument at index 0: 'frobnicate'");
  }

  // ---- the wrong kind of file, usage errors, standard input, help examples

  @Test
  void wrongKindOfFile_namesTheKindAndTheCommandThatReadsIt() {
    Run balance = rbm("balance", ACHIEVEMENT);
    assertThat(balance.code()).isEqualTo(2);
    assertThat(balance.err()).isEqualTo("rbm balance: " + ACHIEVEMENT + " is a results framework,"
        + " not a budget document; try `rbm achievement " + ACHIEVEMENT + "`\n");
    Run check = rbm("check", BENCHMARK);
    assertThat(check.code()).isEqualTo(2);
    assertThat(check.err()).isEqualTo("rbm check: " + BENCHMARK + " is a benchmark set,"
        + " not a budget document; try `rbm benchmark " + BENCHMARK + "`\n");
    Run certification = rbm("certification", BUDGET);
    assertThat(certification.code()).isEqualTo(2);
    assertThat(certification.err()).isEqualTo("rbm certification: " + BUDGET + " is a budget"
        + " document, not an enrolment CSV file; try `rbm balance " + BUDGET + "`\n");
    String framework = EXAMPLES.resolve("itcilo-framework-2024-25.json").toString();
    Run resources = rbm("resources", BUDGET, framework, PROPOSAL);
    assertThat(resources.code()).isEqualTo(2);
    assertThat(resources.err()).isEqualTo("rbm resources: " + PROPOSAL + " is a budget document,"
        + " not an allocation document; try `rbm balance " + PROPOSAL + "`\n");
    Run achievement = rbm("achievement", PROPOSAL);
    assertThat(achievement.err()).startsWith("rbm achievement: " + PROPOSAL
        + " is a budget document, not a results framework; try `rbm balance ");
  }

  @Test
  void wrongKindOfFile_butOfTheRightKind_keepsTheProblemItself() throws IOException {
    Path p = malformed(BUDGET, "\"title\"", "\"titel\"");
    Run r = rbm("check", p.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("title").doesNotContain("is a budget document, not");
  }

  @Test
  void usageError_isOneLineAndWhereToReadMore() {
    Run r = rbm("balance", PROPOSAL, "--tolerance", "abc");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("rbm balance: Invalid value for option '--tolerance': 'abc' is"
        + " not a number\nTry 'rbm balance --help' for more information.\n");
    Run missing = rbm("balance");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("rbm balance: Missing required parameter: 'FILE'\n"
        + "Try 'rbm balance --help' for more information.\n");
    Run none = rbm();
    assertThat(none.err()).isEqualTo("rbm: missing command\n"
        + "Try 'rbm --help' for more information.\n");
  }

  @Test
  void mistypedValue_getsTheClosestValidOne() {
    Run r = rbm("certification", ENROLMENTS, "--by", "modalty");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("rbm certification: --by: dimension \"modalty\" is not one of")
        .contains("; did you mean \"modality\"?\nTry 'rbm certification --help'");
    assertThat(rbm("certification", ENROLMENTS, "--basis", "particpants").err())
        .contains("did you mean \"participants\"?");
    assertThat(rbm("convert", IATI, "--to", "jsno").err()).contains("did you mean \"json\"?");
    assertThat(rbm("validate", "--type", "budgte", BUDGET).err())
        .contains("did you mean \"budget\"?");
    // nothing near enough: no guess
    assertThat(rbm("certification", ENROLMENTS, "--by", "colour").err())
        .doesNotContain("did you mean");
    assertThat(rbm("achievement", ACHIEVEMENT, "--fail-on", "of-track").err())
        .startsWith("rbm achievement: --fail-on: \"of-track\" is not one of on-track, at-risk,"
            + " off-track (the ratings of scheme traffic-light); did you mean \"on-track\" or"
            + " \"off-track\"?\n");
    assertThat(rbm("blance").err()).contains("Did you mean: rbm balance or ");
  }

  @Test
  void closest_editDistance() {
    assertThat(UsageErrors.distance("modalty", "modality")).isEqualTo(1);
    assertThat(UsageErrors.distance("tier", "tire")).isEqualTo(1);
    assertThat(UsageErrors.distance("", "json")).isEqualTo(4);
    assertThat(UsageErrors.closest("jsno", java.util.List.of("json", "iati")))
        .containsExactly("json");
    assertThat(UsageErrors.closest("xml", java.util.List.of("json", "iati"))).isEmpty();
    assertThat(UsageErrors.closest("x", java.util.List.of("a", "b", "xy"))).containsExactly("a",
        "b", "xy");
  }

  @Test
  void certification_oneRow_isSingular() throws IOException {
    java.util.List<String> lines = Files.readAllLines(Path.of(ENROLMENTS), StandardCharsets.UTF_8);
    Path one = tmp.resolve("one.csv");
    Files.writeString(one, lines.get(0) + "\n" + lines.get(1) + "\n"
        + lines.get(2).replace(",80,", ",eighty,") + "\n", StandardCharsets.UTF_8);
    Run r = rbm("certification", "--lenient", one.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).startsWith(one + ": 1 enrolment, 1 row rejected; ");
    Path single = tmp.resolve("single.csv");
    Files.writeString(single, lines.get(0) + "\n" + lines.get(1) + "\n", StandardCharsets.UTF_8);
    assertThat(rbm("validate", single.toString()).out())
        .isEqualTo("valid enrolment CSV file: 1 enrolment\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "balance", "check", "staff-costs", "certification",
      "achievement", "benchmark", "resources", "convert", "completion"})
  void help_everyExampleLineIsAWholeCommand(String command) {
    CommandLine cl = Rbm.commandLine();
    CommandLine sub = cl.getSubcommands().get(command);
    String help = rbm(command, "--help").out();
    String[] footer = sub.getCommandSpec().usageMessage().footer();
    StringBuilder joined = new StringBuilder();
    int commands = 0;
    for (String line : footer) {
      if (line.startsWith("  rbm ") || joined.length() > 0) {
        // a command line is printed whole, never wrapped
        assertThat(line.length()).as("%s fits the usage width", line)
            .isLessThanOrEqualTo(sub.getCommandSpec().usageMessage().width());
        assertThat(help).as("printed whole").contains(line + "\n");
        joined.append(line.strip());
        if (line.endsWith("\\")) {
          joined.setLength(joined.length() - 1);
          continue;
        }
        String[] args = joined.toString().split(" +");
        assertThat(args[0]).isEqualTo("rbm");
        assertThat(args[1]).isEqualTo(command);
        // every option and value of the example parses
        Rbm.commandLine().parseArgs(java.util.Arrays.copyOfRange(args, 1, args.length));
        joined.setLength(0);
        commands++;
      }
    }
    assertThat(commands).isPositive();
    assertThat(joined).isEmpty();
  }

  @Test
  void validate_example_printsWhatTheHelpSays() {
    String[] footer = Rbm.commandLine().getSubcommands().get("validate").getCommandSpec()
        .usageMessage().footer();
    assertThat(footer[0]).isEqualTo("  rbm validate docs/examples/ilo-pb-2024-25.json");
    assertThat(rbm("validate", FRAMEWORK).out()).isEqualTo(footer[1].strip() + "\n");
  }
}
