package org.rbmkit.budget.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.Seed003;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.check.ConsistencyCheck;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetLine;
import org.rbmkit.budget.document.Claim;
import org.rbmkit.budget.document.ItemTable;
import org.rbmkit.budget.document.ReserveFundTable;
import org.rbmkit.budget.document.StaffingTable;
import org.rbmkit.budget.document.Tolerance;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.core.testing.DocExamples;

/** The complete example of docs/budget-format.md loads and reconciles. */
class BudgetFormatDocTest {

  @Test
  void docExample_loads_andHasNoFindings() throws Exception {
    String json = DocExamples.json("budget-format.md").get(0);
    BudgetDocument budget =
        BudgetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(ConsistencyCheck.withTolerance(Money.zero("EUR")).check(budget)).isEmpty();
    BudgetTotals t = BudgetTotals.of(budget.currency(), budget.entries()::iterator);
    assertThat(t.margin("2024-25-proposal").netAvailable()).isEqualTo(Money.of("EUR", 1_150_000));
    assertThat(t.margin("2022-23-budget").budgetSurplus()).isEqualTo(Money.of("EUR", 50_000));
    // the seed spelling "G .5" is read as G-5
    assertThat(budget.staffing().get(0).rows().get(1).grade()).isEqualTo(Grade.G_5);
  }

  /** The tolerance and claim examples of the same page read, and read the seed as stated. */
  @Test
  void docSnippets_readAndCheckOnTheSeed() throws Exception {
    List<String> blocks = DocExamples.json("budget-format.md");
    assertThat(blocks).hasSize(8);
    BudgetLine dashed = RbmJson.mapper().readValue(blocks.get(1), BudgetLine.class);
    assertThat(dashed.dashes()).containsExactly("2022-23-budget", "2024-25-proposal");
    // the one-column table of seed 003 l.5334-5369 reads and reconciles with items 26-29
    tools.jackson.databind.JsonNode items = RbmJson.mapper().readTree("{" + blocks.get(2) + "}");
    List<ItemTable> itemTables = List.of(RbmJson.mapper().treeToValue(items.get("itemTables"),
        ItemTable[].class));
    assertThat(itemTables.get(0).rows()).extracting(ItemTable.Row::item).containsExactly(29, 26, 27,
        28);
    BudgetDocument s = Seed003.document();
    BudgetDocument withDocTable = new BudgetDocument(s.title(), s.currency(), s.unit(),
        s.tolerance(), s.columns(), s.funds(), s.lines(), s.printedTotals(), s.detailTables(),
        itemTables, s.reserveFunds(), s.staffing(), s.claims());
    assertThat(ConsistencyCheck.withTolerance(Money.of("EUR", 1000)).check(withDocTable))
        .filteredOn(f -> f.table().equals("reserve-objectives")).isEmpty();
    tools.jackson.databind.JsonNode reserve = RbmJson.mapper().readTree("{" + blocks.get(3) + "}");
    ReserveFundTable r = RbmJson.mapper().treeToValue(reserve.get("reserveFunds").get(0),
        ReserveFundTable.class);
    assertThat(r.openingDate()).contains(java.time.LocalDate.of(2023, 12, 31));
    assertThat(reserve.get("funds")).hasSize(2);
    // seed 003 l.5526: a "Total" with no category label names the grades above it
    StaffingTable.Subtotal bare = RbmJson.mapper().readValue(blocks.get(4), StaffingTable.Subtotal.class);
    assertThat(bare.categories()).isEmpty();
    assertThat(bare.grades()).containsExactly(Grade.G_7, Grade.G_6, Grade.G_5, Grade.G_4,
        Grade.G_3, Grade.G_2);
    assertThat(s.staffing().get(0).subtotals()).contains(bare);
    StaffingTable table = RbmJson.mapper().readValue(blocks.get(6), StaffingTable.class);
    assertThat(table.tolerance()).contains(Tolerance.within(new BigDecimal("1000")));
    // seed 003 l.5498: "D .25" is D-2 with footnote 5
    StaffingTable.Row footnoted = RbmJson.mapper().readValue(blocks.get(5), StaffingTable.Row.class);
    assertThat(footnoted.grade()).isEqualTo(Grade.D_2);
    assertThat(footnoted.footnotes()).containsExactly("5");
    assertThat(footnoted.printedLabel()).contains("D .25");
    List<Claim> claims = List.of(RbmJson.mapper().readValue(blocks.get(7), Claim[].class));
    BudgetDocument seed = Seed003.document();
    BudgetDocument doc = new BudgetDocument(seed.title(), seed.currency(), seed.unit(),
        seed.tolerance(), seed.columns(), seed.funds(), seed.lines(), seed.printedTotals(),
        seed.detailTables(), seed.reserveFunds(), seed.staffing(), claims);
    assertThat(ConsistencyCheck.withTolerance(Money.of("EUR", 1000)).claims(doc))
        .filteredOn(o -> !o.holds()).extracting(o -> o.claim().id())
        .containsExactly("item-20-inflation-adjusted", "consultants-zero-real-growth");
  }
}
