package org.rbmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rbmkit.core.money.Money;
import org.rbmkit.examples.iati.IatiResources;

/** Step 11 on the illustrative IATI file and rates (docs/examples/iati-resources*.xml/json). */
class IatiResourcesExampleTest {

  @Test
  void view_convertsRatesAndRatesActivities() {
    IatiResources v = IatiResourcesExample.view();
    assertThat(v.lines()).hasSize(3);
    IatiResources.Line usd = v.lines().get(2);
    // USD 200 000 × 0.92; USD 80 000 × 0.92 + USD 100 000 × 0.90 + GBP 5 000 × 1.17
    assertThat(usd.row().budget()).isEqualTo(Money.of("EUR", "184000.00"));
    assertThat(usd.row().spending()).isEqualTo(Money.of("EUR", "169450.00"));
    assertThat(usd.row().fundingGap().gap()).isEqualTo(Money.of("EUR", "46000.00"));
    assertThat(usd.rating()).isEqualTo("on-track");
    assertThat(v.lines().get(0).rating()).isEqualTo("at-risk");
    assertThat(v.unitCosts(v.lines().get(0))).singleElement()
        .satisfies(u -> assertThat(u.ratio().toString()).isEqualTo("360000/1000"));
    assertThat(v.execution().unconverted()).isEmpty();
    // 360 000 + 90 000 (XM-EX-1) + 169 450 (XM-EX-2): every spending transaction, once
    assertThat(v.cube().total()).isEqualTo(Money.of("EUR", "619450.00"));
    assertThat(v.cube().cells()).hasSize(3);
  }

  @Test
  void print_showsExecutionStandingAndUnitCosts() {
    String text = Printed.by(IatiResourcesExample::print);
    assertThat(text)
        .contains("Step 11. Resources to results from IATI")
        .contains("XM-EX-1   2024-01-01/2024-12-31  400 000   360 000  90.0 %  350 000   50 000"
            + "  at-risk    off-track/as-expected")
        .contains("XM-EX-2   2024-01-01/2024-12-31  184 000   169 450  92.1 %  138 000   46 000"
            + "  on-track   on-track/as-expected")
        .contains("XM-EX-2   2.1      169 450     44         3 851")
        .contains("110           1:11330  UG          8    180 000")
        .contains("total                                   619 450");
  }
}
