package org.rbmkit.budget.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rbmkit.core.staff.GradeCategory.DIRECTOR_AND_ABOVE;
import static org.rbmkit.core.staff.GradeCategory.GENERAL_SERVICE;
import static org.rbmkit.core.staff.GradeCategory.PROFESSIONAL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.Seed003;
import org.rbmkit.budget.document.StaffingTable;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.staff.Grade;

/** Seed 003 Annex II (l.5469-5532) rebuilt from its grade rows. */
class AnnexIISeedTest {

  private static final Set<org.rbmkit.core.staff.GradeCategory> PROF_AND_HIGHER =
      Set.of(DIRECTOR_AND_ABOVE, PROFESSIONAL);

  static List<StaffCost> rows(String column) {
    List<StaffCost> out = new ArrayList<>();
    for (StaffingTable.Row r : Seed003.annexII().rows()) {
      if (r.column().equals(column)) {
        out.add(new StaffCost(r.grade(), r.fundSource(), r.fte(), Money.of("EUR", r.cost())));
      }
    }
    return out;
  }

  private static StaffCostSummary.Total total(String fte, long cost) {
    return new StaffCostSummary.Total(new BigDecimal(fte), Money.of("EUR", cost));
  }

  @Test
  void budget2022_23_totalsByCategoryAndFund() {
    StaffCostSummary s = StaffCostSummary.of(Money.zero("EUR").currency(), rows(Seed003.BUDGET));
    // seed 003 l.5512 "Total" of the professional and higher categories
    assertThat(s.total(PROF_AND_HIGHER, "regular")).isEqualTo(total("116", 18_100_000));
    assertThat(s.total(PROF_AND_HIGHER, "variable")).isEqualTo(total("22", 2_715_000));
    // seed 003 l.5526 "Total" of the general service
    assertThat(s.total(Set.of(GENERAL_SERVICE), "regular")).isEqualTo(total("174", 13_802_000));
    assertThat(s.total(Set.of(GENERAL_SERVICE), "variable")).isEqualTo(total("40", 2_542_000));
    // seed 003 l.5528 "TOTAL GÉNÉRAL"
    assertThat(s.byFundSource().get("regular")).isEqualTo(total("290", 31_902_000));
    assertThat(s.byFundSource().get("variable")).isEqualTo(total("62", 5_257_000));
    assertThat(s.byCategory().get(DIRECTOR_AND_ABOVE))
        .isEqualTo(total("6", 474_000 + 448_000 + 485_000)); // l.5496-5500
    assertThat(s.total()).isEqualTo(total("352", 37_159_000));
    // 352 FTE = 176 posts × 2 FTE per biennium (l.4882-4884, footnote 4 l.5530)
    assertThat(s.total().fte()).isEqualByComparingTo("352");
  }

  @Test
  void proposal2024_25_totalsByCategoryAndFund() {
    StaffCostSummary s =
        StaffCostSummary.of(Money.zero("EUR").currency(), rows(Seed003.PROPOSAL));
    assertThat(s.total(PROF_AND_HIGHER, "regular")).isEqualTo(total("142", 23_337_000)); // l.5512
    assertThat(s.total(PROF_AND_HIGHER, "variable")).isEqualTo(total("22", 3_246_000)); // l.5512
    assertThat(s.total(Set.of(GENERAL_SERVICE), "regular"))
        .isEqualTo(total("148", 12_895_000)); // l.5526
    assertThat(s.total(Set.of(GENERAL_SERVICE), "variable"))
        .isEqualTo(total("40", 2_739_000)); // l.5526
    assertThat(s.byFundSource().get("regular")).isEqualTo(total("290", 36_232_000)); // l.5528
    assertThat(s.byFundSource().get("variable")).isEqualTo(total("62", 5_985_000)); // l.5528
    // the D-2 row, printed "D .25" (grade "D .2" + footnote 5, l.5531)
    assertThat(s.byGrade().get(Grade.D_2)).isEqualTo(total("4", 1_231_000));
    // average cost per FTE, stated rounding: whole euros half up
    assertThat(s.byFundSource().get("regular")
            .averageCostPerFte(MoneyRounding.of("1", RoundingMode.HALF_UP)))
        .contains(Money.of("EUR", 124_938)); // 36 232 000 / 290 = 124 937.93
    assertThat(s.gradeMix().get(Grade.P_4))
        .isEqualTo(Ratio.of(new BigDecimal("50"), new BigDecimal("352"))); // 46 + 4 of 352
  }

  @Test
  void staffTotal_equality_andAverageOfNobody() {
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(total("2.0", 5), total("2", 5))
        .addEqualityGroup(total("2", 6))
        .testEquals();
    assertThat(total("0", 0).averageCostPerFte(MoneyRounding.of("1", RoundingMode.HALF_UP)))
        .isEmpty();
  }

  @Test
  void fromStaffingTable_equalsFromRows() {
    var eur = Money.zero("EUR").currency();
    assertThat(StaffCostSummary.of(eur, Seed003.annexII(), Seed003.PROPOSAL))
        .isEqualTo(StaffCostSummary.of(eur, rows(Seed003.PROPOSAL)));
  }

  @Test
  void change_2022_23_to_2024_25() {
    var eur = Money.zero("EUR").currency();
    StaffCostSummary before = StaffCostSummary.of(eur, rows(Seed003.BUDGET));
    StaffCostSummary after = StaffCostSummary.of(eur, rows(Seed003.PROPOSAL));
    // 37 159 000 → 42 217 000
    assertThat(before.costChangeTo(after).absolute()).isEqualTo(Money.of("EUR", 5_058_000));
    assertThat(before.costChangeTo(after).relative().percent(1, RoundingMode.HALF_UP))
        .contains(new BigDecimal("13.6"));
  }

  @Test
  void costingAPlan_fromStandardCosts_withExplicitRounding() {
    // standard cost per FTE taken as 2024-25 average P-4 regular: 8 249 000 / 46 (l.5504)
    StandardCostTable table = new StandardCostTable(List.of(
        new StandardCostTable.Cost(Grade.P_4, LocalDate.of(2022, 1, 1), Money.of("EUR", "153940.00")),
        new StandardCostTable.Cost(Grade.P_4, LocalDate.of(2024, 1, 1), Money.of("EUR", "179326.09"))));
    List<StandardCostTable.PlannedPosition> plan = List.of(
        new StandardCostTable.PlannedPosition(Grade.P_4, "regular", new BigDecimal("46")));
    MoneyRounding kEur = MoneyRounding.toUnit(AmountUnit.THOUSANDS, RoundingMode.HALF_UP);
    // 46 × 179 326.09 = 8 249 000.14 → EUR 8 249 000 as printed
    assertThat(table.cost(plan, LocalDate.of(2024, 1, 1), kEur).total())
        .isEqualTo(total("46", 8_249_000));
    // the earlier cost applies before 2024: 46 × 153 940 = 7 081 240 → 7 081 000
    assertThat(table.cost(plan, LocalDate.of(2023, 12, 31), kEur).total().cost())
        .isEqualTo(Money.of("EUR", 7_081_000));
    assertThatThrownBy(() -> table.cost(
            List.of(new StandardCostTable.PlannedPosition(Grade.G_5, "regular", BigDecimal.ONE)),
            LocalDate.of(2024, 1, 1), kEur))
        .hasMessage("no standard cost for grade G-5 effective on 2024-01-01");
  }
}
