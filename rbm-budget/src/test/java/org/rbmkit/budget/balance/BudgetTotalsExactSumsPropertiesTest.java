package org.rbmkit.budget.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.money.Money;

/**
 * Seeded randomised checks that the sums of {@link BudgetTotals} are exact, over entries or a
 * {@link BudgetEntryTable}, whatever the size of the
 * amounts (long sums overflowing into decimals included), the split of the input and the
 * currency's minor units, and that balances by fund agree with balances fund by fund.
 */
class BudgetTotalsExactSumsPropertiesTest {

  private static final long MASTER_SEED = 20261128L;
  private static final String[] COLUMNS = {"b", "f", "p"};
  private static final String[] FUNDS = {"rb", "xb", "ctf"};
  private static final String[] CURRENCIES = {"EUR", "JPY", "BHD", "CLF"};

  private static BigDecimal amount(SplittableRandom r, int digits, boolean negative) {
    if (r.nextBoolean()) {
      // 18 digits of minor units: fits a long, but a dozen of them overflow one
      BigDecimal big =
          BigDecimal.valueOf(100_000_000_000_000_000L + r.nextLong(800_000_000_000_000_000L), digits);
      return negative ? big.negate() : big;
    }
    BigDecimal a;
    switch (r.nextInt(4)) {
      case 0 -> a = BigDecimal.valueOf(r.nextLong(1_000_000_000L));
      // near the largest long of minor units, to overflow the fast sums
      case 1 -> a = BigDecimal.valueOf(Long.MAX_VALUE - r.nextInt(1000));
      // beyond a long altogether, up to 21 digits (sixty of them still fit Money's 24)
      case 2 -> a = new BigDecimal("9".repeat(1 + r.nextInt(21)));
      default -> a = BigDecimal.valueOf(r.nextInt(100));
    }
    a = a.movePointLeft(digits > 0 ? r.nextInt(digits + 1) : 0);
    return negative ? a.negate() : a;
  }

  @Test
  void sums_areExact_forAnySplit_andBalancesByFundAgreeFundByFund() {
    SplittableRandom master = new SplittableRandom(MASTER_SEED);
    for (int c = 0; c < 1500; c++) {
      long seed = master.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      Currency cur = Currency.getInstance(CURRENCIES[r.nextInt(CURRENCIES.length)]);
      int digits = Math.max(cur.getDefaultFractionDigits(), 0);
      List<BudgetEntry> entries = new ArrayList<>();
      int n = r.nextInt(60);
      // half the cases put everything in few groups, so that long sums overflow
      int spread = r.nextBoolean() ? 1 : 3;
      for (int i = 0; i < n; i++) {
        LineKind kind =
            spread == 1
                ? LineKind.NET_CONTRIBUTION
                : LineKind.values()[r.nextInt(LineKind.values().length)];
        BigDecimal a = amount(r, digits, kind.allowsNegative() && r.nextInt(4) == 0);
        entries.add(
            new BudgetEntry(
                COLUMNS[r.nextInt(spread)],
                FUNDS[r.nextInt(spread)],
                kind,
                1 + r.nextInt(spread),
                "l" + i,
                Money.of(cur, a)));
      }
      BudgetTotals one = BudgetTotals.of(cur, entries);

      // the expected sums, in plain decimals
      for (BudgetTotals.Group g : one.sums().keySet()) {
        BigDecimal expected = BigDecimal.ZERO;
        for (BudgetEntry e : entries) {
          if (e.column().equals(g.column()) && e.fund().equals(g.fund())
              && e.kind() == g.kind() && e.item() == g.item()) {
            expected = expected.add(e.amount().amount());
          }
        }
        assertThat(one.sums().get(g)).as("seed %s group %s", seed, g)
            .isEqualTo(Money.of(cur, expected));
      }

      BudgetTotals merged = BudgetTotals.of(cur, List.of());
      int parts = 1 + r.nextInt(4);
      for (int p = 0; p < parts; p++) {
        List<BudgetEntry> part = entries.subList(p * n / parts, (p + 1) * n / parts);
        merged = merged.plus(r.nextBoolean() ? BudgetTotals.of(cur, part)
            : BudgetTotals.of(BudgetEntryTable.of(cur, part)));
      }
      assertThat(merged).as("seed %s", seed).isEqualTo(one);
      assertThat(entries.parallelStream().collect(BudgetTotals.collector(cur)))
          .as("seed %s", seed).isEqualTo(one);

      for (String column : COLUMNS) {
        Map<String, Balance> byFund = one.balanceByFund(column);
        assertThat(byFund.keySet()).as("seed %s", seed).isEqualTo(one.funds());
        for (String f : one.funds()) {
          assertThat(byFund.get(f)).as("seed %s %s %s", seed, column, f)
              .isEqualTo(one.balance(column, f));
        }
      }
    }
  }
}
