package org.rbmkit.core.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.rbmkit.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.core.iati.IatiTestProblems.Kind;
import org.rbmkit.core.problem.Severity;
import org.rbmkit.core.money.Money;

/** Codelist and ruleset findings, lenient and strict reading, and streaming. */
class IatiReaderTest {

  static final String A = "/iati-activities/iati-activity[1]";

  static String activity(String id, String attributes, String extra) {
    return "<iati-activity"
        + attributes
        + "><iati-identifier>"
        + id
        + "</iati-identifier>"
        + IatiReaderSecurityTest.ACTIVITY_BODY
        + extra
        + "</iati-activity>";
  }

  static String doc(String... activities) {
    return "<iati-activities version='2.03'>" + String.join("", activities) + "</iati-activities>";
  }

  static ActivityRead readOne(String xml) {
    List<ActivityRead> reads = IatiReader.lenient().readAll(IatiReaderSecurityTest.stream(xml));
    assertThat(reads).hasSize(1);
    return reads.get(0);
  }

  static String budget(String attributes, String start, String end, String value) {
    return "<budget"
        + attributes
        + "><period-start iso-date='"
        + start
        + "'/><period-end iso-date='"
        + end
        + "'/><value value-date='"
        + start
        + "'"
        + value
        + "</value></budget>";
  }

