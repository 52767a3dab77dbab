package org.rbmkit.core.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rbmkit.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the IATI standard's own activity test suite: every should-pass file reads without a
 * structural error; every should-fail file of results and budgets is rejected with a message naming
 * the defect its file name describes.
 */
class IatiSuiteTest {

  static final Path IATI = org.rbmkit.core.testing.Sources.IATI;
  static final Path TESTS = org.rbmkit.core.testing.Sources.iati("tests/activity-tests");

  /**
   * For each should-fail file: the path its error must point at (a suffix) and the words of the
   * message that name the defect.
   */
  static final Map<String, List<String>> DEFECTS =
      Map.ofEntries(
          defect(
              "result/01-missing-title.xml",
              "/result[1]",
              "missing required element <title> in <result>"),
          defect(
              "result/02-missing-title-narrative.xml",
              "/result[1]/title[1]",
              "missing required element <narrative> in <title>"),
          defect(
              "result/03-missing-indicator-title.xml",
              "/indicator[1]",
              "missing required element <title> in <indicator>"),
          // the file comments out the whole title, narrative included
          defect(
              "result/04-missing-indicator-title-narrative.xml",
              "/indicator[1]",
              "missing required element <title> in <indicator>"),
          defect(
              "result/05-missing-attribute-indicator-measure.xml",
              "/indicator[1]",
              "missing required attribute @measure of <indicator>"),
          defect(
              "result/06-missing-indicator.xml",
              "/result[1]",
              "missing required element <indicator> in <result>"),
          defect(
              "result/07-missing-attribute-result-type.xml",
              "/result[1]",
              "missing required attribute @type of <result>"),
          defect(
              "result/08-non-boolean-attribute-aggregation-status.xml",
              "/@aggregation-status",
              "is not a boolean"),
          defect(
              "result/09-non-boolean-attribute-ascending.xml",
              "/indicator[1]/@ascending",
              "is not a boolean"),
          defect(
              "result/10-two-title.xml",
              "/result[1]/title[2]",
              "<title> appears 2 times in <result>"),
          defect(
              "result/11-two-indicator-title.xml",
              "/indicator[1]/title[2]",
              "<title> appears 2 times in <indicator>"),
          defect(
              "result/12-two-description.xml",
              "/description[2]",
              "<description> appears 2 times in <result>"),
          defect(
              "result/13-missing-indicator-description-narrative.xml",
              "/indicator[1]/description[1]",
              "missing required element <narrative> in <description>"),
          defect(
              "result/14-missing-description-narrative.xml",
              "/description[1]",
              "missing required element <narrative> in <description>"),
          defect(
              "result/15-missing-indicator-baseline-comment-narrative.xml",
              "/baseline[1]/comment[1]",
              "missing required element <narrative> in <comment>"),
          defect(
              "result/16-missing-indicator-period-period-start.xml",
              "/period[1]",
              "missing required element <period-start> in <period>"),
          defect(
              "result/17-missing-indicator-period-period-end.xml",
              "/period[1]",
              "missing required element <period-end> in <period>"),
          defect(
              "result/18-non-iso-date-period-period-start.xml",
              "/period-start[1]/@iso-date",
              "is not an ISO date"),
          defect(
              "result/19-non-iso-date-period-period-end.xml",
              "/period-end[1]/@iso-date",
              "is not an ISO date"),
          defect(
              "result/20-missing-indicator-period-target-comment-narrative.xml",
              "/target[1]/comment[1]",
              "missing required element <narrative> in <comment>"),
          defect(
              "result/21-missing-indicator-period-actual-comment-narrative.xml",
              "/actual[1]/comment[1]",
              "missing required element <narrative> in <comment>"),
          defect(
              "result/22-two-indicator-description.xml",
              "/indicator[1]/description[2]",
              "<description> appears 2 times in <indicator>"),
          defect(
              "result/24-two-indicator-baseline-comment.xml",
              "/baseline[1]/comment[2]",
              "<comment> appears 2 times in <baseline>"),
          defect(
              "result/25-two-indicator-period-period-end.xml",
              "/period[1]/period-end[2]",
              "<period-end> appears 2 times in <period>"),
          defect(
              "result/25-two-indicator-period-period-start.xml",
              "/period[1]/period-start[2]",
              "<period-start> appears 2 times in <period>"),
          defect(
              "result/28-two-indicator-period-target-comment.xml",
              "/target[1]/comment[2]",
              "<comment> appears 2 times in <target>"),
          defect(
              "result/30-two-indicator-period-actual-comment.xml",
              "/actual[1]/comment[2]",
              "<comment> appears 2 times in <actual>"),
          defect(
              "result/33-missing-attribute-period-start-iso-date.xml",
              "/period-start[1]",
              "missing required attribute @iso-date of <period-start>"),
          defect(
              "result/34-missing-attribute-period-end-iso-date.xml",
              "/period-end[1]",
              "missing required attribute @iso-date of <period-end>"),
          defect(
              "result/36-missing-attribute-baseline-year.xml",
              "/baseline[1]",
              "missing required attribute @year of <baseline>"),
          defect(
              "result/37-non-positiveInteger-baseline-year.xml",
              "/baseline[1]/@year",
              "is not a positive integer"),
          defect(
              "result/38-non-positiveInteger-baseline-year.xml",
              "/baseline[1]/@year",
              "is not a positive integer"),
          defect(
              "result/39-indicator-reference-vocabulary-missing.xml",
              "/indicator[1]/reference[1]",
              "missing required attribute @vocabulary of <reference>"),
          defect(
              "result/41-indicator-reference-code-missing.xml",
              "/indicator[1]/reference[1]",
              "missing required attribute @code of <reference>"),
          defect(
              "result/47-two-indicator-period-target-comment.xml",
              "/target[1]/comment[2]",
              "<comment> appears 2 times in <target>"),
          defect(
              "result/48-two-indicator-period-actual-comment.xml",
              "/actual[1]/comment[2]",
              "<comment> appears 2 times in <actual>"),
          defect(
              "result/49-no-narrative-indicator-period-target-comment.xml",
              "/target[1]/comment[1]",
              "missing required element <narrative> in <comment>"),
          defect(
              "result/50-no-narrative-indicator-period-actual-comment.xml",
              "/actual[1]/comment[1]",
              "missing required element <narrative> in <comment>"),
          defect(
              "budget/01-missing-period-end.xml",
              "/budget[1]",
              "missing required element <period-end> in <budget>"),
          defect(
              "budget/02-missing-period-start.xml",
              "/budget[1]",
              "missing required element <period-start> in <budget>"),
          defect(
              "budget/03-missing-value.xml",
              "/budget[1]",
              "missing required element <value> in <budget>"),
          defect(
              "budget/04-missing-attribute-period-start-iso-date.xml",
              "/budget[1]/period-start[1]",
              "missing required attribute @iso-date of <period-start>"),
          defect(
              "budget/05-missing-attribute-period-end-iso-date.xml",
              "/budget[1]/period-end[1]",
              "missing required attribute @iso-date of <period-end>"),
          defect(
              "budget/06-missing-attribute-value-date.xml",
              "/budget[1]/value[1]",
              "missing required attribute @value-date of <value>"),
          defect(
              "budget/07-contains-text-period-start.xml",
              "/budget[1]/period-start[1]",
              "<period-start> contains text"),
          defect(
              "budget/08-contains-text-period-end.xml",
              "/budget[1]/period-end[1]",
              "<period-end> contains text"),
          defect(
              "budget/09-two-period-end.xml",
              "/budget[1]/period-end[2]",
              "<period-end> appears 2 times in <budget>"),
          defect(
              "budget/10-two-period-start.xml",
              "/budget[1]/period-start[2]",
              "<period-start> appears 2 times in <budget>"),
          defect(
              "budget/11-two-value.xml",
              "/budget[1]/value[2]",
              "<value> appears 2 times in <budget>"),
          defect("budget/12-non-decimal-value.xml", "/budget[1]/value[1]", "is not a decimal"),
          defect("budget/13-empty-decimal-value.xml", "/budget[1]/value[1]", "<value> is empty"));

