package org.rbmkit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.json.BudgetJson;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.money.Money;
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.CertificationTally;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.Enrolment;
import org.rbmkit.kpi.certification.EnrolmentCsvReader;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.Rate.RateKind;
import org.rbmkit.kpi.achievement.AggregationRule;
import org.rbmkit.kpi.achievement.ValueAccumulator;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;
import org.rbmkit.kpi.testing.EnrolmentGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The Spark adapters against the single-machine calculators, in {@code local[2]} on loopback, on
 * generated data split into several partitions: results must be identical, money to the cent.
 */
class SparkAdaptersTest {

  private static final long SEED = 20261128L;
  private static final Path EXAMPLE_ENROLMENTS = Path.of("data/spark/enrolments.csv");
  private static final Path EXAMPLE_BUDGET = Path.of("data/spark/budget.json");
  private static final Path EXAMPLE_INDICATORS = Path.of("data/spark/indicator-values.csv");

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LoopbackSpark.session("local[2]");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static Dataset<EnrolmentRow> enrolmentRows(List<Enrolment> enrolments, int partitions) {
    List<EnrolmentRow> rows = enrolments.stream().map(EnrolmentRow::of).toList();
    return spark.createDataset(rows, SparkCertification.encoder()).repartition(partitions);
  }

  private static Dataset<BudgetEntryRow> budgetRows(List<BudgetEntry> entries, int partitions) {
    List<BudgetEntryRow> rows = entries.stream().map(BudgetEntryRow::of).toList();
    return spark.createDataset(rows, SparkBudget.encoder()).repartition(partitions);
  }

  private static void assertSameBreakdown(Breakdown spark, Breakdown local, String seed) {
    assertThat(spark.dimensions()).as(seed).isEqualTo(local.dimensions());
    assertThat(spark.enrolmentCounts()).as(seed).isEqualTo(local.enrolmentCounts());
    for (RateKind kind : RateKind.values()) {
      assertThat(spark.rows(kind, CountBasis.ENROLMENTS, 30))
          .as("%s, %s", seed, kind)
          .isEqualTo(local.rows(kind, CountBasis.ENROLMENTS, 30));
      if (local.countsParticipants()) {
        assertThat(spark.rows(kind, CountBasis.PARTICIPANTS, 30))
            .as("%s, %s by participants", seed, kind)
            .isEqualTo(local.rows(kind, CountBasis.PARTICIPANTS, 30));
      }
    }
    assertThat(spark).as(seed).isEqualTo(local);
  }

  @Test
  void breakdown_generatedEnrolmentsInFivePartitions_equalsSingleMachine() {
    List<Enrolment> enrolments = new EnrolmentGenerator(SEED, 20, 2_000).list(10_000);
    Dataset<EnrolmentRow> rows = enrolmentRows(enrolments, 5).cache();
    assertThat(rows.rdd().getNumPartitions()).isEqualTo(5);
    Dimension[][] cuts = {
      {Dimension.MODALITY, Dimension.CREDENTIAL},
      {Dimension.YEAR, Dimension.PRICING, Dimension.ACTIVITY},
      {}
    };
    for (Dimension[] by : cuts) {
      for (boolean participants : new boolean[] {false, true}) {
        CertificationTally tally =
            participants
                ? CertificationTally.byEnrolmentsAndParticipants(by)
                : CertificationTally.byEnrolments(by);
        tally.addAll(enrolments);
        assertSameBreakdown(
            SparkCertification.breakdown(rows, participants, by),
            tally.toBreakdown(),
            "seed " + SEED + ", by " + List.of(by) + ", participants " + participants);
      }
    }
    rows.unpersist();
  }

  @Test
  void breakdown_noRows_hasNoGroupsAndNoDataRates() {
    Breakdown b =
        SparkCertification.breakdown(enrolmentRows(List.of(), 2), true, Dimension.MODALITY);

    assertThat(b.groups()).isEmpty();
    assertThat(b).isEqualTo(Breakdown.empty(true, Dimension.MODALITY));
    assertThat(b.rate(RateKind.COMPLETION, CountBasis.PARTICIPANTS, GroupKey.of("blended"))
            .isNoData())
        .isTrue();
  }

