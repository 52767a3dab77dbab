package org.rbmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.resources.AllocationCheck;
import org.rbmkit.budget.resources.AmountKind;
import org.rbmkit.budget.resources.ResourcePlan;
import org.rbmkit.budget.resources.ResourceRollup;
import org.rbmkit.core.money.Money;

class ResourcesToResultsExampleTest {

  private static Money keur(String thousands) {
    return Money.of("EUR", new BigDecimal(thousands).movePointRight(3));
  }

  @Test
  void allocations_addUpToThePublishedProposal() {
    ResourcePlan plan = ResourcesToResultsExample.plan();
    assertThat(AllocationCheck.check(plan)).isEmpty();
    ResourceRollup r = plan.rollUp();
    // seed 003 l.4657-4660: charges 60 535; direct costs 29 470 + 870 + 840 (l.4557-4590)
    assertThat(r.grandTotal(ResourcesToResultsExample.COLUMN, AmountKind.PLANNED))
        .isEqualTo(keur("91715"));
    assertThat(r.total("1", ResourcesToResultsExample.COLUMN, AmountKind.PLANNED))
        .isEqualTo(keur("46000.6"));
  }

  @Test
  void print_showsOutcomesStandingsAndTheCube() {
    String text = Printed.by(ResourcesToResultsExample::print);
    assertThat(text)
        .contains("Allocated 91 715 kEUR = charges 60 535 + direct costs 31 180; every line"
            + " reconciles.")
        .contains("1        14 460.6  46 000.6   45 000  1 000.6  18 840  41.0 %  off-track"
            + "  off-track/as-expected")
        .contains("3         6 017.2   7 347.2        0  7 347.2   1 740  23.7 %  off-track"
            + "  off-track/under-spent")
        .contains("other-revenue  development-assistance                    global    8"
            + "         36 325");
  }
}
