package org.rbmkit.core.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rbmkit.core.iati.IatiReaderTest.A;
import static org.rbmkit.core.iati.IatiReaderTest.activity;
import static org.rbmkit.core.iati.IatiReaderTest.doc;
import static org.rbmkit.core.iati.IatiReaderTest.readOne;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IatiClassificationsTest {

  private static IatiClassification code(String vocabulary, String code, String percentage) {
    return new IatiClassification(
        Optional.ofNullable(vocabulary),
        Optional.empty(),
        code,
        Optional.ofNullable(percentage).map(BigDecimal::new),
        ImmutableList.of());
  }

  @Test
  void annotatedExample_carriesSectorsCountriesRegionsTagsMarkersAndTypes() {
    IatiActivity a = IatiAnnotatedExampleTest.activity;
    IatiClassifications c = a.classifications();
    // activity-standard-example-annotated.xml lines 106-112, 162-164
    assertThat(c.recipientCountries())
        .extracting(IatiClassification::code, x -> x.percentage().orElseThrow())
        .containsExactly(
            tuple("AF", new BigDecimal("25")), tuple("AG", new BigDecimal("25")));
    assertThat(c.recipientRegions())
        .extracting(IatiClassification::vocabulary, IatiClassification::code)
        .containsExactly(tuple(Optional.of("1"), "489"), tuple(Optional.of("99"), "A1"));
    assertThat(c.recipientRegions().get(1).vocabularyUri())
        .contains("http://example.com/vocab.html");
    assertThat(c.sectors())
        .extracting(
            IatiClassification::vocabulary,
            IatiClassification::code,
            x -> x.percentage().orElseThrow())
        .containsExactly(
            tuple(Optional.of("2"), "111", new BigDecimal("50")),
            tuple(Optional.of("2"), "112", new BigDecimal("50")),
            tuple(Optional.of("99"), "A1", new BigDecimal("100")));
    assertThat(c.sectors().get(2).narratives()).isNotEmpty();
    // lines 170-173: an SDG goal (vocabulary 2 is SDG goals; the example uses 1 and 99)
    assertThat(c.tags())
        .extracting(IatiClassification::vocabulary, IatiClassification::code)
        .containsExactly(tuple(Optional.of("1"), "1"), tuple(Optional.of("99"), "T1"));
    // lines 204-206
    assertThat(c.policyMarkers())
        .extracting(IatiPolicyMarker::code, m -> m.significance().orElseThrow())
        .containsExactly(tuple("2", "3"), tuple("9", "4"), tuple("A1", "3"));
    // lines 210-227
    assertThat(c.collaborationType()).contains("1");
    assertThat(c.flowType()).contains("10");
    assertThat(c.financeType()).contains("110");
    assertThat(c.aidTypes())
        .extracting(IatiClassification::vocabulary, IatiClassification::code)
        .containsExactly(tuple(Optional.of("1"), "A01"), tuple(Optional.of("2"), "1"));
    assertThat(c.tiedStatus()).contains("3");
  }

  @Test
  void annotatedExample_carriesOtherIdentifiersDocumentLinksAndTransactionDetails() {
    IatiActivity a = IatiAnnotatedExampleTest.activity;
    assertThat(a.otherIdentifiers())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.ref()).isEqualTo("ABC123-XYZ");
              assertThat(o.type()).contains("A1");
              assertThat(o.ownerRef()).contains("AA-AAA-123456789");
              assertThat(o.ownerName()).isNotEmpty();
            });
    assertThat(a.documentLinks())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.url()).isEqualTo("http:www.example.org/docs/report_en.odt");
              assertThat(d.format()).contains("application/vnd.oasis.opendocument.text");
              assertThat(d.title()).hasSize(2);
              assertThat(d.description()).hasSize(1);
              assertThat(d.categories()).containsExactly("A01");
              assertThat(d.languages()).containsExactly("en");
            });
    IatiTransaction t = a.transactions().get(0);
    assertThat(t.providerOrg())
        .contains(
            new IatiTransactionOrg(
                Optional.of("BB-BBB-123456789"),
                Optional.of("10"),
                Optional.of("BB-BBB-123456789-1234AA"),
                ImmutableList.of(new Narrative(Optional.empty(), "Agency B"))));
    assertThat(t.receiverOrg().orElseThrow().activityId()).contains("AA-AAA-123456789-1234");
    IatiClassifications tc = t.classifications();
    assertThat(tc.sectors()).extracting(IatiClassification::code).containsExactly("111");
    assertThat(tc.recipientCountries()).extracting(IatiClassification::code).containsExactly("TM");
    assertThat(tc.recipientRegions()).extracting(IatiClassification::code).containsExactly("616");
    assertThat(tc.flowType()).contains("10");
    assertThat(tc.financeType()).contains("110");
    assertThat(tc.aidTypes()).hasSize(2);
    assertThat(tc.tiedStatus()).contains("3");
  }

  @Test
  void annotatedExample_whatIsNotCarriedIsTalliedByElement() {
    IatiSkippedTally tally = new IatiSkippedTally();
    tally.add(IatiAnnotatedExampleTest.read);
    assertThat(tally.counts())
        .containsEntry("location", 2L)
        .containsEntry("contact-info", 1L)
        .containsEntry("transaction/description", 1L)
        .containsEntry("@humanitarian", 1L)
        .doesNotContainKeys(
            "sector", "recipient-country", "recipient-region", "tag", "policy-marker",
            "default-finance-type", "document-link", "other-identifier",
            "transaction/provider-org", "transaction/sector");
    assertThat(tally.lines()).contains("location: 2").allMatch(l -> l.matches(".+: \\d+"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          sectors 60+30       | <sector code='11220' percentage='60'/><sector code='12110' percentage='30'/> | 2.1.2 | the percentages of the sectors of vocabulary 1 add up to 90, not 100 (11220 60, 12110 30)
          sector without pct  | <sector code='11220' percentage='60'/><sector code='12110'/>                 | 2.1.1 | 2 sectors of vocabulary 1 are declared, and 1 of them (12110) has no percentage
          one sector at 50    | <sector vocabulary='2' code='111' percentage='50'/>                          | 2.1.4 | a single sector (111) has percentage 50; it must be omitted or 100
          sector at 120       | <sector code='11220' percentage='120'/><sector code='1' percentage='-20'/>  | 12.3.1 | sector 11220 has percentage 120; it must be between 0 and 100
          countries 50+40     | <recipient-country code='KE' percentage='50'/><recipient-country code='UG' percentage='40'/> | 3.1.2 | the percentages of the recipient countries add up to 90, not 100 (KE 50, UG 40)
          country and region  | <recipient-country code='KE' percentage='50'/><recipient-region code='298' percentage='40'/> | 3.4.2 | the percentages of the recipient countries and regions add up to 90, not 100 (KE 50, 298 40)
          one region at 80    | <recipient-region code='298' percentage='80'/>                                | 3.4.4 | a single recipient-region (298) has percentage 80; it must be omitted or 100
          """)
  void percentages_breakingTheRulesets_areFindingsOnTheActivity(
      String name, String elements, String rule, String message) {
    ActivityRead r = readOne(doc(activity("A", "", elements)));
    assertThat(r.errors()).isEmpty();
    assertThat(r.activity()).isPresent();
    assertThat(r.findings())
        .extracting(p -> IatiTestProblems.rule(p).orElseThrow(), IatiTestProblems::path, Problem::message)
        .contains(tuple(rule, A, message));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          <sector code='11220' percentage='60'/><sector code='12110' percentage='40'/><sector vocabulary='2' code='111'/>
          <sector code='11220'/>
          <recipient-country code='KE' percentage='33.33'/><recipient-country code='UG' percentage='33.33'/><recipient-region code='298' percentage='33.34'/>
          <recipient-country code='KE'/>
          """)
  void percentages_addingUp_giveNoFinding(String elements) {
    ActivityRead r = readOne(doc(activity("A", "", elements)));
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void written_andReadBack_equal() {
    IatiActivity a = IatiAnnotatedExampleTest.activity;
    String xml = IatiWriter.toXml(List.of(a));
    assertThat(xml)
        .contains("<sector code=\"111\" vocabulary=\"2\" percentage=\"50\"/>")
        .contains("<default-finance-type code=\"110\"/>");
    IatiActivity again =
        IatiReader.strict()
            .readAll(IatiReaderSecurityTest.stream(xml))
            .get(0)
            .activity()
            .orElseThrow();
    assertThat(again).isEqualTo(a);
    assertThat(again.classifications().sectors()).hasSize(3);
  }

  // ---- tolerant reading ----

  private static final String BARE =
      "<iati-activities version='2.03'><iati-activity default-currency='EUR'>"
          + "<iati-identifier>XM-PEER-1</iati-identifier>"
          + "<title><narrative>T</narrative></title><description><narrative>D</narrative>"
          + "</description>"
          + "<budget><period-start iso-date='2024-01-01'/><period-end iso-date='2024-12-31'/>"
          + "<value value-date='2024-01-01'>1000</value></budget>"
          + "<transaction><transaction-type code='3'/><transaction-date iso-date='2024-03-01'/>"
          + "<value value-date='2024-03-01'>400</value></transaction>"
          + "<result type='1'><title><narrative>R</narrative></title>"
          + "<indicator measure='1' ascending='0'><title><narrative>I</narrative></title>"
          + "<baseline year='2023' value='400'/>"
          + "<period><period-start iso-date='2024-01-01'/><period-end iso-date='2024-12-31'/>"
          + "<target value='200'/><actual value='300'/></period>"
          + "<period><period-end iso-date='2025-12-31'/><target value='100'/></period>"
          + "</indicator></result></iati-activity></iati-activities>";

  @Test
  void tolerant_buildsAnActivityWithoutReportingOrgKeepingResultsBudgetsTransactions() {
    ActivityRead r = IatiReader.tolerant().readAll(IatiReaderSecurityTest.stream(BARE)).get(0);
    IatiActivity a = r.activity().orElseThrow();
    assertThat(a.identifier()).isEqualTo("XM-PEER-1");
    assertThat(a.reportingOrg().ref()).isEmpty();
    assertThat(a.activityStatus()).isEmpty();
    assertThat(a.budgets()).hasSize(1);
    assertThat(a.transactions()).hasSize(1);
    IatiIndicator i = a.results().get(0).indicators().get(0);
    assertThat(i.periods()).hasSize(1);
    assertThat(r.errors()).isEmpty();
    assertThat(r.findings())
        .extracting(p -> IatiTestProblems.rule(p).orElseThrow(), Problem::severity, IatiTestProblems::path)
        .containsExactly(
            tuple("required", org.rbmkit.core.problem.Severity.WARNING, A),
            tuple("required", org.rbmkit.core.problem.Severity.WARNING, A),
            tuple("required", org.rbmkit.core.problem.Severity.WARNING, A),
            tuple("required", org.rbmkit.core.problem.Severity.WARNING, A),
            tuple(
                "required",
                org.rbmkit.core.problem.Severity.WARNING,
                A + "/result[1]/indicator[1]/period[2]"));
    assertThat(r.findings())
        .extracting(Problem::message)
        .contains(
            "missing required element <reporting-org> in <iati-activity>; read on without it"
                + " (tolerant)",
            "missing required element <period-start> in <period>; read on without it"
                + " (tolerant)");
    assertThat(r.skipped())
        .extracting(IatiTestProblems::path)
        .contains(A + "/result[1]/indicator[1]/period[2]");
  }

  @Test
  void lenientAndStrict_unchanged_doNotBuildIt() {
    ActivityRead r = IatiReader.lenient().readAll(IatiReaderSecurityTest.stream(BARE)).get(0);
    assertThat(r.activity()).isEmpty();
    assertThat(r.errors()).hasSize(5);
    assertThat(IatiReader.tolerant().isTolerant()).isTrue();
    assertThat(IatiReader.lenient().isTolerant()).isFalse();
  }

  @Test
  void tolerant_withoutIdentifier_doesNotBuild() {
    String xml = BARE.replace("<iati-identifier>XM-PEER-1</iati-identifier>", "");
    ActivityRead r = IatiReader.tolerant().readAll(IatiReaderSecurityTest.stream(xml)).get(0);
    assertThat(r.activity()).isEmpty();
    assertThat(r.skipped())
        .extracting(Problem::message)
        .contains(
            "activity not built: it lacks its reporting-org or activity-status and has no"
                + " iati-identifier");
  }
}