  private static Map.Entry<String, List<String>> defect(String file, String path, String words) {
    return Map.entry(file, List.of(path, words));
  }

  static Stream<String> shouldPass() throws IOException {
    return files(TESTS.resolve("should-pass"));
  }

  static Stream<String> shouldFail() throws IOException {
    return Stream.concat(
        files(TESTS.resolve("should-fail/result")), files(TESTS.resolve("should-fail/budget")));
  }

  private static Stream<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s
          .filter(p -> p.toString().endsWith(".xml"))
          .map(
              p ->
                  TESTS
                      .resolve(
                          dir.startsWith(TESTS.resolve("should-pass"))
                              ? "should-pass"
                              : "should-fail")
                      .relativize(p)
                      .toString())
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  @ParameterizedTest(name = "should-pass/{0}")
  @MethodSource("shouldPass")
  void shouldPass_readsLenientlyWithoutError(String file) throws IOException {
    List<ActivityRead> reads = new ArrayList<>();
    IatiReadSummary summary;
    try (InputStream in = Files.newInputStream(TESTS.resolve("should-pass").resolve(file))) {
      summary = IatiReader.lenient().read(in, reads::add);
    }
    assertThat(summary.problems()).noneMatch(IatiTestProblems::isStructural);
    assertThat(reads).isNotEmpty();
    for (ActivityRead r : reads) {
      assertThat(r.errors()).as("errors of %s", file).isEmpty();
      assertThat(r.activity()).as("activity of %s", file).isPresent();
    }
  }

