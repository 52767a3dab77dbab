package org.rbmkit.budget.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.rbmkit.budget.Seed003.PROPOSAL;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.Seed003;
import org.rbmkit.budget.check.ConsistencyCheck;
import org.rbmkit.budget.check.Finding;
import org.rbmkit.budget.json.BudgetJson;
import org.rbmkit.core.document.InvalidDocumentException;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Money;
import tools.jackson.core.JacksonException;

/**
 * One-column tables (one row per main-table item) and staffing totals printed with no category
 * label, on seed 003 (docs/sources/seeds/003_48c9e38aa93a128e.txt).
 */
class ItemTableFormatTest {

  private static final BudgetDocument SEED = Seed003.document();
  private static final ConsistencyCheck CHECK = ConsistencyCheck.withTolerance(Money.of("EUR",
      1000));

  private static BigDecimal d(long v) {
    return BigDecimal.valueOf(v);
  }

  private static BudgetDocument withItemTables(List<ItemTable> tables) {
    return new BudgetDocument(SEED.title(), SEED.currency(), SEED.unit(), SEED.tolerance(),
        SEED.columns(), SEED.funds(), SEED.lines(), SEED.printedTotals(), SEED.detailTables(),
        tables, SEED.reserveFunds(), SEED.staffing(), SEED.claims());
  }

  private static BudgetDocument withSubtotals(List<StaffingTable.Subtotal> subtotals) {
    StaffingTable t = SEED.staffing().get(0);
    StaffingTable changed = new StaffingTable(t.id(), t.label(), t.unit(), t.tolerance(),
        t.items(), t.rows(), subtotals);
    return new BudgetDocument(SEED.title(), SEED.currency(), SEED.unit(), SEED.tolerance(),
        SEED.columns(), SEED.funds(), SEED.lines(), SEED.printedTotals(), SEED.detailTables(),
        SEED.itemTables(), SEED.reserveFunds(), List.of(changed), SEED.claims());
  }

  private static ItemTable objectives(long innovation, Optional<BigDecimal> total) {
    ItemTable seed = SEED.itemTables().get(0);
    List<ItemTable.Row> rows = seed.rows().stream()
        .map(r -> r.item() == 26 ? new ItemTable.Row(26, r.label(), r.description(), d(innovation))
            : r)
        .toList();
    return new ItemTable(seed.id(), seed.label(), seed.unit(), seed.tolerance(), seed.column(),
        rows, total);
  }

  private static List<Finding> findingsOf(BudgetDocument doc, String table) {
    return CHECK.check(doc).stream().filter(f -> f.table().equals(table)).toList();
  }

  @Test
  void seedObjectives_oneRowPerItem_reconcileWithItems26To29() {
    ItemTable t = SEED.itemTables().get(0);
    // seed 003 l.5337-5369: 500 000, 400 000, 300 000, 1 200 000, in that printed order
    assertThat(t.rows()).extracting(ItemTable.Row::item, ItemTable.Row::amount)
        .containsExactly(tuple(29, d(500_000)), tuple(26, d(400_000)), tuple(27, d(300_000)),
            tuple(28, d(1_200_000)));
    assertThat(t.column()).isEqualTo(PROPOSAL);
    assertThat(t.printedTotal()).isEmpty();
    assertThat(findingsOf(SEED, "reserve-objectives")).isEmpty();
  }

  @Test
  void rowThatDiffersFromItsItem_isACrossReferenceFinding() {
    List<Finding> f = findingsOf(withItemTables(List.of(objectives(450_000, Optional.empty()))),
        "reserve-objectives");
    // item 26 prints 400 kEUR (seed 003 l.4647); under "rounded 1000" each side may be 500 off
    assertThat(f).extracting(Finding::kind, Finding::location, Finding::column,
            Finding::printed, x -> x.computed().orElseThrow())
        .containsExactly(tuple(Finding.Kind.CROSS_REFERENCE, "item-26", PROPOSAL, d(400_000),
            d(450_000)));
    assertThat(f.get(0).note()).isEqualTo("main-table item 26 vs row Fonds d'innovation of"
        + " Réserve, Objectif, 2024-25 Proposition de budget; rule rounded 1000, band 1000");
  }

  @Test
  void printedTotal_isCheckedAgainstTheRows() {
    assertThat(findingsOf(withItemTables(List.of(objectives(400_000,
        Optional.of(d(2_400_000))))), "reserve-objectives")).isEmpty();
    List<Finding> f = findingsOf(withItemTables(List.of(objectives(400_000,
        Optional.of(d(2_500_000))))), "reserve-objectives");
    // four rows and the total, each rounded to the thousand: band 5 × 500
    assertThat(f).extracting(Finding::kind, Finding::location, Finding::printed,
            x -> x.computed().orElseThrow())
        .containsExactly(tuple(Finding.Kind.TOTAL, "total", d(2_500_000), d(2_400_000)));
    assertThat(f.get(0).note()).endsWith("band 2500");
  }

