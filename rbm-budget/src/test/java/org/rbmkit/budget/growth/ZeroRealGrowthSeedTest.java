package org.rbmkit.budget.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.Seed003;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Money;

/** Zero real growth for items 17-23 (seed 003 l.4524-4538) and the comparisons of the text. */
class ZeroRealGrowthSeedTest {

  // seed 003 l.4536 "un taux d'inflation moyen de 4,6 pour cent"
  private static final BigDecimal INFLATION = new BigDecimal("0.046");
  // stated rule: to whole kEUR, the table's printed unit, half up
  private static final MoneyRounding KEUR =
      MoneyRounding.toUnit(AmountUnit.THOUSANDS, RoundingMode.HALF_UP);
  private static final BudgetDocument DOC = Seed003.document();
  private static final BudgetTotals T = BudgetTotals.of(DOC.currency(), DOC.entries()::iterator);

  /**
   * 2022-23 approved × 1.046, to whole kEUR. Items 17, 18, 19, 21 and 22 print exactly that
   * proposal; item 20 proposes 820 (l.4631) against 687 at zero real growth; item 23 proposes
   * 3 347 (l.4637) against 3 348.
   */
  @ParameterizedTest(name = "item {0}")
  @CsvSource({
    "17, 1085, 1135, 1135", // l.4625: 1 134.91
    "18, 4723, 4940, 4940", // l.4627: 4 940.258
    "19, 851, 890, 890", // l.4629: 890.146
    "20, 657, 687, 820", // l.4631: 687.222
    "21, 468, 490, 490", // l.4633: 489.528
    "22, 652, 682, 682", // l.4635: 681.992
    "23, 3201, 3348, 3347", // l.4637: 3 348.246
  })
  void zeroRealGrowth_fromApproved2022_23(int item, long approved, long zrg, long proposed) {
    Money base = T.itemTotal(Seed003.BUDGET, item);
    assertThat(base).isEqualTo(Money.of("EUR", approved * 1000));
    assertThat(Growth.zeroRealGrowth(base, INFLATION, KEUR))
        .isEqualTo(Money.of("EUR", zrg * 1000));
    assertThat(T.itemTotal(Seed003.PROPOSAL, item)).isEqualTo(Money.of("EUR", proposed * 1000));
  }

  @Test
  void itemsSeventeenToTwentyThree_together() {
    Money base = Money.zero("EUR");
    Money proposed = Money.zero("EUR");
    for (int item = 17; item <= 23; item++) {
      base = base.plus(T.itemTotal(Seed003.BUDGET, item));
      proposed = proposed.plus(T.itemTotal(Seed003.PROPOSAL, item));
    }
    assertThat(base).isEqualTo(Money.of("EUR", 11_637_000));
    assertThat(Growth.zeroRealGrowth(base, INFLATION, KEUR))
        .isEqualTo(Money.of("EUR", 12_172_000)); // 12 172.302
    assertThat(proposed).isEqualTo(Money.of("EUR", 12_304_000));
    // real change of the proposal: 12 304 / (11 637 × 1.046) − 1 = +1.08 %
    assertThat(new Change(base, proposed).real(INFLATION).percent(2, RoundingMode.HALF_UP))
        .contains(new BigDecimal("1.08"));
  }

  @Test
  void changes_sharesAndRealVersusNominal() {
    Change c = T.change(TotalKey.item(10), Seed003.BUDGET, Seed003.PROPOSAL);
    assertThat(c.absolute()).isEqualTo(Money.of("EUR", 2_170_000)); // 29 470 − 27 300
    assertThat(c.relative().percent(2, RoundingMode.HALF_UP)).contains(new BigDecimal("7.95"));
    // nominal +7.95 %, real +3.20 % at 4.6 % inflation: 29 470 / (27 300 × 1.046) − 1
    assertThat(c.real(INFLATION).percent(2, RoundingMode.HALF_UP))
        .contains(new BigDecimal("3.20"));
    // staff share of fixed costs 2024-25: (36 232 + 5 985) / 57 385 (l.4619-4641)
    Ratio staff = Growth.share(
        T.itemTotal(Seed003.PROPOSAL, 14).plus(T.itemTotal(Seed003.PROPOSAL, 15)),
        T.margin(Seed003.PROPOSAL).fixedCosts());
    assertThat(staff.percent(1, RoundingMode.HALF_UP)).contains(new BigDecimal("73.6"));
    // voluntary share of net available 2024-25: 26 646 / 60 535
    assertThat(Growth.share(T.margin(Seed003.PROPOSAL).voluntaryContributions(),
            T.margin(Seed003.PROPOSAL).netAvailable()).percent(1, RoundingMode.HALF_UP))
        .contains(new BigDecimal("44.0"));
    // execution: 2022-23 forecast against the approved budget for fixed costs
    assertThat(Growth.executionRate(T.margin(Seed003.FORECAST).fixedCosts(),
            T.margin(Seed003.BUDGET).fixedCosts()).percent(1, RoundingMode.HALF_UP))
        .contains(new BigDecimal("106.7"));
    assertThat(new Change(Money.zero("EUR"), Money.of("EUR", 5)).relative().isDefined())
        .isFalse();
  }
}
