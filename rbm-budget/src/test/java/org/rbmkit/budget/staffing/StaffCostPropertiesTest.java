package org.rbmkit.budget.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.staff.Grade;

/** Seeded randomised properties of the staff-cost summary. */
class StaffCostPropertiesTest {

  private static final long SEED = 5_469_5532L;
  private static final Currency EUR = Currencies.of("EUR");

  @Test
  void splitAndMerge_equalsOnePass_andTotalsAreSumsOfParts() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    Grade[] grades = Grade.values();
    for (int round = 0; round < 2_000; round++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      List<StaffCost> rows = new ArrayList<>();
      int n = r.nextInt(60);
      for (int i = 0; i < n; i++) {
        rows.add(new StaffCost(grades[r.nextInt(grades.length)], r.nextBoolean() ? "rb" : "vb",
            BigDecimal.valueOf(r.nextInt(200), 1), Money.of(EUR, BigDecimal.valueOf(r.nextLong(10_000_000)))));
      }
      StaffCostSummary one = StaffCostSummary.of(EUR, rows);
      int cut = n == 0 ? 0 : r.nextInt(n + 1);
      StaffCostSummary split = new StaffCostAccumulator(EUR).addAll(rows.subList(cut, n))
          .merge(new StaffCostAccumulator(EUR).addAll(rows.subList(0, cut))).result();
      assertThat(split).as("seed %s", seed).isEqualTo(one);
      assertThat(StaffCostSummary.of(EUR, rows.subList(0, cut))
              .plus(StaffCostSummary.of(EUR, rows.subList(cut, n))))
          .as("seed %s", seed).isEqualTo(one);
      assertThat(rows.parallelStream().collect(StaffCostSummary.collector(EUR)))
          .as("seed %s", seed).isEqualTo(one);
      StaffCostSummary.Total byCategory = one.byCategory().values().stream()
          .reduce(new StaffCostSummary.Total(BigDecimal.ZERO, Money.zero(EUR)), StaffCostSummary.Total::plus);
      StaffCostSummary.Total byFund = one.byFundSource().values().stream()
          .reduce(new StaffCostSummary.Total(BigDecimal.ZERO, Money.zero(EUR)), StaffCostSummary.Total::plus);
      assertThat(byCategory).as("seed %s", seed).isEqualTo(one.total());
      assertThat(byFund).as("seed %s", seed).isEqualTo(one.total());
    }
  }
}
