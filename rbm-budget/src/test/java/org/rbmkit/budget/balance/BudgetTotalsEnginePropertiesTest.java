package org.rbmkit.budget.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * Seeded randomised checks of {@link BudgetTotals} over entries, over a {@link BudgetEntryTable}
 * and added up from any split of either, against sums and balances by fund computed here in plain
 * decimals; that a table gives its entries back unchanged; and the edge cases.
 */
class BudgetTotalsEnginePropertiesTest {

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

  /** The expected sums by group, in plain decimals. */
  private static Map<BudgetTotals.Group, Money> referenceSums(Currency cur, List<BudgetEntry> es) {
    Map<BudgetTotals.Group, BigDecimal> sums = new HashMap<>();
    for (BudgetEntry e : es) {
      sums.merge(new BudgetTotals.Group(e.column(), e.fund(), e.kind(), e.item()),
          e.amount().amount(), BigDecimal::add);
    }
    Map<BudgetTotals.Group, Money> out = new HashMap<>();
    sums.forEach((g, v) -> out.put(g, Money.ofTotal(cur, v)));
    return out;
  }

  /** The expected balance of one column and fund (null fund: every fund), in plain decimals. */
  private static Balance referenceBalance(
      Currency cur, List<BudgetEntry> es, String column, String fund) {
    BigDecimal income = BigDecimal.ZERO;
    BigDecimal expenditure = BigDecimal.ZERO;
    for (BudgetEntry e : es) {
      if (e.column().equals(column) && (fund == null || e.fund().equals(fund))) {
        if (e.kind().side() == LineKind.Side.INCOME) {
          income = income.add(e.amount().amount());
        } else {
          expenditure = expenditure.add(e.amount().amount());
        }
      }
    }
    return new Balance(Money.ofTotal(cur, income), Money.ofTotal(cur, expenditure));
  }

