package org.rbmkit.budget.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.money.Money;

/** Seeded randomised properties of the one-pass budget totals. */
class BudgetTotalsPropertiesTest {

  private static final long SEED = 20_261_128L;
  private static final Currency EUR = Currencies.of("EUR");
  private static final List<String> COLUMNS = List.of("a", "b", "c");
  private static final List<String> FUNDS = List.of("f1", "f2", "f3");

  static List<BudgetEntry> entries(SplittableRandom r, int n) {
    List<BudgetEntry> out = new ArrayList<>(n);
    LineKind[] kinds = LineKind.values();
    for (int i = 0; i < n; i++) {
      LineKind kind = kinds[r.nextInt(kinds.length)];
      long cents = r.nextLong(1_000_000_000_00L);
      if (kind.allowsNegative() && r.nextBoolean()) {
        cents = -cents;
      }
      out.add(new BudgetEntry(COLUMNS.get(r.nextInt(COLUMNS.size())),
          FUNDS.get(r.nextInt(FUNDS.size())), kind, 1 + r.nextInt(20), "l" + i,
          Money.of(EUR, BigDecimal.valueOf(cents, 2))));
    }
    return out;
  }

  @Test
  void balance_isSumOfIncomeMinusSumOfExpenditure_forAnyLines() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (int round = 0; round < 2_000; round++) {
      long seed = seeds.nextLong();
      List<BudgetEntry> es = entries(new SplittableRandom(seed), 1 + (int) (seed & 63));
      BudgetTotals t = BudgetTotals.of(EUR, es);
      for (String c : COLUMNS) {
        for (String f : FUNDS) {
          BigDecimal income = BigDecimal.ZERO;
          BigDecimal expenditure = BigDecimal.ZERO;
          for (BudgetEntry e : es) {
            if (e.column().equals(c) && e.fund().equals(f)) {
              if (e.kind().side() == LineKind.Side.INCOME) {
                income = income.add(e.amount().amount());
              } else {
                expenditure = expenditure.add(e.amount().amount());
              }
            }
          }
          assertThat(t.balance(c, f).surplus())
              .as("seed %s column %s fund %s", seed, c, f)
              .isEqualTo(Money.of(EUR, income.subtract(expenditure)));
        }
        Money byFund = t.balanceByFund(c).values().stream().map(Balance::surplus)
            .reduce(Money.zero(EUR), Money::plus);
        assertThat(t.balance(c).surplus()).as("seed %s column %s", seed, c).isEqualTo(byFund);
      }
    }
  }

  @Test
  void marginModel_budgetSurplus_equalsPlainBalance() {
    SplittableRandom seeds = new SplittableRandom(SEED + 1);
    for (int round = 0; round < 2_000; round++) {
      long seed = seeds.nextLong();
      List<BudgetEntry> es = new ArrayList<>(entries(new SplittableRandom(seed), 40));
      es.removeIf(e -> e.kind() == LineKind.INCOME || e.kind() == LineKind.EXPENDITURE);
      BudgetTotals t = BudgetTotals.of(EUR, es);
      for (String c : COLUMNS) {
        assertThat(t.margin(c).budgetSurplus()).as("seed %s column %s", seed, c)
            .isEqualTo(t.balance(c).surplus());
      }
    }
  }

  @Test
  void aMillionLazyEntries_sumInOnePass_intoFewGroups() {
    // generated on the fly and never held: memory follows the 3 × 2 groups, not the entries
    long n = 1_000_000;
    BudgetTotals t = java.util.stream.LongStream.range(0, n)
        .mapToObj(i -> new BudgetEntry(COLUMNS.get((int) (i % 3)), "f1",
            i % 2 == 0 ? LineKind.INCOME : LineKind.EXPENDITURE, 1, "l",
            Money.of(EUR, BigDecimal.valueOf(i % 1000, 2))))
        .collect(BudgetTotals.collector(EUR));
    assertThat(t.sums()).hasSize(6);
    // Σ over i of (i mod 1000) cents: 1000 full cycles of 0..999 = 1000 × 499 500 cents
    Money all = t.balance("a").income().plus(t.balance("b").income())
        .plus(t.balance("c").income()).plus(t.balance("a").expenditure())
        .plus(t.balance("b").expenditure()).plus(t.balance("c").expenditure());
    assertThat(all).isEqualTo(Money.of(EUR, BigDecimal.valueOf(1000L * 499_500, 2)));
  }

  @Test
  void splitAnywhere_andMerge_equalsOnePass() {
    SplittableRandom seeds = new SplittableRandom(SEED + 2);
    for (int round = 0; round < 2_000; round++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      List<BudgetEntry> es = entries(r, r.nextInt(80));
      BudgetTotals onePass = BudgetTotals.of(EUR, es);
      // cut into 1..5 chunks at random points, sum each, add them up in a random order
      List<Integer> cuts = new ArrayList<>();
      int chunks = 1 + r.nextInt(5);
      for (int i = 1; i < chunks; i++) {
        cuts.add(es.isEmpty() ? 0 : r.nextInt(es.size() + 1));
      }
      Collections.sort(cuts);
      cuts.add(es.size());
      List<BudgetTotals> parts = new ArrayList<>();
      int from = 0;
      for (int cut : cuts) {
        // each part summed over its entries or over a table of its own
        List<BudgetEntry> part = es.subList(from, cut);
        parts.add(r.nextBoolean() ? BudgetTotals.of(EUR, part)
            : BudgetTotals.of(BudgetEntryTable.of(EUR, part)));
        from = cut;
      }
      Collections.shuffle(parts, new java.util.Random(seed));
      BudgetTotals viaPlus = BudgetTotals.of(EUR, List.of());
      for (BudgetTotals p : parts) {
        viaPlus = viaPlus.plus(p);
      }
      assertThat(viaPlus).as("seed %s", seed).isEqualTo(onePass);
    }
  }
}