  @Test
  void unknownColumnAndItem_areListedWithTheirPaths() {
    ItemTable wrong = new ItemTable("objectives", "Objectifs", AmountUnit.UNITS,
        Optional.empty(), "2026-27", List.of(new ItemTable.Row(99, "Fonds X", d(1)),
            new ItemTable.Row(26, "Fonds d'innovation", new BigDecimal("0.001"))), Optional.empty());
    assertThatThrownBy(() -> withItemTables(List.of(wrong)))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("itemTables[0].column: item table objectives: unknown column"
            + " 2026-27 (columns are [2022-23-budget, 2022-23-forecast, 2024-25-proposal])")
        .hasMessageContaining("itemTables[0].rows[0].item: item table objectives, row Fonds X:"
            + " item 99 has no line in the main table")
        .hasMessageContaining("itemTables[0].rows[1].amount: item table objectives, row Fonds"
            + " d'innovation: 0.001 units is not a valid EUR amount");
  }

  @Test
  void sameItemTwice_andNoRows_areRejected() {
    assertThatThrownBy(() -> new ItemTable("t", "T", AmountUnit.UNITS, Optional.empty(), "c",
        List.of(new ItemTable.Row(26, "A", d(1)), new ItemTable.Row(26, "B", d(2))), Optional.empty()))
        .hasMessage("item table t: item 26 has two rows (A, B)");
    assertThatThrownBy(() -> new ItemTable("t", "T", AmountUnit.UNITS, Optional.empty(), "c",
        List.of(), Optional.empty()))
        .hasMessage("item table t has no rows");
  }

  @Test
  void json_readsWithoutOptionalProperties_andRefusesNull() {
    String table = """
        {"id": "objectives", "label": "Objectifs", "unit": "units", "column": "c",
         "rows": [{"item": 26, "label": "Fonds d'innovation", "amount": 400000}]}
        """;
    ItemTable t = org.rbmkit.core.json.RbmJson.mapper().readValue(table, ItemTable.class);
    assertThat(t.tolerance()).isEmpty();
    assertThat(t.printedTotal()).isEmpty();
    assertThat(t.rows().get(0).description()).isEmpty();
    assertThatThrownBy(() -> org.rbmkit.core.json.RbmJson.mapper().readValue(
        table.replace("\"amount\": 400000", "\"amount\": 400000, \"description\": null"),
        ItemTable.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("property \"description\" is null; leave it out when there is"
            + " none");
    assertThatThrownBy(() -> org.rbmkit.core.json.RbmJson.mapper().readValue(
        table.replace(", \"amount\": 400000", ""), ItemTable.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("amount");
  }

  @Test
  void json_writesItemTablesOnlyWhenPresent_andReadsThemBack() {
    String written = BudgetJson.write(SEED);
    assertThat(written).contains("\"itemTables\"", "\"description\" : \"Promouvoir");
    BudgetDocument back = BudgetJson.read(
        new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));
    assertThat(back.itemTables()).isEqualTo(SEED.itemTables());
    assertThat(BudgetJson.write(withItemTables(List.of()))).doesNotContain("itemTables");
  }

  @Test
  void totalWithNoCategoryLabel_sumsTheGradesPrintedAboveIt() {
    StaffingTable.Subtotal printed = SEED.staffing().get(0).subtotals().get(1);
    // seed 003 l.5512: "Total" of the variable budget 2022-23, 22.0 FTE, 2 715 000, printed
    // under the grades ADG to P-1 (l.5496-5510)
    assertThat(printed.categories()).isEmpty();
    assertThat(printed.grades()).hasSize(8);
    assertThat(findingsOf(SEED, "annex-2")).isEmpty();
    // leaving P-1 out (2.0 FTE, 147 000, l.5510) makes the printed total disagree
    List<StaffingTable.Subtotal> subtotals = new java.util.ArrayList<>(
        SEED.staffing().get(0).subtotals());
    subtotals.set(1, new StaffingTable.Subtotal(printed.label(), List.of(),
        printed.grades().subList(0, 7), printed.fundSource(), printed.column(), printed.fte(),
        printed.cost()));
    assertThat(findingsOf(withSubtotals(subtotals), "annex-2"))
        .extracting(Finding::measure, Finding::printed, x -> x.computed().orElseThrow())
        .containsExactly(tuple("FTE", d(22), d(20)), tuple("EUR", d(2_715_000), d(2_568_000)));
  }

  @Test
  void subtotal_namesCategoriesOrGrades_exactlyOne() {
    assertThatThrownBy(() -> new StaffingTable.Subtotal("Total", List.of(), List.of(), "regular",
        "c", d(1), d(1)))
        .hasMessage("staffing subtotal Total must name either its categories or its grades,"
            + " not neither");
    assertThatThrownBy(() -> new StaffingTable.Subtotal("Total",
        List.of(org.rbmkit.core.staff.GradeCategory.PROFESSIONAL),
        List.of(org.rbmkit.core.staff.Grade.P_4), "regular", "c", d(1), d(1)))
        .hasMessage("staffing subtotal Total must name either its categories or its grades,"
            + " not both");
  }
}