  static String indicator(String measure, String inside) {
    return "<result type='2'><title><narrative>R</narrative></title><indicator measure='"
        + measure
        + "'><title><narrative>I</narrative></title>"
        + inside
        + "</indicator></result>";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "budget over one year | <budget><period-start iso-date='2024-01-01'/><period-end"
            + " iso-date='2025-01-01'/><value currency='EUR'"
            + " value-date='2024-01-01'>5</value></budget> | 7.5.3 | ERROR | /budget[1] | budget"
            + " period 2024-01-01 to 2025-01-01 is longer than one year",
        "budget start after end | <budget><period-start iso-date='2024-06-01'/><period-end"
            + " iso-date='2024-01-01'/><value currency='EUR'"
            + " value-date='2024-01-01'>5</value></budget> | 8.6.3 | ERROR | /budget[1] | budget"
            + " period starts 2024-06-01, after its end 2024-01-01",
        "unknown budget type | <budget type='7'><period-start iso-date='2024-01-01'/><period-end"
            + " iso-date='2024-12-31'/><value currency='EUR'"
            + " value-date='2024-01-01'>5</value></budget> | codelist | ERROR | /budget[1]/@type |"
            + " @type \"7\" is not in the BudgetType (1 original, 2 revised) codelist",
        "no currency | <budget><period-start iso-date='2024-01-01'/><period-end"
            + " iso-date='2024-12-31'/><value value-date='2024-01-01'>5</value></budget> | currency"
            + " | ERROR | /budget[1]/value[1] | <value> has no @currency and the activity no"
            + " @default-currency",
        "unknown currency | <budget><period-start iso-date='2024-01-01'/><period-end"
            + " iso-date='2024-12-31'/><value currency='EUROS'"
            + " value-date='2024-01-01'>5</value></budget> | codelist | ERROR |"
            + " /budget[1]/value[1]/@currency | currency \"EUROS\" is not in the Currency codelist"
            + " (ISO 4217)",
        "amount not money | <budget><period-start iso-date='2024-01-01'/><period-end"
            + " iso-date='2024-12-31'/><value currency='JPY'"
            + " value-date='2024-01-01'>5.5</value></budget> | money | WARNING |"
            + " /budget[1]/value[1] | the amount does not become Money: amount 5.5 has 1 decimal"
            + " places; JPY allows at most 0 (round it explicitly first)",
        "bitcoin | <budget><period-start iso-date='2024-01-01'/><period-end"
            + " iso-date='2024-12-31'/><value currency='XBT'"
            + " value-date='2024-01-01'>5</value></budget> | codelist | WARNING |"
            + " /budget[1]/value[1]/@currency | currency XBT (Bitcoin) is in IATI's Currency"
            + " codelist but not in ISO 4217: its amounts do not become Money",
        "unknown measure | <result type='1'><title><narrative>R</narrative></title><indicator"
            + " measure='Unit'><title><narrative>I</narrative></title></indicator></result> |"
            + " codelist | ERROR | /result[1]/indicator[1]/@measure | @measure \"Unit\" is not in"
            + " the IndicatorMeasure (1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative)"
            + " codelist",
        "unknown result type | <result"
            + " type='output-ish'><title><narrative>R</narrative></title><indicator"
            + " measure='1'><title><narrative>I</narrative></title></indicator></result> | codelist"
            + " | ERROR | /result[1]/@type | @type \"output-ish\" is not in the ResultType (1"
            + " output, 2 outcome, 3 impact, 9 other) codelist",
        "baseline without value | <result"
            + " type='1'><title><narrative>R</narrative></title><indicator"
            + " measure='2'><title><narrative>I</narrative></title><baseline"
            + " year='2020'/></indicator></result> | 8.8.1 | ERROR | /indicator[1]/baseline[1] |"
            + " the baseline has no @value, which measure 2 requires",
        "target without value | <result type='1'><title><narrative>R</narrative></title><indicator"
            + " measure='1'><title><narrative>I</narrative></title><period><period-start"
            + " iso-date='2024-01-01'/><period-end"
            + " iso-date='2024-12-31'/><target/></period></indicator></result> | 8.9.1 | ERROR |"
            + " /period[1]/target[1] | the target has no @value, which measure 1 requires",
        "actual without value | <result type='1'><title><narrative>R</narrative></title><indicator"
            + " measure='4'><title><narrative>I</narrative></title><period><period-start"
            + " iso-date='2024-01-01'/><period-end"
            + " iso-date='2024-12-31'/><actual/></period></indicator></result> | 8.10.1 | ERROR |"
            + " /period[1]/actual[1] | the actual has no @value, which measure 4 requires",
        "non-numeric target | <result type='1'><title><narrative>R</narrative></title><indicator"
            + " measure='1'><title><narrative>I</narrative></title><period><period-start"
            + " iso-date='2024-01-01'/><period-end iso-date='2024-12-31'/><target"
            + " value='N=42;P=57'/></period></indicator></result> | 8.9.2 | WARNING |"
            + " /target[1]/@value | the target value \"N=42;P=57\" is not a decimal",
        "qualitative with value | <result"
            + " type='1'><title><narrative>R</narrative></title><indicator"
            + " measure='5'><title><narrative>I</narrative></title><period><period-start"
            + " iso-date='2024-01-01'/><period-end iso-date='2024-12-31'/><actual"
            + " value='3'/></period></indicator></result> | 8.10.3 | WARNING | /actual[1]/@value |"
            + " the actual of a qualitative indicator should have no @value",
        "period start after end | <result"
            + " type='1'><title><narrative>R</narrative></title><indicator"
            + " measure='1'><title><narrative>I</narrative></title><period><period-start"
            + " iso-date='2024-12-31'/><period-end"
            + " iso-date='2024-01-01'/></period></indicator></result> | 8.6.1 | ERROR |"
            + " /indicator[1]/period[1] | indicator period starts 2024-12-31, after its end"
            + " 2024-01-01",
      })
  void ruleFindings_nameRuleSeverityActivityAndPath(
      String name, String extra, String rule, Severity severity, String path, String message) {
    ActivityRead r = readOne(doc(activity("XM-DAC-1-2", "", extra)));
    assertThat(r.errors()).isEmpty();
    assertThat(r.findings())
        .extracting(
            IatiTestProblems::rule, Problem::severity, Problem::message)
        .contains(tuple(Optional.of(rule), severity, message));
    assertThat(r.identifier()).isEqualTo("XM-DAC-1-2");
    assertThat(r.findings())
        .allSatisfy(f -> assertThat(f.code()).isEqualTo("iati.rule." + IatiTestProblems.rule(f).orElseThrow()));
    assertThat(r.findings()).anySatisfy(f -> assertThat(IatiTestProblems.path(f)).startsWith(A).endsWith(path));
    assertThat(r.activity()).isPresent();
  }

  @Test
  void defaultCurrency_isInheritedByValuesWithoutCurrency() {
    ActivityRead r =
        readOne(
            doc(
                activity(
                    "A",
                    " default-currency='CHF'",
                    budget("", "2024-01-01", "2024-12-31", ">1250.50")
                        + budget(
                            " type='2' status='2'",
                            "2024-01-01",
                            "2024-12-31",
                            " currency='EUR'>10"))));
    assertThat(r.findings()).isEmpty();
    IatiActivity a = r.activity().orElseThrow();
    assertThat(a.budgets())
        .extracting(IatiBudget::money)
        .containsExactly(Optional.of(Money.of("CHF", "1250.50")), Optional.of(Money.of("EUR", 10)));
    assertThat(a.budgets().get(1).budgetType()).contains(BudgetType.REVISED);
    assertThat(a.budgets().get(1).budgetStatus()).contains(BudgetStatus.COMMITTED);
  }

  @Test
  void totals_sumByTypeAndCurrencyExactly() {
    String t =
        "<transaction><transaction-type code='%s'/><transaction-date iso-date='2024-02-01'/>"
            + "<value currency='%s' value-date='2024-02-01'>%s</value></transaction>";
    ActivityRead r =
        readOne(
            doc(
                activity(
                    "A",
                    "",
                    String.format(t, "2", "EUR", "0.10")
                        + String.format(t, "3", "EUR", "5")
                        + String.format(t, "2", "EUR", "0.20")
                        + String.format(t, "2", "USD", "7"))));
    assertThat(r.activity().orElseThrow().transactionTotals())
        .containsExactly(
            new AmountTotal(Optional.of("2"), Optional.of("EUR"), new BigDecimal("0.30"), 2),
            new AmountTotal(Optional.of("3"), Optional.of("EUR"), new BigDecimal("5"), 1),
            new AmountTotal(Optional.of("2"), Optional.of("USD"), new BigDecimal("7"), 1));
  }

  @Test
  void lenient_reportsEveryErrorAndGoesOn() {
    String broken =
        indicator(
            "1", "<baseline year='x'/><period><period-start iso-date='2024-13-01'/></period>");
    List<ActivityRead> reads = new ArrayList<>();
    IatiReadSummary s =
        IatiReader.lenient()
            .read(
                IatiReaderSecurityTest.stream(
                    doc(activity("BAD", "", broken), activity("GOOD", "", ""))),
                reads::add);
    assertThat(s.activities()).isEqualTo(2);
    assertThat(reads.get(0).errors())
        .extracting(IatiTestProblems::path, Problem::message)
        .containsExactly(
            tuple(
                A + "/result[1]/indicator[1]/baseline[1]/@year",
                "@year \"x\" of <baseline> is not a positive integer (xsd:positiveInteger)"),
            tuple(
                A + "/result[1]/indicator[1]/period[1]/period-start[1]/@iso-date",
                "@iso-date \"2024-13-01\" of <period-start> is not an ISO date (xsd:date) such as"
                    + " 2014-01-31"),
            tuple(
                A + "/result[1]/indicator[1]/period[1]",
                "missing required element <period-end> in <period>"));
    assertThat(reads.get(0).identifier()).isEqualTo("BAD");
    assertThat(reads.get(0).errors())
        .allSatisfy(e -> assertThat(e.toString()).startsWith(A + "/result[1]/indicator[1]/"))
        .extracting(Problem::code)
        .containsExactly("iati.structure.value", "iati.structure.value", "iati.structure.missing");
    assertThat(reads.get(0).skipped())
        .extracting(Problem::message)
        .contains(
            "<baseline> not read because of the error(s) above",
            "<period> not read because of the error(s) above");
    assertThat(
            reads.get(0).activity().orElseThrow().results().get(0).indicators().get(0).baselines())
        .isEmpty();
    assertThat(reads.get(1).problems()).isEmpty();
    assertThat(reads.get(1).identifier()).isEqualTo("GOOD");
  }

  @Test
  void strict_failsOnTheFirstErrorButNotOnFindings() {
    String broken =
        indicator(
            "1", "<baseline year='x'/><period><period-start iso-date='2024-13-01'/></period>");
    assertThatThrownBy(
            () ->
                IatiReader.strict()
                    .read(IatiReaderSecurityTest.stream(doc(activity("BAD", "", broken))), r -> {}))
        .isInstanceOf(IatiReadException.class)
        .hasMessage(
            "activity BAD has 1 problem: "
                + A
                + "/result[1]/indicator[1]/baseline[1]/@year (line 1):"
                + " @year \"x\" of <baseline> is not a positive integer (xsd:positiveInteger)")
        .isInstanceOf(org.rbmkit.core.problem.ProblemException.class)
        .satisfies(
            e -> {
              IatiReadException x = (IatiReadException) e;
              assertThat(x.activity()).contains("BAD");
              assertThat(x.problems())
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.code()).isEqualTo("iati.structure.value");
                        assertThat(p.location())
                            .isEqualTo(
                                org.rbmkit.core.problem.Location.element(
                                    A + "/result[1]/indicator[1]/baseline[1]/@year", 1));
                      });
            });
    String findingsOnly = indicator("Unit", "<baseline year='2020'/>");
    List<ActivityRead> reads =
        IatiReader.strict()
            .readAll(IatiReaderSecurityTest.stream(doc(activity("F", "", findingsOnly))));
    assertThat(reads.get(0).findings()).isNotEmpty();
  }

  @Test
  void streaming_handsOverEachActivityBeforeReadingTheNext() {
    String xml =
        doc(activity("FIRST", "", ""))
            .replace("</iati-activities>", "<iati-activity><broken></iati-activity>");
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                IatiReader.lenient()
                    .read(IatiReaderSecurityTest.stream(xml), r -> seen.add(r.identifier())))
        .isInstanceOf(IatiReadException.class);
    assertThat(seen).containsExactly("FIRST");
  }

  @Test
  void skipped_listsUncarriedElementsAndAttributesWithTheirPath() {
    ActivityRead r =
        readOne(
            doc(
                activity(
                    "A",
                    " hierarchy='2' xmlns:x='urn:x' x:extra='1'",
                    "<location/><x:foo>y</x:foo>"
                        + indicator(
                            "1",
                            "<period><period-start iso-date='2024-01-01Z'/><period-end"
                                + " iso-date='2024-12-31'/><target value='1'><document-link"
                                + " url='u'/></target></period>"))));
    assertThat(r.skipped())
        .extracting(IatiTestProblems::path)
        .containsExactlyInAnyOrder(
            A + "/@hierarchy",
            A + "/@x:extra",
            A + "/location[1]",
            A + "/x:foo[1]",
            A + "/result[1]/indicator[1]/period[1]/period-start[1]/@iso-date",
            A + "/result[1]/indicator[1]/period[1]/target[1]/document-link[1]");
    assertThat(r.skipped()).allSatisfy(s -> assertThat(s.severity()).isEqualTo(Severity.INFO));
    assertThat(r.skipped())
        .extracting(Problem::message)
        .contains("time zone of \"2024-01-01Z\" not carried", "element <location> not carried");
  }

  @Test
  void documentProblems_versionAndMissingActivities() {
    assertThatThrownBy(
            () ->
                IatiReader.lenient()
                    .read(
                        IatiReaderSecurityTest.stream(
                            doc(activity("A", "", "")).replace("'2.03'", "'1.05'")),
                        r -> {}))
        .isInstanceOf(IatiReadException.class)
        .hasMessage(
            "the IATI document has 1 problem: line 1: /iati-activities/@version is \"1.05\": IATI 1.0x files are not read, only"
                + " versions 2.01, 2.02 and 2.03");
    IatiReadSummary banana =
        IatiReader.lenient()
            .read(
                IatiReaderSecurityTest.stream(
                    doc(activity("A", "", "")).replace("'2.03'", "'banana'")),
                r -> {});
    assertThat(banana.version()).isEqualTo("banana");
    assertThat(banana.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(IatiTestProblems.kind(p)).isEqualTo(Kind.RULE);
              assertThat(p.severity()).isEqualTo(Severity.ERROR);
              assertThat(IatiTestProblems.path(p)).isEqualTo("/iati-activities/@version");
              assertThat(p.message())
                  .isEqualTo(
                      "version \"banana\" is not a 2.0x version of the Version codelist (2.01,"
                          + " 2.02, 2.03); the file is read as 2.03");
            });
    IatiReadSummary empty =
        IatiReader.lenient().read(IatiReaderSecurityTest.stream("<iati-activities/>"), r -> {});
    assertThat(empty.problems())
        .extracting(Problem::message)
        .containsExactly(
            "missing required attribute @version of <iati-activities>",
            "missing required element <iati-activity> in <iati-activities>");
  }

  @Test
  void structure_checksOrderUnknownElementsAndAttributes() {
    String result =
        "<result type='1'><indicator"
            + " measure='1'><title><narrative>I</narrative></title></indicator><title><narrative>R</narrative></title><x:ext"
            + " xmlns:x='urn:x'/><reference vocabulary='1' code='2'/><target/></result>";
    ActivityRead r = readOne(doc(activity("A", " version='2'", result)));
    assertThat(r.errors())
        .extracting(IatiTestProblems::path, Problem::message)
        .containsExactly(
            tuple(A + "/result[1]/title[1]", "<title> must come before <indicator> in <result>"),
            tuple(
                A + "/result[1]/reference[1]",
                "<reference> comes after the extension element <x:ext>; extensions come last in"
                    + " <result>"),
            tuple(A + "/result[1]/target[1]", "element <target> is not allowed in <result>"),
            // attributes are checked once the element's content is read
            tuple(A + "/@version", "attribute @version is not allowed on <iati-activity>"));
  }

  @Test
  void manyUnknownAttributes_eachReportedOnce() {
    // more than 64 attributes on one element: the first 64 and the rest are tracked apart
    StringBuilder attributes = new StringBuilder();
    List<Tuple> expected = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      attributes.append(" a").append(i).append("='v'");
      expected.add(tuple(A + "/@a" + i, "attribute @a" + i + " is not allowed on <iati-activity>"));
    }
    ActivityRead r = readOne(doc(activity("A", attributes.toString(), "")));
    assertThat(r.errors())
        .extracting(IatiTestProblems::path, Problem::message)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void activityWithoutReportingOrg_isReportedNotBuilt() {
    String xml = doc(activity("A", "", "")).replaceFirst("<reporting-org.*?</reporting-org>", "");
    ActivityRead r = readOne(xml);
    assertThat(r.activity()).isEmpty();
    assertThat(r.errors())
        .extracting(Problem::message)
        .containsExactly("missing required element <reporting-org> in <iati-activity>");
    assertThat(r.skipped())
        .extracting(Problem::message)
        .contains(
            "activity not built: it lacks its reporting-org or activity-status (tolerant reading"
                + " builds it)");
  }
}
