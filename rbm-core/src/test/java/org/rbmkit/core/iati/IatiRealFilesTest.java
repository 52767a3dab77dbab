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
            .filter(p -> p.rule().orElse("").equals("budget-value"))
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
                    .anySatisfy(p -> assertThat(p.rule()).contains("3.4.1")));
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
  void realFiles_writtenAsIati203_readBackEqual() {
    for (String name : List.of("es-maec-indonesia-2.01.xml.gz", "gb-dfid-109616-2.01.xml")) {
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
