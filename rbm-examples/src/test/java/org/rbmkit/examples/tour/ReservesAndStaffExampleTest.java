package org.rbmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.ReserveFundTable;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.budget.reserve.ReserveMovement;
import org.rbmkit.budget.staffing.StaffCostSummary;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.staff.Grade;

class ReservesAndStaffExampleTest {

  private static final BudgetDocument DOC = TourData.itcIloBudget();

  @Test
  void reserveFunds_closingRecomputed_fellowshipsDifferFromPrint() {
    Map<String, Money> closing = new java.util.LinkedHashMap<>();
    for (Map.Entry<ReserveFundTable.Row, ReserveMovement> e : ReservesAndStaffExample.reserves(DOC)) {
      closing.put(e.getKey().fund(), e.getValue().closing());
    }
    // seed 003 l.5404-5413: opening, additions, (use), closing, euros
    assertThat(closing).containsExactly(
        Map.entry("campus-improvement", Money.of("EUR", 7_283_000)), // printed 7 283 000
        Map.entry("innovation", Money.of("EUR", 787_000)), // printed 787 000
        Map.entry("it-development", Money.of("EUR", 109_000)), // printed 109 000
        // 1 504 000 + 1 200 000 − 1 200 000; the table prints 1 070 000
        Map.entry("fellowships", Money.of("EUR", 1_504_000)));
  }

  @Test
  void staff2024_25_totalsAverageAndMix() {
    StaffCostSummary s = ReservesAndStaffExample.staff(DOC, "2024-25-proposal");
    // seed 003 l.5528: TOTAL GÉNÉRAL 290 FTE 36 232 000 regular, 62 FTE 5 985 000 variable
    assertThat(s.byFundSource().get("regular"))
        .isEqualTo(new StaffCostSummary.Total(new BigDecimal("290"), Money.of("EUR", 36_232_000)));
    assertThat(s.byFundSource().get("variable"))
        .isEqualTo(new StaffCostSummary.Total(new BigDecimal("62"), Money.of("EUR", 5_985_000)));
    assertThat(s.total().cost()).isEqualTo(Money.of("EUR", 42_217_000));
    // 352 FTE = 176 posts × 2 (seed 003 l.4882-4884)
    assertThat(s.total().fte()).isEqualByComparingTo("352");
    // 36 232 000 / 290 = 124 937.93 → 124 938; 42 217 000 / 352 = 119 934.66 → 119 935
    assertThat(s.byFundSource().get("regular")
        .averageCostPerFte(ReservesAndStaffExample.WHOLE_EUROS))
        .contains(Money.of("EUR", 124_938));
    assertThat(s.total().averageCostPerFte(ReservesAndStaffExample.WHOLE_EUROS))
        .contains(Money.of("EUR", 119_935));
    // P-4: 46 regular + 4 variable of 352 (seed 003 l.5504)
    assertThat(s.gradeMix().get(Grade.P_4))
        .isEqualTo(Ratio.of(new BigDecimal("50"), new BigDecimal("352")));
    // the D-2 row, printed "D .25" (grade "D .2", footnote 5): 4 FTE, 1 231 000 (l.5498)
    assertThat(s.byGrade().get(Grade.D_2))
        .isEqualTo(new StaffCostSummary.Total(new BigDecimal("4"), Money.of("EUR", 1_231_000)));
  }

  @Test
  void print_showsFundsAndGrades() {
    String text = Printed.by(ReservesAndStaffExample::print);
    assertThat(text)
        .containsPattern("28 +Fonds de financement des bourses +1 504 000 +1 200 000 +1 200 000"
            + " +1 504 000 +1 070 000 +-434 000\\n")
        .containsPattern("\\nP-4 +56 +50 +8 912 000 +178 240 +14\\.2 % \\(50/352\\)\\n")
        .containsPattern("\\nTOTAL +352 +352 +42 217 000 +119 935\\n")
        .contains("Staff cost 37 159 000 -> 42 217 000 EUR: +13.6 %")
        .contains("Source: seed 003 l.5469-5532");
  }
}
