package org.rbmkit.budget.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.json.BudgetJson;
import org.rbmkit.budget.json.ResourcesJson;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.testing.DocExamples;
import tools.jackson.core.JacksonException;

/**
 * The ITC-ILO 2024-25 proposal (seed 003 l.4544-4669) allocated to its outcomes and outputs
 * (seed 003 l.1283-4137); shares, actuals and secured funding illustrative.
 */
class ItcIloResourcesTest {

  private static final String COL = "2024-25-proposal";

  static BudgetDocument budget() throws IOException {
    try (InputStream in = open("/itcilo-budget-2024-25.json")) {
      return BudgetJson.read(in);
    }
  }

  static ResultsFramework framework() throws IOException {
    try (InputStream in = open("/resources/itcilo-framework-2024-25.json")) {
      return RbmJson.mapper().readValue(in, ResultsFramework.class);
    }
  }

  static AllocationDocument allocations() throws IOException {
    try (InputStream in = open("/resources/itcilo-resources-2024-25.json")) {
      return ResourcesJson.read(in);
    }
  }

  private static InputStream open(String name) {
    return ItcIloResourcesTest.class.getResourceAsStream(name);
  }

  private static Money keur(String thousands) {
    return Money.of("EUR", new BigDecimal(thousands).movePointRight(3));
  }

  @Test
  void theFrameworkHasTheSeedsEightOutcomesAnd25Outputs() throws IOException {
    ResultsFramework f = framework();
    assertThat(f.nodes(ResultLevel.OUTCOME)).hasSize(8);   // seed 003 l.1283-3954
    assertThat(f.nodes(ResultLevel.OUTPUT)).hasSize(25);
  }

  @Test
  void plannedAllocations_addUpToThePublishedBudget_lineByLine() throws IOException {
    ResourcePlan plan = ResourcePlan.of(budget(), framework(), allocations());
    assertThat(AllocationCheck.check(plan)).isEmpty();
    // charges 60 535 (seed 003 l.4657-4660) + direct costs 29 470 + 870 + 840 = 91 715 kEUR
    assertThat(AllocationCheck.byFund(plan, COL)).containsExactly(
        new FundReconciliation(COL, "itcilo", keur("91715"), keur("91715")));
    ResourceRollup r = plan.rollUp();
    assertThat(r.grandTotal(COL, AmountKind.PLANNED)).isEqualTo(keur("91715"));
    // outcome 1: 29 470 + 870 + 30 % of 36 232 + 60 % of 5 985 + 1 200
    assertThat(r.total("1", COL, AmountKind.PLANNED)).isEqualTo(keur("46000.6"));
    assertThat(r.own("1", COL, AmountKind.PLANNED)).isEqualTo(keur("14460.6"));
    assertThat(r.total("6", COL, AmountKind.PLANNED)).isEqualTo(keur("7694"));
    // the 2022-23 columns have no allocations, so they are not reconciled line by line
    assertThat(AllocationCheck.check(plan, "2022-23-budget")).hasSize(19)
        .allMatch(f -> f.note().startsWith("not allocated"));
  }

  @Test
  void fundingGapExecutionAndCube() throws IOException {
    ResourcePlan plan = ResourcePlan.of(budget(), framework(), allocations());
    ResourceRollup r = plan.rollUp();
    FundingGap g1 = FundingGap.of(r, "1", COL, AmountKind.PLANNED);
    assertThat(g1.gap()).isEqualTo(keur("1000.6"));
    assertThat(FundingGap.of(r, "6", COL, AmountKind.PLANNED).gap()).isEqualTo(keur("3694"));
    Execution e = Execution.of(r, "1", COL, AmountKind.PLANNED, Biennium.parse("2024-25"),
        LocalDate.of(2025, 1, 1), MoneyRounding.of("1", RoundingMode.HALF_UP));
    // 13 200 + 30 % of 17 400 + 420 = 18 840 kEUR of 46 000.6
    assertThat(e.actual()).isEqualTo(keur("18840"));
    assertThat(e.rate().percent(1, RoundingMode.HALF_UP)).contains(new BigDecimal("41.0"));
    // 46 000 600 × 366 / 731 = 23 031 764.16… → 23 031 764
    assertThat(e.expected()).isEqualTo(Money.of("EUR", 23_031_764));
    assertThat(ExecutionRule.DEFAULT.spending(e)).isEqualTo(Standing.SpendingStatus.AS_EXPECTED);
    assertThat(e.elapsed()).isEqualTo(Ratio.of(new BigDecimal("366"), new BigDecimal("731")));
    ResourceCube cube = ResourceCube.of(plan, COL, AmountKind.PLANNED);
    assertThat(cube.cells()).extracting(c -> c.function() + " " + c.location() + " " + c.sdg()
        + " " + c.amount()).containsExactly(
            "development-assistance global 4 EUR 1200000.00",
            "development-assistance global 8 EUR 36325000.00",
            "global-agenda-and-specialized-assistance ITA untagged EUR 7694000.00",
            "global-agenda-and-specialized-assistance global untagged EUR 46496000.00");
    assertThat(cube.cells()).allMatch(c -> c.instrument().equals("other-revenue"));
    assertThat(cube.total()).isEqualTo(keur("91715"));
  }

  @Test
  void json_roundTrips() throws IOException {
    AllocationDocument doc = allocations();
    String json = ResourcesJson.write(doc);
    AllocationDocument again = ResourcesJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(again).isEqualTo(doc);
  }

  private static final String MINIMAL = """
      {"title": "t", "currency": "EUR", "unit": "units", "note": "n", "instruments": [],
       "allocations": [{"id": "a", "line": "l", "column": "c", "kind": "planned",
         "amount": 10, "shares": {"1": 60, "2": %s}, "tags": {}}],
       "secured": []%s}
      """;

  private static AllocationDocument read(String json) {
    return ResourcesJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void json_isStrict() {
    assertThat(read(MINIMAL.formatted("40", "")).allocations()).hasSize(1);
    assertThatThrownBy(() -> read(MINIMAL.formatted("39.5", "")))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("allocation a: shares sum to 99.5 per cent, not exactly 100");
    assertThatThrownBy(() -> read(MINIMAL.formatted("40", ", \"extra\": 1")))
        .isInstanceOf(JacksonException.class).hasMessageContaining("extra");
    assertThatThrownBy(() -> read(MINIMAL.formatted("40", "")
        .replaceAll(",\\s*\"secured\": \\[\\]", "")))
        .isInstanceOf(JacksonException.class).hasMessageContaining("secured");
    assertThatThrownBy(() -> read(MINIMAL.formatted("40", "").replace("planned", "spent")))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("amount kind \"spent\" is not one of planned, revised, actual,"
            + " secured");
  }

  @Test
  void docsExample_loads() throws IOException {
    AllocationDocument doc = read(DocExamples.json("resources.md").get(0));
    assertThat(doc.allocations()).hasSize(2);
    assertThat(doc.allocations().get(0).shares()).containsOnlyKeys("1", "1.1", "2");
    assertThat(doc.instruments().get(0).instrument().fundKind().code())
        .isEqualTo("voluntary-earmarked");
  }

  @Test
  void anInstrumentMustFitItsFund() throws IOException {
    String json = ResourcesJson.write(allocations()).replace("\"other-revenue\"",
        "\"assessed\"");
    AllocationDocument doc = read(json);
    assertThatThrownBy(() -> ResourcePlan.of(budget(), framework(), doc))
        .hasMessageContaining("instruments[0].instrument: fund itcilo is other-revenue;"
            + " instrument assessed is assessed");
  }
}
