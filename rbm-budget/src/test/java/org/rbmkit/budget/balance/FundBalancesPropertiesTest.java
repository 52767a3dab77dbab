package org.rbmkit.budget.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.Seed003;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.money.CurrencyMismatchException;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.testing.SameInEveryThread;

/**
 * Seeded randomised checks that {@link FundBalances}, over entries, over a {@link
 * BudgetEntryTable} and merged from any split of either, gives the balances by fund of {@link
 * BudgetTotals}; that a table gives its entries back unchanged; and the edge cases.
 */
class FundBalancesPropertiesTest {

  private static final long MASTER_SEED = 20261128_09L;
  private static final String[] CURRENCIES = {"EUR", "JPY", "BHD", "CLF"};
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /** An amount in minor units of any size a test can overflow with; negative if asked. */
  private static BigDecimal amount(SplittableRandom r, int digits, boolean negative) {
    BigDecimal units =
        switch (r.nextInt(6)) {
          case 0 -> BigDecimal.valueOf(r.nextLong(1_000_000_000L));
          // near the largest long of minor units, on both sides of it
          case 1 -> LONG_MAX.add(BigDecimal.valueOf(r.nextInt(-1000, 1000)));
          // 18 digits: fits, but a dozen of them overflow a long
          case 2 -> BigDecimal.valueOf(100_000_000_000_000_000L + r.nextLong(800_000_000_000_000_000L));
          // beyond a long altogether, up to 21 digits (sixty of them still fit Money's 24)
          case 3 -> new BigDecimal("9".repeat(1 + r.nextInt(21)));
          case 4 -> BigDecimal.ZERO;
          default -> BigDecimal.valueOf(r.nextInt(100));
        };
    // fewer decimals than the currency has, sometimes: 12.5 EUR, 3 EUR
    BigDecimal a = units.movePointLeft(digits).stripTrailingZeros();
    if (r.nextBoolean() && a.scale() < digits) {
      a = a.setScale(digits);
    }
    return negative ? a.negate() : a;
  }