  @Test
  void readCsv_generatedFileSplitInThree_equalsSingleMachine(@TempDir Path dir)
      throws IOException {
    List<Enrolment> enrolments = new EnrolmentGenerator(SEED + 1, 20, 1_000).list(6_000);
    for (int part = 0; part < 3; part++) {
      List<String> lines = new ArrayList<>();
      lines.add(EnrolmentCsvReader.headerLine());
      for (Enrolment e : enrolments.subList(part * 2_000, (part + 1) * 2_000)) {
        lines.add(EnrolmentGenerator.csvRow(e));
      }
      Files.write(dir.resolve("part-" + part + ".csv"), lines);
    }

    Dataset<EnrolmentRow> rows = SparkCertification.readCsv(spark, dir.toString());

    assertThat(rows.count()).isEqualTo(6_000);
    CertificationTally local =
        CertificationTally.byEnrolmentsAndParticipants(Dimension.PROGRAMME, Dimension.MODALITY);
    local.addAll(enrolments);
    assertSameBreakdown(
        SparkCertification.breakdown(rows, true, Dimension.PROGRAMME, Dimension.MODALITY),
        local.toBreakdown(),
        "seed " + (SEED + 1));
  }

  @Test
  void readCsv_badRow_failsNamingFileAndLine(@TempDir Path dir) throws IOException {
    Enrolment e = new EnrolmentGenerator(SEED, 20, 1).list(1).get(0);
    Files.write(
        dir.resolve("bad.csv"),
        List.of(
            EnrolmentCsvReader.headerLine(),
            EnrolmentGenerator.csvRow(e),
            EnrolmentGenerator.csvRow(e).replace(e.id() + ",", "E-2,").replace(",20", ",x20")));

    assertThatThrownBy(() -> SparkCertification.readCsv(spark, dir.toString()).count())
        .hasStackTraceContaining("bad.csv")
        .hasStackTraceContaining("line 3");
  }

  @Test
  void totals_generatedEntriesInSixPartitions_equalSingleMachineToTheCent() {
    List<BudgetEntry> entries = Generated.entries(SEED, 20_000, "EUR");
    Dataset<BudgetEntryRow> rows = budgetRows(entries, 6);
    assertThat(rows.rdd().getNumPartitions()).isEqualTo(6);

    BudgetTotals distributed = SparkBudget.totals(rows, Currencies.of("EUR"));
    BudgetTotals local = BudgetTotals.of(Currencies.of("EUR"), entries);

    String seed = "seed " + SEED;
    assertThat(distributed).as(seed).isEqualTo(local);
    assertThat(distributed.sums()).as(seed).containsExactlyEntriesOf(local.sums());
    for (String column : local.columns()) {
      assertThat(distributed.balance(column)).as(seed).isEqualTo(local.balance(column));
      assertThat(distributed.balanceByFund(column))
          .as(seed)
          .containsExactlyEntriesOf(local.balanceByFund(column));
      // the same cents, at the currency's scale: EUR 1234.50 and not 1234.5
      assertThat(distributed.balance(column).surplus().amount().scale()).isEqualTo(2);
    }
    Money grand = Money.zero("EUR");
    for (BudgetEntry e : entries) {
      grand = e.kind().sign() > 0 ? grand.plus(e.amount()) : grand.minus(e.amount());
    }
    Money surplus = Money.zero("EUR");
    for (String column : distributed.columns()) {
      surplus = surplus.plus(distributed.balance(column).surplus());
    }
    assertThat(surplus).as(seed).isEqualTo(grand);
  }

  @Test
  void totals_yen_keepsTheCurrencysScale() {
    List<BudgetEntry> yen = Generated.entries(SEED + 2, 500, "JPY");
    BudgetTotals distributed = SparkBudget.totals(budgetRows(yen, 3), Currencies.of("JPY"));

    assertThat(distributed).isEqualTo(BudgetTotals.of(Currencies.of("JPY"), yen));
    assertThat(distributed.balance("2024-25-proposal").income().amount().scale()).isZero();
  }