  @ParameterizedTest(name = "should-pass/{0}")
  @MethodSource("shouldPass")
  void shouldPass_roundTripsThroughValidIati203(String file) throws Exception {
    List<IatiActivity> activities = new ArrayList<>();
    try (InputStream in = Files.newInputStream(TESTS.resolve("should-pass").resolve(file))) {
      IatiReader.lenient().read(in, r -> activities.add(r.activity().orElseThrow()));
    }
    String xml = IatiWriter.toXml(activities);
    IatiAnnotatedExampleTest.validate(xml);
    List<IatiActivity> again = new ArrayList<>();
    IatiReader.strict()
        .read(
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
            r -> {
              assertThat(r.errors()).isEmpty();
              assertThat(r.skipped()).isEmpty();
              again.add(r.activity().orElseThrow());
            });
    assertThat(again).isEqualTo(activities);
  }

  @ParameterizedTest(name = "should-fail/{0}")
  @MethodSource("shouldFail")
  void shouldFail_rejectedWithTheDefectNamed(String file) throws IOException {
    List<String> expected = DEFECTS.get(file);
    assertThat(expected).as("expected defect of %s is listed in DEFECTS", file).isNotNull();
    List<Problem> errors = new ArrayList<>();
    try (InputStream in = Files.newInputStream(TESTS.resolve("should-fail").resolve(file))) {
      IatiReader.lenient()
          .read(
              in,
              r -> {
                if (!r.errors().isEmpty()) {
                  // the test files' activities have no identifier: their reads are named by index
                  assertThat(r.identifier()).isEmpty();
                  assertThat(r.index()).isEqualTo(1);
                }
                errors.addAll(r.errors());
              });
    }
    assertThat(errors)
        .as("errors of %s", file)
        .anySatisfy(
            e -> {
              assertThat(IatiTestProblems.path(e))
                  .startsWith("/iati-activities/iati-activity[1]/")
                  .endsWith(expected.get(0));
              assertThat(e.message()).contains(expected.get(1));
            });
    try (InputStream in = Files.newInputStream(TESTS.resolve("should-fail").resolve(file))) {
      assertThatThrownBy(() -> IatiReader.strict().read(in, r -> {}))
          .isInstanceOf(IatiReadException.class)
          .satisfies(
              t ->
                  assertThat(((IatiReadException) t).problems().get(0).code())
                      .startsWith("iati.structure."));
    }
  }

