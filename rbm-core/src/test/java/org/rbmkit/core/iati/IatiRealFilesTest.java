package org.rbmkit.core.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Real published files (see {@code src/test/resources/iati/real/README.md}): counts, sums by type
 * and year, what is carried and what is not. The expected figures were computed with an
 * independent Python ElementTree loop over the same files (decimal sums of the value texts).
 */
class IatiRealFilesTest {

  static InputStream open(String name) {
    InputStream in = IatiRealFilesTest.class.getResourceAsStream("/iati/real/" + name);
    assertThat(in).as(name).isNotNull();
    try {
      return name.endsWith(".gz") ? new GZIPInputStream(in) : in;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Read(IatiReadSummary summary, List<ActivityRead> reads, List<IatiActivity> activities) {}

  static Read read(String name) {
    List<ActivityRead> reads = new ArrayList<>();
    try (InputStream in = open(name)) {
      IatiReadSummary s = IatiReader.lenient().read(in, reads::add);
      return new Read(s, reads, reads.stream().flatMap(r -> r.activity().stream()).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, BigDecimal> budgetsByYear(List<IatiActivity> as) {
    Map<String, BigDecimal> m = new TreeMap<>();
    for (IatiActivity a : as) {
      for (IatiBudget b : a.budgets()) {
        m.merge(Integer.toString(b.periodStart().getYear()), b.value().amount(), BigDecimal::add);
      }
    }
    return m;
  }

  private static Map<String, BigDecimal> transactionsByTypeAndYear(List<IatiActivity> as) {
    Map<String, BigDecimal> m = new TreeMap<>();
    for (IatiActivity a : as) {
      for (IatiTransaction t : a.transactions()) {
        m.merge(t.type() + " " + t.date().getYear(), t.value().amount(), BigDecimal::add);
      }
    }
    return m;
  }

  @Test
  void spanishMinistry201_83ActivitiesWithNegativeValues_summedAsPublished() {
    Read r = read("es-maec-indonesia-2.01.xml.gz");
    assertThat(r.summary().version()).isEqualTo("2.01");
    assertThat(r.summary().activities()).isEqualTo(83);
    assertThat(r.activities()).hasSize(83);
    assertThat(r.reads()).allSatisfy(x -> assertThat(x.errors()).isEmpty());
    // Python: budgets sum EUR -28871089.74; by year of period start
    assertThat(budgetsByYear(r.activities()))
        .containsExactly(
            Map.entry("2011", new BigDecimal("-11550750.91")),
            Map.entry("2012", new BigDecimal("-7296591.72")),
            Map.entry("2013", new BigDecimal("-10030512.56")),
            Map.entry("2014", new BigDecimal("6765.45")));
    assertThat(budgetsByYear(r.activities()).values().stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("-28871089.74");
    // Python: transactions by type and year of transaction-date
    assertThat(transactionsByTypeAndYear(r.activities()))
        .containsExactly(
            Map.entry("2 2011", new BigDecimal("730824.55")),
            Map.entry("2 2012", new BigDecimal("222771.52")),
            Map.entry("2 2013", new BigDecimal("169660.74")),
            Map.entry("3 2011", new BigDecimal("-11550750.91")),
            Map.entry("3 2012", new BigDecimal("-7296591.72")),
            Map.entry("3 2013", new BigDecimal("-10030512.56")));
    // negative budgets are warnings (the file has 75 negative values in all, grep -c)
    long negativeBudgets =
        r.reads().stream()
            .flatMap(x -> x.findings().stream())
            .filter(p -> IatiTestProblems.rule(p).orElse("").equals("budget-value"))
            .count();
    long negativeValues =
        r.activities().stream()
            .mapToLong(
                a ->
                    a.budgets().stream().filter(b -> b.value().amount().signum() < 0).count()
                        + a.plannedDisbursements().stream()
                            .filter(b -> b.value().amount().signum() < 0)
                            .count()
                        + a.transactions().stream()
                            .filter(b -> b.value().amount().signum() < 0)
                            .count())
            .sum();
    assertThat(negativeValues).isEqualTo(75);
    assertThat(negativeBudgets).isEqualTo(25);
  }

  @Test
  void spanishMinistry201_carriesSectorsCountriesMarkersAndTypes_andTalliesTheRest() {
    Read r = read("es-maec-indonesia-2.01.xml.gz");
    IatiActivity first = r.activities().get(0);
    // the first activity: ID 100 %, region 789 of vocabulary 1, sector 43081, 8 policy markers
    IatiClassifications c = first.classifications();
    assertThat(c.recipientCountries()).extracting(IatiClassification::code).containsExactly("ID");
    assertThat(c.recipientRegions()).extracting(IatiClassification::code).containsExactly("789");
    assertThat(c.sectors()).extracting(IatiClassification::code).containsExactly("43081");
    assertThat(c.policyMarkers()).hasSize(8);
    assertThat(c.flowType()).contains("10");
    assertThat(c.aidTypes()).extracting(IatiClassification::code).containsExactly("D01");
    assertThat(c.tiedStatus()).contains("4");
    assertThat(first.otherIdentifiers()).extracting(IatiOtherIdentifier::ref)
        .containsExactly("009-001301-IDN");
    // every activity has a country and a region, the region without percentage: rule 3.4.1
    assertThat(r.reads())
        .allSatisfy(
            x ->
                assertThat(x.findings())
                    .anySatisfy(p -> assertThat(IatiTestProblems.rule(p)).contains("3.4.1")));
    IatiSkippedTally tally = new IatiSkippedTally();
    r.reads().forEach(tally::add);
    tally.add(r.summary());
    // what the reader still does not carry, one line per element
    assertThat(tally.lines())
        .containsExactly(
            "participating-org/@xml:lang: 332",
            "related-activity: 275",
            "collaboration-type/@xml:lang: 83",
            "contact-info: 83",
            "recipient-country/@xml:lang: 83",
            "location: 2",
            "/iati-activities/@generated-datetime: 1",
            "/iati-activities/@xsi:noNamespaceSchemaLocation: 1");
  }

  @Test
  void dfid201_8ActivitiesWithSectorPercentages() {
    Read r = read("gb-dfid-109616-2.01.xml");
    assertThat(r.summary().version()).isEqualTo("2.01");
    assertThat(r.activities()).hasSize(8);
    assertThat(r.reads()).allSatisfy(x -> assertThat(x.errors()).isEmpty());
    // Python: budgets GBP 2142416.00 by year of period start
    assertThat(budgetsByYear(r.activities()))
        .containsExactly(
            Map.entry("2005", new BigDecimal("125695.00")),
            Map.entry("2006", new BigDecimal("630111.00")),
            Map.entry("2007", new BigDecimal("618266.00")),
            Map.entry("2008", new BigDecimal("633062.00")),
            Map.entry("2009", new BigDecimal("135282.00")));
    assertThat(transactionsByTypeAndYear(r.activities()))
        .containsExactly(
            Map.entry("2 2005", new BigDecimal("642416.00")),
            Map.entry("2 2007", new BigDecimal("1500000.00")),
            Map.entry("4 2005", new BigDecimal("39640.00")),
            Map.entry("4 2006", new BigDecimal("136893.00")),
            Map.entry("4 2007", new BigDecimal("648311.00")),
            Map.entry("4 2008", new BigDecimal("612163.00")),
            Map.entry("4 2009", new BigDecimal("682595.00")),
            Map.entry("4 2010", new BigDecimal("22814.00")));
    // sectors 15150 20 %, 16010 49 % ... as published (grep of the file: three activities with
    // 15150 51.00 and 16010 49.00, three with 15150 20.00 and 15160 80.00)
    long withTwoSectors =
        r.activities().stream().filter(a -> a.classifications().sectors().size() == 2).count();
    assertThat(withTwoSectors).isEqualTo(6);
    assertThat(r.activities())
        .allSatisfy(a -> assertThat(a.classifications().recipientCountries())
            .extracting(IatiClassification::code).containsExactly("AL"));
  }

  @Test
  void netherlandsMinistry203_13Activities_sumsSectorsCountriesAndWhatBreaksTheRules() {
    Read r = read("nl-mfa-2.03.xml");
    assertThat(r.summary().version()).isEqualTo("2.03");
    assertThat(r.summary().activities()).isEqualTo(13);
    assertThat(r.activities()).hasSize(13);
    // Python: budgets EUR 19838590 by year of period start
    assertThat(budgetsByYear(r.activities()))
        .containsExactly(
            Map.entry("2014", new BigDecimal("3477732")),
            Map.entry("2015", new BigDecimal("16360858")));
    // Python: commitments (2) EUR 13389863, disbursements (3) EUR 12589961
    assertThat(transactionsByTypeAndYear(r.activities()))
        .containsExactly(
            Map.entry("2 2014", new BigDecimal("3231800")),
            Map.entry("2 2015", new BigDecimal("7669443")),
            Map.entry("2 2016", new BigDecimal("254282")),
            Map.entry("2 2017", new BigDecimal("1751214")),
            Map.entry("2 2018", new BigDecimal("483124")),
            Map.entry("3 2014", new BigDecimal("1945109")),
            Map.entry("3 2015", new BigDecimal("2317327")),
            Map.entry("3 2016", new BigDecimal("3311301")),
            Map.entry("3 2017", new BigDecimal("3436837")),
            Map.entry("3 2018", new BigDecimal("1579387")));
    // Python: planned disbursements EUR 15240950
    assertThat(r.activities().stream()
            .flatMap(a -> a.plannedDisbursements().stream())
            .map(b -> b.value().amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("15240950");
    // Python: one sector per activity (15160 five times, 15220 three times, 13030, 32130,
    // 15112, 25010, 15150 once), 11 activities with one recipient country, default finance
    // type 110 on all 13, 117 policy markers, 2 tags
    Map<String, Integer> sectors = new TreeMap<>();
    r.activities().forEach(a -> a.classifications().sectors()
        .forEach(x -> sectors.merge(x.code(), 1, Integer::sum)));
    assertThat(sectors)
        .containsExactly(
            Map.entry("13030", 1), Map.entry("15112", 1), Map.entry("15150", 1),
            Map.entry("15160", 5), Map.entry("15220", 3), Map.entry("25010", 1),
            Map.entry("32130", 1));
    assertThat(r.activities().stream()
            .filter(a -> a.classifications().recipientCountries().size() == 1))
        .hasSize(11);
    assertThat(r.activities())
        .allSatisfy(a -> assertThat(a.classifications().financeType()).contains("110"));
    assertThat(r.activities().stream()
            .mapToInt(a -> a.classifications().policyMarkers().size()).sum())
        .isEqualTo(117);
    assertThat(r.activities().stream().mapToInt(a -> a.classifications().tags().size()).sum())
        .isEqualTo(2);
    // what breaks the rules, reported as ruleset errors while the activities are kept: 8 budgets longer than a year (7.5.3), a target and
    // an actual without @value on a measure-1 indicator (8.9.1, 8.10.1)
    Map<String, Integer> rules = new TreeMap<>();
    r.reads().forEach(x -> x.findings().stream()
        .forEach(p -> rules.merge(IatiTestProblems.rule(p).orElse("-"), 1, Integer::sum)));
    assertThat(rules)
        .containsExactly(Map.entry("7.5.3", 8), Map.entry("8.10.1", 1), Map.entry("8.9.1", 1));
    IatiSkippedTally tally = new IatiSkippedTally();
    r.reads().forEach(tally::add);
    tally.add(r.summary());
    assertThat(tally.lines())
        .containsExactly(
            "location: 16",
            "@hierarchy: 13",
            "@last-updated-datetime: 13",
            "conditions: 13",
            "contact-info: 13",
            "/iati-activities/@generated-datetime: 1",
            "participating-org/@crs-channel-code: 1",
            "result/document-link: 1",
            "result/indicator/baseline/document-link: 1",
            "result/indicator/document-link: 1",
            "result/indicator/period/actual/document-link: 1",
            "result/indicator/period/target/document-link: 1");
  }

  @Test
  void realFiles_writtenAsIati203_readBackEqual() {
    for (String name :
        List.of("es-maec-indonesia-2.01.xml.gz", "gb-dfid-109616-2.01.xml", "nl-mfa-2.03.xml")) {
      List<IatiActivity> as = read(name).activities();
      String xml = IatiWriter.toXml(as);
      List<IatiActivity> again =
          IatiReader.lenient().readAll(IatiReaderSecurityTest.stream(xml)).stream()
              .flatMap(x -> x.activity().stream())
              .toList();
      assertThat(again).as(name).isEqualTo(as);
    }
  }
}
