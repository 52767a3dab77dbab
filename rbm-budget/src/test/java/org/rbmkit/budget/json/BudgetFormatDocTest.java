package org.rbmkit.budget.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.check.ConsistencyCheck;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.staff.Grade;

/** The complete example of docs/budget-format.md loads and reconciles. */
class BudgetFormatDocTest {

  @Test
  void docExample_loads_andHasNoFindings() throws Exception {
    Path doc = Path.of("..", "docs", "budget-format.md");
    String text = Files.readString(doc);
    int start = text.indexOf("```json\n") + "```json\n".length();
    String json = text.substring(start, text.indexOf("```", start));
    BudgetDocument budget =
        BudgetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(ConsistencyCheck.withTolerance(Money.zero("EUR")).check(budget)).isEmpty();
    BudgetTotals t = BudgetTotals.of(budget.currency(), budget.entries()::iterator);
    assertThat(t.margin("2024-25-proposal").netAvailable()).isEqualTo(Money.of("EUR", 1_150_000));
    assertThat(t.margin("2022-23-budget").budgetSurplus()).isEqualTo(Money.of("EUR", 50_000));
    // the seed spelling "G .5" is read as G-5
    assertThat(budget.staffing().get(0).rows().get(1).grade()).isEqualTo(Grade.G_5);
  }
}