  /**
   * Beyond results and budgets: the should-fail files about the activity's own structure, planned
   * disbursements and transactions, as far as the model carries them, each with a message naming
   * its defect. (Files about elements the model skips, such as sectors or locations, are not
   * checked inside those elements.)
   */
  @ParameterizedTest(name = "should-fail/{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "01-empty-activity.xml | missing required element <iati-identifier> in <iati-activity>",
        "02-top-level-extensibility.xml | element <foo> is not allowed in <iati-activity>",
        "03-mixed-content-extensibility.xml | element <foo> is not allowed in <description>",
        "04-attribute-extensibility.xml | attribute @foo is not allowed on <description>",
        "18-missing-iati-activities-version.xml | missing required attribute @version of"
            + " <iati-activities>",
        "19-has-iati-activity-version.xml | attribute @version is not allowed on <iati-activity>",
        "20-two-reporting-orgs.xml | <reporting-org> appears 2 times in <iati-activity>",
        "22-missing-title-narrative.xml | missing required element <narrative> in <title>",
        "23-missing-description-narrative.xml | missing required element <narrative> in"
            + " <description>",
        "24-two-titles.xml | <title> appears 2 times in <iati-activity>",
        "26-two-activity-status.xml | <activity-status> appears 2 times in <iati-activity>",
        "planned-disbursement/02-missing-period-start.xml | missing required element <period-start>"
            + " in <planned-disbursement>",
        "planned-disbursement/03-missing-value.xml | missing required element <value> in"
            + " <planned-disbursement>",
        "planned-disbursement/04-missing-attribute-period-start-iso-date.xml | missing required"
            + " attribute @iso-date of <period-start>",
        "planned-disbursement/05-missing-attribute-period-end-iso-date.xml | missing required"
            + " attribute @iso-date of <period-end>",
        "planned-disbursement/06-missing-attribute-value-date.xml | missing required attribute"
            + " @value-date of <value>",
        "planned-disbursement/07-contains-text-period-start.xml | <period-start> contains text",
        "planned-disbursement/08-contains-text-period-end.xml | <period-end> contains text",
        "planned-disbursement/09-two-period-end.xml | <period-end> appears 2 times in"
            + " <planned-disbursement>",
        "planned-disbursement/10-two-period-start.xml | <period-start> appears 2 times in"
            + " <planned-disbursement>",
        "planned-disbursement/11-two-value.xml | <value> appears 2 times in <planned-disbursement>",
        "planned-disbursement/12-non-decimal-value.xml | <value> \"etrhrfh\" is not a decimal",
        "planned-disbursement/13-empty-decimal-value.xml | <value> is empty",
        "transaction/01-missing-transaction-type.xml | missing required element <transaction-type>"
            + " in <transaction>",
        "transaction/02-missing-transaction-date.xml | missing required element <transaction-date>"
            + " in <transaction>",
        "transaction/03-missing-value.xml | missing required element <value> in <transaction>",
        "transaction/05-two-transaction-date.xml | <transaction-date> appears 2 times in"
            + " <transaction>",
        "transaction/05-two-transaction-type.xml | <transaction-type> appears 2 times in"
            + " <transaction>",
        "transaction/06-two-transaction-date.xml | <transaction-date> appears 2 times in"
            + " <transaction>",
        "transaction/07-two-values.xml | <value> appears 2 times in <transaction>",
        "transaction/19-missing-attribute-transaction-type-code.xml | missing required attribute"
            + " @code of <transaction-type>",
        "transaction/20-missing-attribute-transaction-date-iso-code.xml | missing required"
            + " attribute @iso-date of <transaction-date>",
        "transaction/21-missing-attribute-value-date.xml | missing required attribute @value-date"
            + " of <value>",
        "transaction/22-incorrect-date-value-date.xml | @value-date \"2010-07-\" of <value> is not"
            + " an ISO date",
        "transaction/23-incorrect-date-transaction-date.xml | @iso-date \"2010-07-\" of"
            + " <transaction-date> is not an ISO date",
        "transaction/39-contains-text-transaction-type.xml | <transaction-type> contains text",
        "transaction/40-non-decimal-value.xml | <value> \"xxx\" is not a decimal",
        "transaction/41-empty-decimal-value.xml | <value> is empty",
        "transaction/42-contains-text-transaction-date.xml | <transaction-date> contains text",
      })
  void shouldFail_ofTheActivityAndItsMoneyFlows_rejectedWithTheDefectNamed(
      String file, String words) throws IOException {
    List<Problem> errors = new ArrayList<>();
    try (InputStream in = Files.newInputStream(TESTS.resolve("should-fail").resolve(file))) {
      IatiReadSummary s = IatiReader.lenient().read(in, r -> errors.addAll(r.errors()));
      s.problems().stream().filter(IatiTestProblems::isStructural).forEach(errors::add);
    }
    assertThat(errors)
        .as("errors of %s", file)
        .anySatisfy(e -> assertThat(e.message()).contains(words));
  }

  @Test
  void defectTable_coversExactlyTheShouldFailFiles() throws IOException {
    assertThat(shouldFail().collect(Collectors.toSet())).isEqualTo(DEFECTS.keySet());
  }
}
