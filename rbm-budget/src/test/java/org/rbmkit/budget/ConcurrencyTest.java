package org.rbmkit.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.testing.SameInEveryThread;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.check.ConsistencyCheck;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.json.BudgetJson;
import org.rbmkit.core.money.Money;

/**
 * The budget reader, document and calculators shared by 8 threads on the same inputs give
 * results equal to one thread's.
 */
class ConcurrencyTest {

  @Test
  void budget_readerTotalsAndChecks() throws Exception {
    byte[] json;
    try (InputStream in = ConcurrencyTest.class.getResourceAsStream(Seed003.JSON_RESOURCE)) {
      assertThat(in).as(Seed003.JSON_RESOURCE).isNotNull();
      json = in.readAllBytes();
    }
    BudgetDocument doc = BudgetJson.read(new ByteArrayInputStream(json));
    ConsistencyCheck check = ConsistencyCheck.withTolerance(Money.of("EUR", 1000));
    SameInEveryThread.check("read", () -> BudgetJson.read(new ByteArrayInputStream(json)));
    SameInEveryThread.check("write", () -> BudgetJson.write(doc));
    SameInEveryThread.check("totals", () -> BudgetTotals.of(doc));
    SameInEveryThread.check(
        "parallel totals", () -> doc.entries().parallel().collect(BudgetTotals.collector(doc.currency())));
    SameInEveryThread.check("check", () -> check.check(doc));
    SameInEveryThread.check(
        "balances",
        () -> {
          BudgetTotals t = BudgetTotals.of(doc);
          List<Object> out = new ArrayList<>();
          for (String column : t.columns()) {
            out.add(t.balance(column));
            out.add(t.balanceByFund(column));
            out.add(t.margin(column));
          }
          return out;
        });
  }

}
