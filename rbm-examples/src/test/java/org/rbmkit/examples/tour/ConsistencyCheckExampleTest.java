package org.rbmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.check.ClaimOutcome;
import org.rbmkit.budget.check.ConsistencyCheck;
import org.rbmkit.budget.check.Finding;

class ConsistencyCheckExampleTest {

  @Test
  void findings_areTheEightPlacesThatDoNotReconcile() {
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
            // l.5064-5066: 556 000 × 1.046 = 581 576 → 582 000, printed 668 000 (l.5048)
            "text consultants-zero-real-growth 2024-25-proposal 668000 582000",
            // l.5172-5174: 657 × 1.046 = 687.2 kEUR → 687, printed 820 (l.4631)
            "text item-20-inflation-adjusted 2024-25-proposal 820000 687000");
  }

  @Test
  void claims_twentyEight_ofWhichTwentySixHold() {
    List<ClaimOutcome> o = ConsistencyCheck.withTolerance(ConsistencyCheckExample.TOLERANCE)
        .claims(TourData.itcIloBudget());
    assertThat(o).hasSize(28);
    assertThat(o).filteredOn(x -> !x.holds()).extracting(x -> x.claim().id())
        .containsExactly("consultants-zero-real-growth", "item-20-inflation-adjusted");
  }

  @Test
  void print_listsEveryFindingWithItsNote_andEveryClaim() {
    String text = Printed.by(ConsistencyCheckExample::print);
    assertThat(text)
        .contains("8 places do not reconcile")
        .containsPattern("\\n1 +total +main +item-13 +2022-23-forecast +26 678 000 +26 665 000"
            + " +13 000 +EUR\\n")
        .containsPattern("\\n6 +reserve-movement +reserve-funds +fellowships +2024-25-proposal"
            + " +1 070 000 +1 504 000 +-434 000 +EUR\\n")
        .contains("7. real-change of row:consultants:Consultants 2022-23-budget →"
            + " 2024-25-proposal, inflation 4.6 %, real 0 %: exact 581576.0000")
        // seed 003 l.4740-4742: 45.5357 % read within 1 point of "environ 45"
        .containsPattern("item-11-vs-approved +percentage-change +item-11 +within 1 +45"
            + " +45.5357 +% +yes")
        // seed 003 l.5246-5250: 3 201 × 1.046 = 3 348.246 → 3 348 kEUR, printed 3 347
        .containsPattern("item-23-inflation-adjusted +real-change +item-23 +nearest 1000"
            + " HALF_UP, within 1000 +3 347 000 +3 348 000 +EUR +yes")
        // seed 003 l.4882: 352 FTE / 2
        .containsPattern("posts-2024-25 +count +staff:annex-2:fte +nearest 1 HALF_UP +176 +176"
            + " +count +yes")
        .containsPattern("item-20-inflation-adjusted +real-change +item-20 .* +820 000 +687 000"
            + " +EUR +NO")
        // seed 003 l.5330-5332, l.5362-5369: the fellowships' 1 200 kEUR as in 2022-23
        .containsPattern("item-28-as-2022-23 +absolute-change +item-28 +within 1000 +0 +0 +EUR"
            + " +yes")
        .contains("28 claims of the text", "reserve objectives");
  }
}
