package org.rbmkit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.testing.EqualsTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.kpi.achievement.ValueAccumulator;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.Enrolment;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;
import org.rbmkit.kpi.testing.EnrolmentGenerator;

/** The Dataset rows and the breakdown result, without Spark. */
class SparkRowsTest {

  @Test
  void budgetEntryRow_roundTripsEveryGeneratedEntry() {
    for (BudgetEntry e : Generated.entries(7, 2_000, "EUR")) {
      assertThat(BudgetEntryRow.of(e).toEntry()).isEqualTo(e);
    }
    for (BudgetEntry e : Generated.entries(8, 200, "JPY")) {
      assertThat(BudgetEntryRow.of(e).toEntry()).isEqualTo(e);
    }
  }

  @Test
  void budgetEntryRow_badValues_failNamingLineItemAndColumn() {
    BudgetEntryRow row = BudgetEntryRow.of(Generated.entries(7, 1, "EUR").get(0));
    row.setKind("grant");
    assertThatThrownBy(row::toEntry)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line L0 (item " + row.getItem() + "), column " + row.getColumn())
        .hasMessageContaining("line kind \"grant\"");
    BudgetEntryRow cents = BudgetEntryRow.of(Generated.entries(7, 1, "EUR").get(0));
    cents.setAmount("12.345");
    assertThatThrownBy(cents::toEntry)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12.345");
  }

  @Test
  void partial_toAccumulator_equalsOnePassOnEveryGeneratedIndicator() throws Exception {
    long seed = 5;
    List<IndicatorValueRow> rows = Generated.indicatorValues(seed, 5_000);
    Map<String, ValueAccumulator> local = new TreeMap<>();
    Map<String, RollupAggregator.Partial> partials = new TreeMap<>();
    RollupAggregator agg = new RollupAggregator();
    for (IndicatorValueRow r : rows) {
      local.merge(
          r.getIndicator(), ValueAccumulator.EMPTY.plus(r.toValue()), ValueAccumulator::plus);
      agg.reduce(partials.computeIfAbsent(r.getIndicator(), k -> agg.zero()), r);
    }
    for (Map.Entry<String, RollupAggregator.Partial> e : partials.entrySet()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(e.getValue());
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        RollupAggregator.Partial back = (RollupAggregator.Partial) in.readObject();
        assertThat(back.toAccumulator())
            .as("seed %s, indicator %s", seed, e.getKey())
            .isEqualTo(local.get(e.getKey()));
      }
    }
    assertThat(agg.zero().toAccumulator()).isEqualTo(ValueAccumulator.EMPTY);
  }

  @Test
  void partial_toAccumulator_keepsMinimumMaximumAndSumOfAwkwardDecimals() {
    String[][] cases = {
      {"5"},
      {"-1.5", "2.25"},
      {"7", "7", "7", "7"},
      {"0.001", "100", "0.001", "0.001", "99.999", "50.5"},
      {"-3", "-3", "-2.999", "-3"},
    };
    RollupAggregator agg = new RollupAggregator();
    for (String[] values : cases) {
      RollupAggregator.Partial p = agg.zero();
      ValueAccumulator local = ValueAccumulator.EMPTY;
      for (String v : values) {
        DecimalValue d = DecimalValue.parse(v);
        agg.reduce(p, IndicatorValueRow.of("I", "case", d));
        local = local.plus(d);
      }
      assertThat(p.toAccumulator()).as(String.join(" ", values)).isEqualTo(local);
      assertThat(p.toAccumulator().toString()).isEqualTo(local.toString());
    }
  }

  @Test
  void indicatorValueRow_roundTripsAndNamesIndicatorAndSource() {
    for (IndicatorValueRow r : Generated.indicatorValues(6, 500)) {
      assertThat(IndicatorValueRow.of(r.getIndicator(), r.getSource(), r.toValue())).isEqualTo(r);
    }
    IndicatorValueRow r = IndicatorValueRow.of("2.1", "office BRA", DecimalValue.of(3));
    r.setKind("percent");
    assertThatThrownBy(r::toValue)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicator 2.1, office BRA: kind \"percent\" is not one of decimal, ratio, text");
  }

  @Test
  void enrolmentRow_holdsEveryDimensionStageAndParticipant() {
    Enrolment e = new EnrolmentGenerator(3, 20, 10).list(1).get(0);
    EnrolmentRow row = EnrolmentRow.of(e);

    for (Dimension d : Dimension.values()) {
      assertThat(row.getValues()).containsEntry(d.code(), d.valueOf(e));
    }
    assertThat(row.getValues()).hasSize(Dimension.values().length);
    assertThat(row.getStage()).isEqualTo(e.status().code());
    assertThat(row.getParticipant()).isEqualTo(e.participant().registrationNumber());
  }

  @Test
  void rows_equalByValue() {
    List<Enrolment> es = new EnrolmentGenerator(3, 20, 10).list(2);
    List<BudgetEntry> bs = Generated.entries(3, 2, "EUR");
    new EqualsTester()
        .addEqualityGroup(EnrolmentRow.of(es.get(0)), EnrolmentRow.of(es.get(0)))
        .addEqualityGroup(EnrolmentRow.of(es.get(1)))
        .addEqualityGroup(BudgetEntryRow.of(bs.get(0)), BudgetEntryRow.of(bs.get(0)))
        .addEqualityGroup(BudgetEntryRow.of(bs.get(1)))
        .testEquals();
  }
}
