package org.rbmkit.budget.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rbmkit.budget.Seed003.BUDGET;
import static org.rbmkit.budget.Seed003.FORECAST;
import static org.rbmkit.budget.Seed003.FUND;
import static org.rbmkit.budget.Seed003.PROPOSAL;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.budget.Seed003;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.core.money.Money;
import org.junit.jupiter.api.Test;

/** Seed 003's main table (l.4544-4669) rebuilt from its detail lines, in all three columns. */
class ContributionMarginSeedTest {

  private static final BudgetDocument DOC = Seed003.document();
  private static final BudgetTotals TOTALS = BudgetTotals.of(DOC);

  private static Money keur(long thousands) {
    return Money.of("EUR", thousands * 1000);
  }

  /**
   * Every derived line, recomputed from the lines below it (never from a printed total). The
   * printed figure is in the comment; where the forecast differs, the difference comes from
   * item 13: its contributor lines (l.4600-4608) add up to 26 665, not the 26 678 printed on
   * l.4610, and every total above it carries the 13 kEUR.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // key, 2022-23 budget, 2022-23 forecast, 2024-25 proposal (kEUR)
    "item-10, 27300, 31767, 29470", // seed 003 l.4568, as printed
    "item-11, 1120, 1822, 1630", // seed 003 l.4576, as printed
    "item-12, 1710, 3379, 2789", // seed 003 l.4584, as printed
    "own-net-contribution, 30130, 36968, 33889", // seed 003 l.4586, as printed
    "item-13, 24598, 26665, 26646", // seed 003 l.4610 prints 24 598 / 26 678 / 26 646
    "voluntary-contributions, 24598, 26665, 26646", // the same: item 13 is the only one
    "net-available, 54728, 63633, 60535", // seed 003 l.4615 prints 54 728 / 63 646 / 60 535
    "fixed-costs, 51416, 54855, 57385", // seed 003 l.4641, as printed
    "contingency, 600, 0, 750", // seed 003 l.4643, a single line
    "institutional-investments, 2400, 2400, 2400", // seed 003 l.4655, as printed
    "charges, 54416, 57255, 60535", // seed 003 l.4660, as printed
    "surplus-before-prior-surpluses, 312, 6378, 0", // l.4665 prints 312 / 6 391 / -
    "prior-surpluses-used, 0, 74, 0", // seed 003 l.4667
    "budget-surplus, 312, 6452, 0", // seed 003 l.4669 prints 312 / 6 465 / -
  })
  void derivedLine_rebuiltFromDetailLines(String key, long budget, long forecast,
      long proposal) {
    TotalKey k = TotalKey.parse(key);
    assertThat(TOTALS.value(BUDGET, k)).isEqualTo(keur(budget));
    assertThat(TOTALS.value(FORECAST, k)).isEqualTo(keur(forecast));
    assertThat(TOTALS.value(PROPOSAL, k)).isEqualTo(keur(proposal));
  }

  @Test
  void proposal_isBalanced_netAvailableEqualsCharges() {
    ContributionMargin m = TOTALS.margin(PROPOSAL);
    assertThat(m.netAvailable()).isEqualTo(Money.of("EUR", 60_535_000)); // seed 003 l.4615
    assertThat(m.charges()).isEqualTo(Money.of("EUR", 60_535_000)); // seed 003 l.4660
    assertThat(m.budgetSurplus().isZero()).isTrue(); // seed 003 l.4669 "-"
  }

  @Test
  void plainBalance_equalsBudgetSurplus_inEveryColumn() {
    for (String c : DOC.columnCodes()) {
      assertThat(TOTALS.balance(c).surplus()).isEqualTo(TOTALS.margin(c).budgetSurplus());
      assertThat(TOTALS.balance(c, FUND)).isEqualTo(TOTALS.balance(c));
    }
    // 2022-23 budget: income = 52 565 revenue + 24 598 voluntary; expenditure = 22 435 direct
    // + 51 416 fixed + 600 contingency + 2 400 investments (seed 003 l.4561-4655)
    assertThat(TOTALS.balance(BUDGET))
        .isEqualTo(new Balance(keur(52_565 + 24_598), keur(22_435 + 51_416 + 600 + 2_400)));
  }

  @Test
  void balance_equality() {
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(new Balance(keur(1), keur(2)),
            new Balance(Money.of("EUR", "1000.00"), keur(2)))
        .addEqualityGroup(new Balance(keur(2), keur(1)))
        .testEquals();
    assertThat(new Balance(keur(1), keur(2)).surplus()).isEqualTo(keur(-1));
  }

  @Test
  void parallelStream_givesOnePassResult() {
    assertThat(DOC.entries().parallel().collect(BudgetTotals.collector(DOC.currency())))
        .isEqualTo(TOTALS);
  }
}
