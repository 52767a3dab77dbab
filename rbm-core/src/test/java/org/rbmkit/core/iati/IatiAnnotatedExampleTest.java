package org.rbmkit.core.iati;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.DateRange;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The standard's annotated activity example: read completely, written back as valid IATI 2.03, read
 * again unchanged, and converted to rbmkit's indicator model.
 */
class IatiAnnotatedExampleTest {

  static final Path EXAMPLE = IatiSuiteTest.IATI.resolve("activity-standard-example-annotated.xml");
  static final Path SCHEMA = IatiSuiteTest.IATI.resolve("iati-activities-schema.xsd");

  static ActivityRead read;
  static IatiActivity activity;

  @BeforeAll
  static void readExample() throws IOException {
    try (InputStream in = Files.newInputStream(EXAMPLE)) {
      List<ActivityRead> reads = IatiReader.lenient().readAll(in);
      assertThat(reads).hasSize(1);
      read = reads.get(0);
    }
    activity = read.activity().orElseThrow();
  }

  @Test
  void reads_withoutErrorsOrFindings() {
    assertThat(read.errors()).isEmpty();
    assertThat(read.findings()).isEmpty();
    assertThat(read.identifier()).isEqualTo("AA-AAA-123456789-ABC123");
  }

  @Test
  void reads_activityHeader() {
    assertThat(activity.language()).contains("en");
    assertThat(activity.defaultCurrency()).contains("USD");
    assertThat(activity.reportingOrg().ref()).contains("AA-AAA-123456789");
    assertThat(activity.reportingOrg().type()).contains("40");
    assertThat(activity.reportingOrg().secondaryReporter()).contains(false);
    assertThat(activity.reportingOrg().name())
        .containsExactly(
            Narrative.of("Organisation name"), Narrative.of("fr", "Nom de l'organisme"));
    assertThat(activity.title()).isNotEmpty();
    assertThat(activity.participatingOrgs()).isNotEmpty();
    assertThat(activity.activityDates()).isNotEmpty();
  }

