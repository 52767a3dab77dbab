package org.rbmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.check.Finding;

class ConsistencyCheckExampleTest {

  @Test
  void findings_areTheNinePlacesThatDoNotReconcile() {
    List<Finding> f = ConsistencyCheckExample.findings(TourData.itcIloBudget());
    assertThat(f).extracting(x -> x.table() + " " + x.location() + " " + x.column() + " "
            + x.printed().toPlainString() + " " + x.computed().orElseThrow().toPlainString())
        .containsExactly(
            // seed 003 l.4600-4610: contributors add up to 26 665, printed 26 678
            "main item-13 2022-23-forecast 26678000 26665000",
            // l.5046-5050 vs l.4625
            "consultants item-17 2024-25-proposal 1135000 1132000",
            // l.5130-5140 vs l.4627
            "campus item-18 2022-23-forecast 5645000 5495000",
            // l.5230-5240 vs l.4637
            "it item-23 2022-23-budget 3201000 3229000",
            "it item-23 2022-23-forecast 3185000 2919000",
            // l.5404-5413: 1 504 000 + 1 200 000 − 1 200 000 vs printed 1 070 000
            "reserve-funds fellowships 2024-25-proposal 1070000 1504000",
            // l.5512-5528 vs l.4621
            "annex-2 item-15 2022-23-budget 5259000 5257000",
            // l.4740-4742: 1 630 / 1 120 − 1 = 45.54 % → 46, text "environ 45"
            "text item-11-vs-approved 2024-25-proposal 45 46",
            // l.4758-4760: 2 789 / 1 710 − 1 = 63.10 % → 63, text "environ 64"
            "text item-12-vs-approved 2024-25-proposal 64 63");
  }

  @Test
  void print_listsEveryFindingWithItsNote() {
    String text = Printed.by(ConsistencyCheckExample::print);
    assertThat(text)
        .contains("9 places do not reconcile")
        .containsPattern("\\n1 +total +main +item-13 +2022-23-forecast +26 678 000 +26 665 000"
            + " +13 000 +EUR\\n")
        .containsPattern("\\n6 +reserve-movement +reserve-funds +fellowships +2024-25-proposal"
            + " +1 070 000 +1 504 000 +-434 000 +EUR\\n")
        .contains("8. item 11 2022-23-budget → 2024-25-proposal: exact change 45.5357 %")
        .contains("9. item 12");
  }
}
