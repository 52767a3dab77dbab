package org.rbmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.balance.ContributionMargin;
import org.rbmkit.core.money.Money;

class BudgetBalanceExampleTest {

  private static Money keur(long k) {
    return Money.of("EUR", k * 1000);
  }

  @Test
  void proposal2024_25_isBalanced_netAvailableEqualsCharges() {
    ImmutableMap<String, ContributionMargin> m =
        BudgetBalanceExample.margins(TourData.itcIloBudget());
    ContributionMargin p = m.get("2024-25-proposal");
    // seed 003 l.4612-4615: net available 2024-25, 60 535 kEUR
    assertThat(p.netAvailable()).isEqualTo(keur(60_535));
    // seed 003 l.4657-4660: total charges 2024-25, 60 535 kEUR
    assertThat(p.charges()).isEqualTo(keur(60_535));
    assertThat(p.budgetSurplus()).isEqualTo(Money.zero("EUR"));
    // seed 003 l.4586: own net contribution 33 889; l.4610: voluntary contributions 26 646
    assertThat(p.ownNetContribution()).isEqualTo(keur(33_889));
    assertThat(p.voluntaryContributions()).isEqualTo(keur(26_646));
    // seed 003 l.4641: fixed costs 57 385; l.4643: contingency 750; l.4655: investments 2 400
    assertThat(p.fixedCosts()).isEqualTo(keur(57_385));
    assertThat(p.contingency()).isEqualTo(keur(750));
    assertThat(p.institutionalInvestments()).isEqualTo(keur(2_400));
  }

  @Test
  void approvedAndForecast_recomputedFromTheirLines() {
    ImmutableMap<String, ContributionMargin> m =
        BudgetBalanceExample.margins(TourData.itcIloBudget());
    ContributionMargin approved = m.get("2022-23-budget");
    // seed 003 l.4615: 54 728; l.4660: 54 416; l.4665 and l.4669: surplus 312
    assertThat(approved.netAvailable()).isEqualTo(keur(54_728));
    assertThat(approved.charges()).isEqualTo(keur(54_416));
    assertThat(approved.budgetSurplus()).isEqualTo(keur(312));
    ContributionMargin forecast = m.get("2022-23-forecast");
    // seed 003 l.4600-4608: the contributors add up to 26 665 (the table prints 26 678, l.4610),
    // so net available is 36 968 + 26 665 = 63 633, not the printed 63 646 (l.4615)
    assertThat(forecast.voluntaryContributions()).isEqualTo(keur(26_665));
    assertThat(forecast.netAvailable()).isEqualTo(keur(63_633));
    // seed 003 l.4660: charges 57 255; l.4667: 74 of prior surpluses used
    assertThat(forecast.charges()).isEqualTo(keur(57_255));
    assertThat(forecast.budgetSurplus()).isEqualTo(keur(63_633 - 57_255 + 74));
  }

  @Test
  void print_showsTheThreeColumnsAndTheBalance() {
    String text = Printed.by(BudgetBalanceExample::print);
    assertThat(text)
        .containsPattern("NET AVAILABLE +54 728 +63 633 +60 535\\n")
        .containsPattern("CHARGES +54 416 +57 255 +60 535\\n")
        .containsPattern("BUDGET SURPLUS +312 +6 452 +0\\n")
        .containsPattern("\\n +10 +net contribution of training +27 300 +31 767 +29 470\\n")
        .contains("2024-25: net available 60 535 = charges 60 535 kEUR, budget surplus 0: the"
            + " proposal is balanced.")
        .contains("Source: seed 003 l.4544-4669");
  }
}