  @Test
  void totals_entryInAnotherCurrency_failsNamingTheLine() {
    List<BudgetEntry> entries = new ArrayList<>(Generated.entries(SEED, 50, "EUR"));
    entries.add(
        new BudgetEntry("2024-25-proposal", "regular", org.rbmkit.budget.document.LineKind.INCOME,
            7, "L-usd", Money.of("USD", "10.00")));
    Dataset<BudgetEntryRow> rows = budgetRows(entries, 3);

    assertThatThrownBy(() -> SparkBudget.totals(rows, Currencies.of("EUR")))
        .hasStackTraceContaining("line L-usd (item 7), column 2024-25-proposal");
    assertThatThrownBy(() -> SparkBudget.currencyOf(rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[EUR, USD]");
  }

  @Test
  void partial_survivesJavaSerializationWithItsExactSums() throws Exception {
    List<BudgetEntry> entries = Generated.entries(SEED + 3, 2_000, "EUR");
    BudgetAggregator agg = new BudgetAggregator(Currencies.of("EUR"));
    BudgetAggregator.Partial p = agg.zero();
    for (BudgetEntry e : entries) {
      agg.reduce(p, BudgetEntryRow.of(e));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    BudgetAggregator.Partial back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (BudgetAggregator.Partial) in.readObject();
    }
    assertThat(back.totals()).isEqualTo(BudgetTotals.of(Currencies.of("EUR"), entries));
  }

  @Test
  void readDocuments_twoDocuments_equalSingleMachine(@TempDir Path dir) throws IOException {
    BudgetDocument doc = BudgetJson.read(EXAMPLE_BUDGET);
    List<BudgetEntry> all = new ArrayList<>(doc.entries().toList());
    // a second document: the same budget with its lines in reverse order
    List<org.rbmkit.budget.document.BudgetLine> reversed = new ArrayList<>(doc.lines());
    Collections.reverse(reversed);
    BudgetDocument second = doc.withLines(reversed);
    all.addAll(second.entries().toList());
    Files.writeString(dir.resolve("a.json"), BudgetJson.write(doc));
    Files.writeString(dir.resolve("b.json"), BudgetJson.write(second));

    Dataset<BudgetEntryRow> rows = SparkBudget.readDocuments(spark, dir.toString());

    assertThat(SparkBudget.currencyOf(rows)).isEqualTo(Currencies.of("EUR"));
    assertThat(SparkBudget.totals(rows, Currencies.of("EUR")))
        .isEqualTo(BudgetTotals.of(Currencies.of("EUR"), all));
  }

  @Test
  void byIndicator_generatedValuesInFivePartitions_equalSingleMachine() {
    List<IndicatorValueRow> rows = Generated.indicatorValues(SEED, 20_000);
    Map<String, ValueAccumulator> local = new TreeMap<>();
    for (IndicatorValueRow r : rows) {
      local.merge(
          r.getIndicator(), ValueAccumulator.EMPTY.plus(r.toValue()), ValueAccumulator::plus);
    }
    Dataset<IndicatorValueRow> ds =
        spark.createDataset(rows, SparkRollup.encoder()).repartition(5);

    Map<String, ValueAccumulator> distributed = SparkRollup.byIndicator(ds);

    String seed = "seed " + SEED;
    assertThat(distributed).as(seed).containsExactlyEntriesOf(local);
    for (String indicator : local.keySet()) {
      for (AggregationRule rule : AggregationRule.values()) {
        assertThat(distributed.get(indicator).value(rule))
            .as("%s, indicator %s, %s", seed, indicator, rule)
            .isEqualTo(local.get(indicator).value(rule));
      }
      assertThat(distributed.get(indicator).toString()).isEqualTo(local.get(indicator).toString());
    }
  }

  @Test
  void readCsv_indicatorValuesInTwoFiles_equalSingleMachine(@TempDir Path dir)
      throws IOException {
    List<IndicatorValueRow> rows = Generated.indicatorValues(SEED + 4, 3_000);
    Map<String, ValueAccumulator> local = new TreeMap<>();
    for (int part = 0; part < 2; part++) {
      List<String> lines = new ArrayList<>();
      lines.add(SparkRollup.HEADER);
      for (IndicatorValueRow r : rows.subList(part * 1_500, (part + 1) * 1_500)) {
        lines.add(String.join(",", r.getIndicator(), "\"" + r.getSource() + "\"", r.getKind(),
            r.getValue()));
        local.merge(
            r.getIndicator(), ValueAccumulator.EMPTY.plus(r.toValue()), ValueAccumulator::plus);
      }
      Files.write(dir.resolve("values-" + part + ".csv"), lines);
    }

    Dataset<IndicatorValueRow> read = SparkRollup.readCsv(spark, dir.toString());

    assertThat(read.count()).isEqualTo(3_000);
    assertThat(SparkRollup.byIndicator(read))
        .as("seed %s", SEED + 4)
        .containsExactlyEntriesOf(local);
  }

  @Test
  void readCsv_badIndicatorValue_failsNamingFileAndLine(@TempDir Path dir) throws IOException {
    Files.write(
        dir.resolve("values.csv"),
        List.of(SparkRollup.HEADER, "1.1,office BRA,ratio,49/49", "1.1,office IND,ratio,45 of 56"));

    assertThatThrownBy(() -> SparkRollup.readCsv(spark, dir.toString()).count())
        .hasStackTraceContaining("values.csv, line 3: indicator 1.1, office IND:");
  }

  @Test
  void byIndicator_badValue_failsNamingIndicatorAndSource() {
    IndicatorValueRow bad = IndicatorValueRow.of("2.1", "office BRA", RatioValue.of(3, 4));
    bad.setValue("3 of 4");
    Dataset<IndicatorValueRow> ds = spark.createDataset(List.of(bad), SparkRollup.encoder());

    assertThatThrownBy(() -> SparkRollup.byIndicator(ds))
        .hasStackTraceContaining("indicator 2.1, office BRA: cannot parse ratio \"3 of 4\"");
  }

  @Test
  void job_onExampleData_writesTheSingleMachineFigures(@TempDir Path out) throws IOException {
    RbmSparkJob.Results r =
        RbmSparkJob.run(spark, EXAMPLE_ENROLMENTS.toString(), EXAMPLE_BUDGET.toString(),
            EXAMPLE_INDICATORS.toString(), List.of(Dimension.MODALITY, Dimension.CREDENTIAL),
            true);
    RbmSparkJob.write(out, r, 30);

    CertificationTally tally =
        CertificationTally.byEnrolmentsAndParticipants(Dimension.MODALITY, Dimension.CREDENTIAL);
    try (Reader in = Files.newBufferedReader(EXAMPLE_ENROLMENTS)) {
      EnrolmentCsvReader.strict().read(in, tally::add);
    }
    assertSameBreakdown(r.certification(), tally.toBreakdown(), "example data");
    BudgetDocument doc = BudgetJson.read(EXAMPLE_BUDGET);
    BudgetTotals local = BudgetTotals.of(doc.currency(), doc.entries()::iterator);
    assertThat(r.budget()).isEqualTo(local);

    // data/spark/budget.json, 2024-25-forecast: income 4398512.35 + 7800000.00 + 1987400.10,
    // expenditure 9012733.41 + 3076420.87 + 2003815.66
    JsonNode budget = RbmJson.mapper().readTree(Files.readString(out.resolve("budget.json")));
    JsonNode forecast = budget.get("columns").get(1);
    assertThat(forecast.get("column").asString()).isEqualTo("2024-25-forecast");
    assertThat(forecast.get("balance").get("surplus").get("amount").decimalValue())
        .isEqualTo("92942.51");
    assertThat(forecast.get("funds").get("projects").get("surplus").get("amount").decimalValue())
        .isEqualTo("-16415.56");
    JsonNode cert = RbmJson.mapper().readTree(Files.readString(out.resolve("certification.json")));
    assertThat(cert.get("total").get("enrolled").asLong()).isEqualTo(400);
    assertThat(cert.get("groups").size()).isEqualTo(tally.toBreakdown().groups().size());
    StageCounts total = tally.toBreakdown().total(CountBasis.ENROLMENTS);
    assertThat(cert.get("total").get("credentialAccessed").asLong())
        .isEqualTo(total.credentialAccessed());
    // data/spark/indicator-values.csv: indicator 2.3 from 8 offices, 3.2 from 7
    assertThat(r.indicators().keySet()).containsExactly("1.1", "2.3", "3.2", "4.1");
    JsonNode rollup = RbmJson.mapper().readTree(Files.readString(out.resolve("rollup.json")));
    JsonNode first = rollup.get("indicators").get(0);
    assertThat(first.get("indicator").asString()).isEqualTo("1.1");
    // data/spark/indicator-values.csv l.2-9: 49+45+45+37+… over 49+56+54+54+…, summed by hand
    assertThat(first.get("aggregates").get("ratio-of-sums").asString()).isEqualTo("440/588");
    assertThat(rollup.get("indicators").get(2).get("values").asLong()).isEqualTo(7);
    assertThat(rollup.get("indicators").get(2).get("aggregates").get("sum").asString())
        .isEqualTo("523.1");
    assertThat(rollup.get("indicators").get(3).get("aggregates").size()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("budget.json", "certification.json", "rollup.json");
    }
  }
}