  @Test
  void reads_resultIndicatorBaselineAndPeriod() {
    assertThat(activity.results()).hasSize(1);
    IatiResult r = activity.results().get(0);
    assertThat(r.type()).isEqualTo("1");
    assertThat(r.resultType()).contains(ResultType.OUTPUT);
    assertThat(r.aggregationStatus()).contains(true);
    assertThat(r.title()).isNotEmpty();
    assertThat(r.description()).isNotEmpty();
    assertThat(r.references())
        .containsExactly(
            new IatiReference("99", "B1", Optional.of("http://example.com/indicators.html")));

    assertThat(r.indicators()).hasSize(1);
    IatiIndicator i = r.indicators().get(0);
    assertThat(i.measure()).isEqualTo("1");
    assertThat(i.knownMeasure()).contains(Measure.UNIT);
    assertThat(i.ascending()).contains(true);
    assertThat(i.aggregationStatus()).contains(true);
    assertThat(i.references())
        .containsExactly(
            new IatiReference("1", "3429", Optional.empty()),
            new IatiReference("7", "861", Optional.empty()),
            new IatiReference("99", "B1", Optional.of("http://example.com/indicators.html")));

    List<IatiDimension> dims =
        List.of(new IatiDimension("sex", "female"), new IatiDimension("age", "adult"));
    assertThat(i.baselines()).hasSize(1);
    IatiBaseline b = i.baselines().get(0);
    assertThat(b.year()).isEqualTo(2012);
    assertThat(b.isoDate()).contains(LocalDate.of(2012, 1, 1));
    assertThat(b.value().value()).contains("10");
    assertThat(b.value().locations()).containsExactly("AF-KAN", "KH-PNH");
    assertThat(b.value().dimensions()).containsExactlyElementsOf(dims);
    assertThat(b.value().comment()).isNotEmpty();

    assertThat(i.periods()).hasSize(1);
    IatiPeriod p = i.periods().get(0);
    assertThat(p.start()).isEqualTo(LocalDate.of(2013, 1, 1));
    assertThat(p.end()).isEqualTo(LocalDate.of(2013, 3, 31));
    assertThat(p.targets())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.decimal()).contains(new BigDecimal("10"));
              assertThat(t.locations()).containsExactly("AF-KAN", "KH-PNH");
              assertThat(t.dimensions()).containsExactlyElementsOf(dims);
              assertThat(t.comment()).isNotEmpty();
            });
    assertThat(p.actuals())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.decimal()).contains(new BigDecimal("11"));
              assertThat(a.locations()).containsExactly("AF-KAN", "KH-PNH");
              assertThat(a.dimensions()).containsExactlyElementsOf(dims);
              assertThat(a.comment()).isNotEmpty();
            });
  }

  @Test
  void reads_budgetsPlannedDisbursementsAndTransactions() {
    assertThat(activity.budgets())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.budgetType()).contains(BudgetType.ORIGINAL);
              assertThat(b.budgetStatus()).contains(BudgetStatus.INDICATIVE);
              assertThat(b.period()).contains(DateRange.parse("2014-01-01/2014-12-31"));
              assertThat(b.money()).contains(Money.of("EUR", 3000));
              assertThat(b.value().valueDate()).isEqualTo(LocalDate.of(2014, 1, 1));
            });
    // two planned disbursements of type 1, EUR 3000 each
    assertThat(activity.plannedDisbursementTotals())
        .containsExactly(
            new AmountTotal(Optional.of("1"), Optional.of("EUR"), new BigDecimal("6000"), 2));
    assertThat(activity.transactionTotals())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.money()).contains(Money.of("EUR", 1000));
              assertThat(t.count()).isEqualTo(1);
            });
  }

  @Test
  void reads_listsWhatTheModelDoesNotCarryWithItsPath() {
    assertThat(read.skipped())
        .extracting(IatiTestProblems::path)
        .contains(
            "/iati-activities/iati-activity[1]/@humanitarian",
            "/iati-activities/iati-activity[1]/location[1]",
            "/iati-activities/iati-activity[1]/result[1]/document-link[1]",
            "/iati-activities/iati-activity[1]/result[1]/indicator[1]/baseline[1]/document-link[1]",
            "/iati-activities/iati-activity[1]/transaction[1]/description[1]");
    assertThat(read.identifier()).isEqualTo("AA-AAA-123456789-ABC123");
    assertThat(read.skipped())
        .allSatisfy(s -> assertThat(s.location().path()).startsWith("/iati-activities/iati-activity[1]/"));
  }

  @Test
  void roundTrip_writesValidIati203AndReadsTheSameActivity() throws SAXException, IOException {
    String xml = IatiWriter.toXml(List.of(activity));
    validate(xml);
    List<ActivityRead> again =
        IatiReader.strict().readAll(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(again)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.problems()).isEmpty();
              assertThat(r.activity()).contains(activity);
            });
  }

  @Test
  void toIndicator_givesBaselineTargetAndActualInTheCoreModel() {
    Indicator core =
        activity
            .results()
            .get(0)
            .indicators()
            .get(0)
            .toIndicator("1", activity.defaultLanguage("en"));
    ImmutableSortedMap<String, String> dims =
        ImmutableSortedMap.of("age", "adult", "sex", "female");
    DateRange q1 = DateRange.parse("2013-01-01/2013-03-31");
    assertThat(core.measure()).isEqualTo(Measure.UNIT);
    assertThat(core.direction()).isEqualTo(Direction.INCREASE);
    assertThat(core.baselines())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.period()).isEqualTo(DateRange.parse("2012-01-01/2012-01-01"));
              assertThat(b.value()).isEqualTo(IndicatorValue.of(10).withDimensions(dims));
            });
    // the annotated example: target 10, actual 11 for 2013-01-01 to 2013-03-31
    assertThat(core.targetsFor(q1))
        .containsExactly(new PeriodValue(q1, IndicatorValue.of(10).withDimensions(dims)));
    assertThat(core.actualsFor(q1))
        .containsExactly(new PeriodValue(q1, IndicatorValue.of(11).withDimensions(dims)));
    assertThat(core.title().get("en")).isPresent();
  }

  /**
   * The IATI schemas import the W3C {@code xml.xsd} for {@code xml:lang}, which the IATI material
   * does not hold; this minimal stand-in declares the attributes of the xml namespace the way the
   * W3C schema does, so that validation needs no network.
   */
  static final String XML_NAMESPACE_SCHEMA =
      "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'"
          + " targetNamespace='http://www.w3.org/XML/1998/namespace'>"
          + "<xs:attribute name='lang'><xs:simpleType><xs:union memberTypes='xs:language'>"
          + "<xs:simpleType><xs:restriction base='xs:string'><xs:enumeration value=''/>"
          + "</xs:restriction></xs:simpleType></xs:union></xs:simpleType></xs:attribute>"
          + "<xs:attribute name='space'><xs:simpleType><xs:restriction base='xs:NCName'>"
          + "<xs:enumeration value='default'/><xs:enumeration value='preserve'/>"
          + "</xs:restriction></xs:simpleType></xs:attribute>"
          + "<xs:attribute name='base' type='xs:anyURI'/><xs:attribute name='id' type='xs:ID'/>"
          + "</xs:schema>";

  static void validate(String xml) throws SAXException, IOException {
    try {
      validate0(xml);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Schema schema;

  private static synchronized Schema schema() throws SAXException, ReflectiveOperationException {
    if (schema == null) {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      DOMImplementationLS ls =
          (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
      f.setResourceResolver(
          (type, namespace, publicId, systemId, baseUri) -> {
            if (systemId == null || !systemId.endsWith("xml.xsd")) {
              return null;
            }
            LSInput input = ls.createLSInput();
            input.setSystemId(systemId);
            input.setStringData(XML_NAMESPACE_SCHEMA);
            return input;
          });
      schema = f.newSchema(SCHEMA.toFile());
    }
    return schema;
  }

  private static void validate0(String xml)
      throws SAXException, IOException, ReflectiveOperationException {
    Schema schema = schema();
    Validator v = schema.newValidator();
    v.validate(new StreamSource(new StringReader(xml)));
  }
}
