package org.rbmkit.budget.iati;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.iati.BudgetStatus;
import org.rbmkit.core.iati.BudgetType;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiAmount;
import org.rbmkit.core.iati.IatiBudget;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.testing.IatiFixtures;

class IatiBudgetAccumulatorPropertiesTest {

  private static final long SEED = 20261128L;
  private static final List<String> CURRENCIES = List.of("EUR", "USD", "JPY", "KWD");

  @Test
  void mergedSplitsEqualOnePass_andTotalsEqualTheSumOfTheBudgets() {
    SplittableRandom random = new SplittableRandom(SEED);
    IatiActivity template = IatiFixtures.example();
    for (int run = 0; run < 300; run++) {
      long caseSeed = random.nextLong();
      SplittableRandom r = new SplittableRandom(caseSeed);
      List<IatiActivity> activities = new ArrayList<>();
      Map<List<Object>, BigDecimal> expected = new HashMap<>();
      int n = r.nextInt(0, 12);
      for (int a = 0; a < n; a++) {
        String id = "XM-P-" + r.nextInt(0, 5);
        List<IatiBudget> budgets = new ArrayList<>();
        for (int b = r.nextInt(0, 6); b > 0; b--) {
          BudgetType type = BudgetType.values()[r.nextInt(2)];
          BudgetStatus status = BudgetStatus.values()[r.nextInt(2)];
          String cur = CURRENCIES.get(r.nextInt(CURRENCIES.size()));
          int scale = Currency.getInstance(cur).getDefaultFractionDigits();
          BigDecimal amount =
              BigDecimal.valueOf(r.nextLong(0, 10_000_000_000L), r.nextInt(scale + 1));
          int year = r.nextInt(2020, 2026);
          budgets.add(
              new IatiBudget(
                  Optional.of(type.code()),
                  Optional.of(status.code()),
                  LocalDate.of(year, 1, 1),
                  LocalDate.of(year, 12, 31),
                  new IatiAmount(amount, Optional.of(cur), LocalDate.of(year, 1, 1))));
          expected.merge(List.of(id, type, status, cur), amount, BigDecimal::add);
        }
        activities.add(
            new IatiActivity(
                id,
                template.language(),
                template.defaultCurrency(),
                template.reportingOrg(),
                template.title(),
                template.descriptions(),
                template.participatingOrgs(),
                template.activityStatus(),
                template.activityDates(),
                ImmutableList.copyOf(budgets),
                ImmutableList.of(),
                ImmutableList.of(),
                ImmutableList.of()));
      }
      IatiBudgetTotals onePass = IatiBudgetTotals.of(activities);

      List<IatiBudgetAccumulator> parts = new ArrayList<>();
      int from = 0;
      while (from < activities.size()) {
        int to = r.nextInt(from + 1, activities.size() + 1);
        parts.add(new IatiBudgetAccumulator().addAll(activities.subList(from, to)));
        from = to;
      }
      Collections.shuffle(parts, new java.util.Random(caseSeed));
      IatiBudgetAccumulator merged = new IatiBudgetAccumulator();
      parts.forEach(merged::merge);

      String where = "seed " + SEED + ", case seed " + caseSeed;
      assertThat(merged.result()).as(where).isEqualTo(onePass);
      for (String cur : CURRENCIES) {
        Currency c = Currency.getInstance(cur);
        for (BudgetType type : BudgetType.values()) {
          for (BudgetStatus status : BudgetStatus.values()) {
            BigDecimal portfolio = BigDecimal.ZERO;
            for (int i = 0; i < 5; i++) {
              String id = "XM-P-" + i;
              BigDecimal own =
                  expected.getOrDefault(List.of(id, type, status, cur), BigDecimal.ZERO);
              portfolio = portfolio.add(own);
              assertThat(onePass.total(id, type, status, c)).as(where).isEqualTo(Money.of(c, own));
            }
            assertThat(onePass.total(type, status, c)).as(where).isEqualTo(Money.of(c, portfolio));
          }
        }
      }
    }
  }
}