  private static List<BudgetEntry> entries(SplittableRandom r, Currency cur, int n) {
    int digits = cur.getDefaultFractionDigits();
    // a third of the cases put everything in few groups, so that long sums overflow
    int spread = 1 + r.nextInt(3);
    String[] columns = {"2022-23-budget", "2022-23-forecast", "2024-25-proposal", "c4", "c5"};
    String[] funds = new String[2 + r.nextInt(40)];
    for (int f = 0; f < funds.length; f++) {
      funds[f] = "fund-" + f;
    }
    List<BudgetEntry> entries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LineKind kind =
          spread == 1 && r.nextBoolean()
              ? LineKind.NET_CONTRIBUTION
              : LineKind.values()[r.nextInt(LineKind.values().length)];
      boolean negative = kind.allowsNegative() && r.nextInt(3) == 0;
      // equal codes are not always the same instance, as after parsing
      String column = columns[r.nextInt(spread == 1 ? 1 : columns.length)];
      String fund = funds[r.nextInt(spread == 1 ? 2 : funds.length)];
      entries.add(
          new BudgetEntry(
              r.nextBoolean() ? column : new String(column),
              r.nextBoolean() ? fund : new String(fund),
              kind,
              1 + r.nextInt(20),
              "l" + (i / 3),
              Money.of(cur, amount(r, digits, negative))));
    }
    return entries;
  }

  @Test
  void balancesByFund_equalBudgetTotals_overEntriesTablesAndAnySplit() {
    SplittableRandom master = new SplittableRandom(MASTER_SEED);
    for (int c = 0; c < 2000; c++) {
      long seed = master.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      Currency cur = Currency.getInstance(CURRENCIES[r.nextInt(CURRENCIES.length)]);
      int n = r.nextInt(20) == 0 ? r.nextInt(2000) : r.nextInt(80);
      List<BudgetEntry> entries = entries(r, cur, n);
      String at = "seed " + seed + " (" + n + " entries in " + cur + ")";

      BudgetTotals totals = BudgetTotals.of(cur, entries);
      FundBalances one = FundBalances.of(cur, entries);
      BudgetEntryTable table = BudgetEntryTable.of(cur, entries);
      assertThat(ImmutableList.copyOf(table)).as(at).isEqualTo(entries);
      assertThat(table.size()).as(at).isEqualTo(n);
      FundBalances fromTable = FundBalances.of(table);

      assertThat(one.funds()).as(at).isEqualTo(totals.funds());
      assertThat(one.columns()).as(at).isEqualTo(totals.columns());
      for (String column : ImmutableList.<String>builder()
          .addAll(totals.columns()).add("no-such-column").build()) {
        assertThat(one.balanceByFund(column)).as("%s column %s", at, column)
            .isEqualTo(totals.balanceByFund(column));
        assertThat(one.balance(column)).as("%s column %s", at, column)
            .isEqualTo(totals.balance(column));
        // a few funds: BudgetTotals scans every group for each
        for (String fund : totals.funds().asList().subList(0, Math.min(3, totals.funds().size()))) {
          assertThat(one.balance(column, fund)).as("%s column %s fund %s", at, column, fund)
              .isEqualTo(totals.balance(column, fund));
        }
      }
      assertThat(fromTable).as(at).isEqualTo(one);
      assertThat(fromTable.hashCode()).as(at).isEqualTo(one.hashCode());

      // split in parts, each summed over entries or over a table of its own, then merged
      FundBalanceAccumulator merged = new FundBalanceAccumulator(cur);
      int parts = 1 + r.nextInt(5);
      for (int p = 0; p < parts; p++) {
        List<BudgetEntry> part = entries.subList(p * n / parts, (p + 1) * n / parts);
        FundBalanceAccumulator a = new FundBalanceAccumulator(cur);
        if (r.nextBoolean()) {
          a.addAll(BudgetEntryTable.of(cur, part));
        } else {
          part.forEach(a::add);
        }
        if (r.nextBoolean()) {
          merged.merge(a);
        } else {
          merged = a.merge(merged);
        }
      }
      assertThat(merged.result()).as(at).isEqualTo(one);
      assertThat(entries.parallelStream().collect(FundBalances.collector(cur)))
          .as(at).isEqualTo(one);
    }
  }

  @Test
  void table_givesItsEntriesBack_andEqualsATableOfEqualEntries() {
    SplittableRandom r = new SplittableRandom(MASTER_SEED + 1);
    Currency eur = Currency.getInstance("EUR");
    List<BudgetEntry> entries = entries(r, eur, 5000);
    BudgetEntryTable.Builder b = BudgetEntryTable.builder(eur);
    for (BudgetEntry e : entries) {
      b.add(e.column(), e.fund(), e.kind(), e.item(), e.line(), e.amount());
    }
    BudgetEntryTable built = b.build();
    BudgetEntryTable table = BudgetEntryTable.of(eur, entries);
    assertThat(built).isEqualTo(table).hasSameHashCodeAs(table);
    assertThat(built.stream().toList()).isEqualTo(entries);
    for (int i = 0; i < entries.size(); i += 97) {
      assertThat(built.entry(i)).as("entry %s", i).isEqualTo(entries.get(i));
    }
    assertThat(BudgetEntryTable.of(eur, entries.subList(1, 5000))).isNotEqualTo(table);
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> table.entry(5000)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void moreThan256ColumnsOrFunds_widenTheNumbers_andLoseNothing() {
    SplittableRandom r = new SplittableRandom(MASTER_SEED + 2);
    Currency eur = Currency.getInstance("EUR");
    for (int c = 0; c < 4; c++) {
      // the wide codes appear only after a few hundred narrow entries
      int columns = c % 2 == 0 ? 3 : 400;
      int funds = c < 2 ? 600 : 5;
      List<BudgetEntry> entries = new ArrayList<>();
      for (int i = 0; i < 3000; i++) {
        int reach = i < 500 ? 200 : Integer.MAX_VALUE;
        entries.add(
            new BudgetEntry(
                "c" + r.nextInt(Math.min(columns, reach)),
                "f" + r.nextInt(Math.min(funds, reach)),
                LineKind.values()[r.nextInt(LineKind.values().length)],
                1 + r.nextInt(5),
                "l" + i,
                Money.of(eur, amount(r, 2, false))));
      }
      String at = "seed " + (MASTER_SEED + 2) + " case " + c;
      BudgetEntryTable table = BudgetEntryTable.of(eur, entries);
      assertThat(ImmutableList.copyOf(table)).as(at).isEqualTo(entries);
      FundBalances b = FundBalances.of(table);
      assertThat(b).as(at).isEqualTo(FundBalances.of(eur, entries));
      BudgetTotals totals = BudgetTotals.of(eur, entries);
      for (String column : List.of("c0", "c2", "c399")) {
        assertThat(b.balanceByFund(column)).as("%s column %s", at, column)
            .isEqualTo(totals.balanceByFund(column));
      }
    }
  }

  @Test
  void builder_checksEntriesAsBudgetEntryDoes() {
    BudgetEntryTable.Builder b = BudgetEntryTable.builder(Currency.getInstance("EUR"));
    assertThatThrownBy(() -> b.add("c", "f", LineKind.REVENUE, 3, "l7", Money.of("EUR", -5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line l7 (item 3), column c: amount EUR -5.00 is negative;"
            + " kind revenue forbids negative amounts");
    assertThatThrownBy(() -> b.add("c", "f", LineKind.REVENUE, 0, "l7", Money.of("EUR", 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line l7: item number 0 must be at least 1");
    assertThat(b.build().isEmpty()).isTrue();
  }

  @Test
  void mixedCurrencies_areRejected_namingTheLineAndTheAmount() {
    Currency eur = Currency.getInstance("EUR");
    List<BudgetEntry> entries =
        List.of(
            new BudgetEntry("b", "rb", LineKind.INCOME, 1, "l1", Money.of("EUR", "10.50")),
            new BudgetEntry("b", "rb", LineKind.EXPENDITURE, 2, "l2", Money.of("USD", "3.25")));
    String message =
        "line l2 (item 2), column b: amount USD 3.25 is not in EUR;"
            + " convert it with an explicit exchange rate first";
    assertThatThrownBy(() -> FundBalances.of(eur, entries))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message)
        .hasCauseInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> BudgetEntryTable.of(eur, entries))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    BudgetEntryTable usd = BudgetEntryTable.of(Currency.getInstance("USD"), entries.subList(1, 2));
    assertThatThrownBy(() -> new FundBalanceAccumulator(eur).addAll(usd))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("EUR")
        .hasMessageContaining("USD");
    FundBalanceAccumulator inUsd = new FundBalanceAccumulator(Currency.getInstance("USD"));
    assertThatThrownBy(() -> new FundBalanceAccumulator(eur).merge(inUsd))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void noEntries_giveNoColumnsNoFunds_andEmptyMaps() {
    Currency jpy = Currency.getInstance("JPY");
    FundBalances none = FundBalances.of(jpy, List.of());
    BudgetTotals totals = BudgetTotals.of(jpy, List.of());
    assertThat(none.columns()).isEmpty();
    assertThat(none.funds()).isEmpty();
    assertThat(none.balanceByFund("b")).isEmpty();
    assertThat(none.balanceByFund("b")).isEqualTo(totals.balanceByFund("b"));
    assertThat(none.balance("b")).isEqualTo(totals.balance("b"));
    assertThat(none.balance("b", "rb")).isEqualTo(totals.balance("b", "rb"));
    BudgetEntryTable empty = BudgetEntryTable.of(jpy, List.of());
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.iterator().hasNext()).isFalse();
    assertThat(FundBalances.of(empty)).isEqualTo(none);
  }

  @Test
  void seed003_proposalBalanced_forecastSurplus() {
    BudgetDocument doc = Seed003.document();
    FundBalances b = FundBalances.of(doc);
    assertThat(FundBalances.of(BudgetEntryTable.of(doc))).isEqualTo(b);
    BudgetTotals totals = BudgetTotals.of(doc);
    for (String column : totals.columns()) {
      assertThat(b.balanceByFund(column)).isEqualTo(totals.balanceByFund(column));
    }
    // seed 003 l.4669: budget surplus "-" in the 2024-25 proposal: balanced
    assertThat(b.balance(Seed003.PROPOSAL, Seed003.FUND).surplus()).isEqualTo(Money.zero("EUR"));
    // seed 003 l.4669 prints 6 465 kEUR for the 2022-23 forecast; its item 13 lines add up to
    // 13 kEUR less (see ContributionMarginSeedTest)
    assertThat(b.balance(Seed003.FORECAST, Seed003.FUND).surplus())
        .isEqualTo(Money.of("EUR", 6_452_000));
  }

  @Test
  void oneTable_sharedByThreads_givesEveryThreadTheSameEntriesAndBalances() throws Exception {
    BudgetDocument doc = Seed003.document();
    BudgetEntryTable table = BudgetEntryTable.of(doc);
    SameInEveryThread.check("table entries", () -> ImmutableList.copyOf(table));
    SameInEveryThread.check("table balances", () -> FundBalances.of(table));
    SameInEveryThread.check(
        "parallel balances", () -> doc.entries().parallel().collect(FundBalances.collector(doc.currency())));
  }
}