  @Test
  void sumsAndBalances_equalPlainDecimalSums_overEntriesTablesAndAnySplit() {
    SplittableRandom master = new SplittableRandom(MASTER_SEED);
    for (int c = 0; c < 2000; c++) {
      long seed = master.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      Currency cur = Currency.getInstance(CURRENCIES[r.nextInt(CURRENCIES.length)]);
      int n = r.nextInt(20) == 0 ? r.nextInt(2000) : r.nextInt(80);
      List<BudgetEntry> entries = entries(r, cur, n);
      String at = "seed " + seed + " (" + n + " entries in " + cur + ")";

      BudgetTotals one = BudgetTotals.of(cur, entries);
      assertThat(one.sums()).as(at).isEqualTo(referenceSums(cur, entries));
      Set<String> funds = new TreeSet<>();
      Set<String> columns = new TreeSet<>();
      entries.forEach(e -> {
        funds.add(e.fund());
        columns.add(e.column());
      });
      assertThat(one.funds()).as(at).containsExactlyElementsOf(funds);
      assertThat(one.columns()).as(at).containsExactlyElementsOf(columns);
      for (String column : ImmutableList.<String>builder()
          .addAll(columns).add("no-such-column").build()) {
        Map<String, Balance> byFund = one.balanceByFund(column);
        assertThat(byFund.keySet()).as("%s column %s", at, column).isEqualTo(funds);
        for (String fund : funds) {
          Balance expected = referenceBalance(cur, entries, column, fund);
          assertThat(byFund.get(fund)).as("%s column %s fund %s", at, column, fund)
              .isEqualTo(expected);
          assertThat(one.balance(column, fund)).as("%s column %s fund %s", at, column, fund)
              .isEqualTo(expected);
        }
        assertThat(one.balance(column)).as("%s column %s", at, column)
            .isEqualTo(referenceBalance(cur, entries, column, null));
      }

      BudgetEntryTable table = BudgetEntryTable.of(cur, entries);
      assertThat(ImmutableList.copyOf(table)).as(at).isEqualTo(entries);
      assertThat(table.size()).as(at).isEqualTo(n);
      BudgetTotals fromTable = BudgetTotals.of(table);
      assertThat(fromTable).as(at).isEqualTo(one);
      assertThat(fromTable.hashCode()).as(at).isEqualTo(one.hashCode());
      // a table handed over as entries takes the table's loop
      assertThat(BudgetTotals.of(cur, table)).as(at).isEqualTo(one);

      // split in parts, each summed over entries or over a table of its own, then added up
      BudgetTotals merged = BudgetTotals.of(cur, List.of());
      int parts = 1 + r.nextInt(5);
      for (int p = 0; p < parts; p++) {
        List<BudgetEntry> part = entries.subList(p * n / parts, (p + 1) * n / parts);
        BudgetTotals a = r.nextBoolean()
            ? BudgetTotals.of(BudgetEntryTable.of(cur, part)) : BudgetTotals.of(cur, part);
        merged = r.nextBoolean() ? merged.plus(a) : a.plus(merged);
      }
      assertThat(merged).as(at).isEqualTo(one);
      assertThat(entries.parallelStream().collect(BudgetTotals.collector(cur)))
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
  void hundredsOfColumnsOrFunds_loseNothing() {
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
      BudgetTotals b = BudgetTotals.of(table);
      assertThat(b).as(at).isEqualTo(BudgetTotals.of(eur, entries));
      assertThat(b.sums()).as(at).isEqualTo(referenceSums(eur, entries));
      // parts summed apart, one of them after the wide codes came, then merged
      assertThat(BudgetTotals.of(eur, entries.subList(0, 700))
              .plus(BudgetTotals.of(eur, entries.subList(700, 3000))))
          .as(at).isEqualTo(b);
      assertThat(entries.parallelStream().collect(BudgetTotals.collector(eur))).as(at).isEqualTo(b);
      for (String column : List.of("c0", "c2", "c399")) {
        assertThat(b.balance(column, "f1")).as("%s column %s", at, column)
            .isEqualTo(referenceBalance(eur, entries, column, "f1"));
      }
    }
  }

  /**
   * Items found by table (small numbers, small funds) and by hash (large items, many funds, the
   * edges between them), in line order and mixed, give the sums of plain decimals; so do sums of
   * groups with items of zero or below, which only published sums carry.
   */
  @Test
  void itemsAndFundsOnBothSidesOfTheLineTable_loseNothing() {
    SplittableRandom r = new SplittableRandom(MASTER_SEED + 3);
    Currency eur = Currency.getInstance("EUR");
    int[] edges = {1, 2, 15, 16, 17, 1023, 1024, 1025, 4096, Integer.MAX_VALUE};
    for (int c = 0; c < 6; c++) {
      int funds = c < 3 ? 300 : 1 + r.nextInt(20);
      List<BudgetEntry> entries = new ArrayList<>();
      for (int line = 0; entries.size() < 4000; line++) {
        int item = r.nextBoolean() ? edges[r.nextInt(edges.length)] : 1 + r.nextInt(1100);
        String fund = "f" + r.nextInt(funds);
        LineKind kind = LineKind.values()[r.nextInt(LineKind.values().length)];
        for (int col = 0; col < 1 + r.nextInt(4); col++) {
          // equal codes are not always the same instance
          entries.add(
              new BudgetEntry("c" + col, r.nextBoolean() ? fund : new String(fund), kind, item,
                  "l" + line, Money.of(eur, amount(r, 2, false))));
        }
      }
      if (c % 2 == 1) {
        java.util.Collections.shuffle(entries, new java.util.Random(r.nextLong()));
      }
      String at = "seed " + (MASTER_SEED + 3) + " case " + c;
      BudgetTotals b = BudgetTotals.of(eur, entries);
      assertThat(b.sums()).as(at).isEqualTo(referenceSums(eur, entries));
      assertThat(b.balance("c1", "f1")).as(at)
          .isEqualTo(referenceBalance(eur, entries, "c1", "f1"));
      assertThat(BudgetTotals.of(BudgetEntryTable.of(eur, entries))).as(at).isEqualTo(b);
    }
    Map<BudgetTotals.Group, BigDecimal> published = new HashMap<>();
    for (int item : new int[] {Integer.MIN_VALUE, -1025, -1, 0, 1, 1023, 1024}) {
      for (String fund : List.of("f0", "f1")) {
        published.put(new BudgetTotals.Group("c0", fund, LineKind.EXPENDITURE, item),
            BigDecimal.valueOf(r.nextLong(-1_000_000L, 1_000_000L), 2));
      }
    }
    BudgetTotals p = BudgetTotals.ofSums(eur, published);
    assertThat(p.sums()).hasSize(published.size());
    published.forEach((g, v) -> assertThat(p.sums().get(g)).as("%s", g)
        .isEqualTo(Money.ofTotal(eur, v)));
    assertThat(p.plus(p).sums().get(new BudgetTotals.Group("c0", "f1", LineKind.EXPENDITURE, -1)))
        .isEqualTo(Money.ofTotal(eur, published.get(
            new BudgetTotals.Group("c0", "f1", LineKind.EXPENDITURE, -1)).multiply(BigDecimal.valueOf(2))));
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
    assertThatThrownBy(() -> BudgetTotals.of(eur, entries))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message)
        .hasCauseInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> BudgetEntryTable.of(eur, entries))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    BudgetEntryTable usd = BudgetEntryTable.of(Currency.getInstance("USD"), entries.subList(1, 2));
    assertThatThrownBy(() -> BudgetTotals.of(eur, usd))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("EUR")
        .hasMessageContaining("USD");
    BudgetTotals inUsd = BudgetTotals.of(usd);
    assertThatThrownBy(() -> BudgetTotals.of(eur, List.of()).plus(inUsd))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void noEntries_giveNoColumnsNoFunds_andEmptyMaps() {
    Currency jpy = Currency.getInstance("JPY");
    BudgetTotals none = BudgetTotals.of(jpy, List.of());
    Balance zero = new Balance(Money.zero(jpy), Money.zero(jpy));
    assertThat(none.columns()).isEmpty();
    assertThat(none.funds()).isEmpty();
    assertThat(none.sums()).isEmpty();
    assertThat(none.balanceByFund("b")).isEmpty();
    assertThat(none.balance("b")).isEqualTo(zero);
    assertThat(none.balance("b", "rb")).isEqualTo(zero);
    BudgetEntryTable empty = BudgetEntryTable.of(jpy, List.of());
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.iterator().hasNext()).isFalse();
    assertThat(BudgetTotals.of(empty)).isEqualTo(none);
  }

  @Test
  void seed003_proposalBalanced_forecastSurplus() {
    BudgetDocument doc = Seed003.document();
    BudgetTotals b = BudgetTotals.of(doc);
    assertThat(BudgetTotals.of(BudgetEntryTable.of(doc))).isEqualTo(b);
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
    SameInEveryThread.check("table totals", () -> BudgetTotals.of(table));
    SameInEveryThread.check(
        "parallel totals", () -> doc.entries().parallel().collect(BudgetTotals.collector(doc.currency())));
  }
}
