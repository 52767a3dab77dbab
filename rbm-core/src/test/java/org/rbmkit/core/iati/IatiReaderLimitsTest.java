package org.rbmkit.core.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.rbmkit.core.iati.IatiReaderTest.A;
import static org.rbmkit.core.iati.IatiReaderTest.activity;
import static org.rbmkit.core.iati.IatiReaderTest.budget;
import static org.rbmkit.core.iati.IatiReaderTest.doc;
import static org.rbmkit.core.iati.IatiReaderTest.readOne;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.iati.IatiTestProblems.Kind;
import org.rbmkit.core.problem.Severity;

/** The reader's limits on values and problems, and the edge cases it reports instead of passing. */
class IatiReaderLimitsTest {

  private static IatiReadSummary read(IatiReader reader, String xml, List<ActivityRead> reads) {
    return reader.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), reads::add);
  }

  @Test
  void deepLongNamedElements_pathBuiltOnlyForTheProblemReported() {
    // 37 nested elements with 990-character names, the innermost holding 100,000 empty children:
    // with every path built eagerly this needs 100,000 paths of 36 KB each (3.6 GB)
    StringBuilder xml = new StringBuilder("<iati-activities version='2.03'>");
    xml.append("<iati-activity><iati-identifier>AA-1-X</iati-identifier>")
        .append(IatiReaderSecurityTest.ACTIVITY_BODY);
    String name = "n".repeat(990);
    xml.append(("<" + name + ">").repeat(37));
    xml.append("<e/>".repeat(100_000));
    xml.append(("</" + name + ">").repeat(37));
    xml.append("</iati-activity></iati-activities>");
    List<ActivityRead> reads = new ArrayList<>();
    read(IatiReader.lenient(), xml.toString(), reads);
    assertThat(reads.get(0).problems())
        .extracting(IatiTestProblems::path, Problem::message)
        .containsExactly(
            tuple(A + "/" + name + "[1]", "element <" + name + "> is not allowed in <iati-activity>"));
  }

  @Test
  void narrativeLongerThanTheLimit_refusedNamingPathAndLimit() {
    String xml =
        doc(
            activity(
                "AA-1-X",
                "",
                "<result type='1'><title><narrative>"
                    + "x".repeat(2_001)
                    + "</narrative></title></result>"));
    assertThatThrownBy(() -> read(IatiReader.lenient().withMaxTextLength(2_000), xml, new ArrayList<>()))
        .isInstanceOf(IatiReadException.class)
        .hasMessage(
            "the IATI document has 1 problem: the text of "
                + A
                + "/result[1]/title[1]/narrative[1] (line 1) is longer than the limit of 2000"
                + " characters (IatiReader.withMaxTextLength)");
    // at the limit it is read
    String atLimit = xml.replace("x".repeat(2_001), "x".repeat(2_000));
    assertThat(readOne(atLimit).activity()).isPresent();
  }

  @Test
  void attributeLongerThanTheLimit_refusedNamingPathAndLimit() {
    String xml = doc(activity("AA-1-X", " hierarchy='" + "1".repeat(1_001) + "'", ""));
    assertThatThrownBy(() -> read(IatiReader.lenient().withMaxTextLength(1_000), xml, new ArrayList<>()))
        .isInstanceOf(IatiReadException.class)
        .hasMessage(
            "the IATI document has 1 problem: the value of "
                + A
                + "/@hierarchy (line 1) is longer than the limit of 1000 characters"
                + " (IatiReader.withMaxTextLength)");
  }

  @Test
  void attributeOfTenMegabytes_refusedBeforeTheParserHoldsIt() {
    String xml = doc(activity("AA-1-X", "", "<x:e xmlns:x='urn:x' v='" + "1".repeat(10_000_000) + "'/>"));
    assertThatThrownBy(() -> read(IatiReader.lenient(), xml, new ArrayList<>()))
        .isInstanceOf(IatiReadException.class)
        .hasMessage(
            "the IATI document has 1 problem: markup in "
                + A
                + " (a start tag with its attributes, a comment or a CDATA section) runs over"
                + " 4065536 bytes: a text or attribute value may have at most 1000000 characters"
                + " (IatiReader.withMaxTextLength)");
  }

  @Test
  void manyForeignElements_firstProblemsKeptTheRestCounted() {
    String xml =
        "<iati-activities version='2.03' xmlns:x='urn:x'>"
            + "<x:e/>".repeat(1_500)
            + activity("AA-1-X", "", "<location/>".repeat(1_200))
            + "</iati-activities>";
    List<ActivityRead> reads = new ArrayList<>();
    IatiReadSummary s = read(IatiReader.lenient(), xml, reads);
    assertThat(s.problems()).hasSize(1_000);
    assertThat(s.problemsNotListed()).isEqualTo(500);
    assertThat(s.problems().get(999).location().path()).isEqualTo("/iati-activities/x:e[1000]");
    assertThat(reads.get(0).problems()).hasSize(1_000);
    assertThat(reads.get(0).problemsNotListed()).isEqualTo(200);
    IatiReadSummary ten = read(IatiReader.lenient().withMaxProblems(10), xml, new ArrayList<>());
    assertThat(ten.problems()).hasSize(10);
    assertThat(ten.problemsNotListed()).isEqualTo(1_490);
    assertThat(ten.errorsNotListed()).isZero();
    // IATI elements out of place are errors: counted as such when not listed
    IatiReadSummary errors =
        read(
            IatiReader.lenient().withMaxProblems(10),
            "<iati-activities version='2.03'>"
                + "<sector/>".repeat(12)
                + activity("AA-1-X", "", "")
                + "</iati-activities>",
            new ArrayList<>());
    assertThat(errors.problems()).hasSize(10).allMatch(IatiTestProblems::isStructural);
    assertThat(errors.errorsNotListed()).isEqualTo(2);
  }

  @Test
  void namespacedRoot_messageNamesTheNamespace() {
    assertThatThrownBy(
            () ->
                read(
                    IatiReader.lenient(),
                    "<iati-activities xmlns='urn:iati' version='2.03'/>",
                    new ArrayList<>()))
        .isInstanceOf(IatiReadException.class)
        .hasMessage(
            "the IATI document has 1 problem: the root element is <iati-activities> in the namespace \"urn:iati\", not"
                + " <iati-activities> in no namespace: not an IATI activity file");
  }

  @Test
  void decimalOf70Digits_saysItIsBeyondTheLimitNotThatItIsNoDecimal() {
    ActivityRead r =
        readOne(
            doc(
                activity(
                    "AA-1-X",
                    " default-currency='EUR'",
                    budget("", "2024-01-01", "2024-12-31", ">" + "1".repeat(70)))));
    assertThat(r.errors())
        .extracting(IatiTestProblems::path, Problem::message)
        .containsExactly(
            tuple(
                A + "/budget[1]/value[1]",
                "<value> \"1111111111111111111111111111111111111...\" is a decimal of 70"
                    + " characters, beyond this reader's limit of 64 characters for a number"));
  }

  @Test
  void yearZero_isNotADate() {
    ActivityRead r =
        readOne(
            doc(
                activity("AA-1-X", "", "").replace("iso-date='2024-01-01'", "iso-date='0000-01-01'")));
    assertThat(r.errors())
        .extracting(IatiTestProblems::path, Problem::message)
        .containsExactly(
            tuple(
                A + "/activity-date[1]/@iso-date",
                "@iso-date \"0000-01-01\" of <activity-date> is not a date: XML Schema's xsd:date"
                    + " has no year 0000"));
  }

  @Test
  void duplicateIdentifier_isAnErrorFindingOnTheSecond() {
    List<ActivityRead> reads = new ArrayList<>();
    read(
        IatiReader.lenient(),
        doc(activity("AA-1-X", "", ""), activity("AA-1-Y", "", ""), activity("AA-1-X", "", "")),
        reads);
    assertThat(reads.get(0).findings()).isEmpty();
    assertThat(reads.get(1).findings()).isEmpty();
    assertThat(reads.get(2).findings())
        .extracting(IatiTestProblems::rule, Problem::severity, IatiTestProblems::path, Problem::message)
        .containsExactly(
            tuple(
                Optional.of("identifier"),
                Severity.ERROR,
                "/iati-activities/iati-activity[3]/iati-identifier[1]",
                "iati-identifier \"AA-1-X\" is also the identifier of activity 1 of this file;"
                    + " each activity needs its own"));
  }

  @Test
  void withdrawnCurrency_isAWarningNamingTheReplacement() {
    ActivityRead r =
        readOne(
            doc(
                activity(
                    "AA-1-X",
                    " default-currency='HRK'",
                    budget("", "2024-01-01", "2024-12-31", ">100"))));
    assertThat(r.findings())
        .extracting(Problem::severity, IatiTestProblems::path, Problem::message)
        .containsExactly(
            tuple(
                Severity.WARNING,
                A + "/@default-currency",
                "currency HRK is withdrawn from the Currency codelist: withdrawn from ISO 4217 on"
                    + " 2023-01-01, use EUR"));
  }

  @Test
  void negativeBudget_isAWarningAndKeptAsPublished() {
    ActivityRead r =
        readOne(
            doc(
                activity(
                    "AA-1-X",
                    " default-currency='EUR'",
                    budget("", "2024-01-01", "2024-12-31", ">-1250.50"))));
    assertThat(r.findings())
        .extracting(IatiTestProblems::kind, Problem::severity, IatiTestProblems::path, Problem::message)
        .containsExactly(
            tuple(
                Kind.RULE,
                Severity.WARNING,
                A + "/budget[1]",
                "budget value -1250.50 is negative; a budget is expected to be zero or more (kept"
                    + " as published)"));
    assertThat(r.activity().orElseThrow().budgets().get(0).value().amount())
        .isEqualByComparingTo("-1250.50");
  }

  @Test
  void bytesThatAreNotUtf8_reportedWithTheirOffsetNothingPrinted() {
    byte[] head = "<iati-activities version='2.03'><iati-activity><iati-identifier>A"
        .getBytes(StandardCharsets.UTF_8);
    byte[] xml = java.util.Arrays.copyOf(head, head.length + 1);
    xml[head.length] = (byte) 0xFF;
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(
              () -> IatiReader.lenient().read(new ByteArrayInputStream(xml), r -> {}))
          .isInstanceOf(IatiReadException.class)
          .hasMessage("the IATI document has 1 problem: malformed or unsafe XML: byte " + head.length
              + " (from 0) is not UTF-8, the document's encoding");
    } finally {
      System.setErr(err);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    // a document declaring another encoding is the parser's to decode
    byte[] latin = ("<?xml version='1.0' encoding='ISO-8859-1'?><iati-activities version='2.03'>"
        + activity("AA-1-\u00E9", "", "") + "</iati-activities>")
        .getBytes(StandardCharsets.ISO_8859_1);
    List<ActivityRead> reads = new ArrayList<>();
    IatiReader.lenient().read(new ByteArrayInputStream(latin), reads::add);
    assertThat(reads.get(0).identifier()).isEqualTo("AA-1-\u00E9");
  }
}
