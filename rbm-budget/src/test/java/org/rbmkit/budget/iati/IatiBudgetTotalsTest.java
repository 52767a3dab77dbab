package org.rbmkit.budget.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rbmkit.core.testing.IatiFixtures.activity;
import static org.rbmkit.core.testing.IatiFixtures.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.iati.BudgetStatus;
import org.rbmkit.core.iati.BudgetType;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiAmount;
import org.rbmkit.core.iati.IatiBudget;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.testing.IatiFixtures;

class IatiBudgetTotalsTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final String EXAMPLE_ID = "AA-AAA-123456789-ABC123";
  private static final String ORIGINAL_INDICATIVE_2014 =
      "original indicative 2014-01-01/2014-12-31";

  /** Three activities written as IATI 2.03 and read back; the third repeats the first's id. */
  private static List<IatiActivity> portfolio() {
    return IatiFixtures.writtenAndRead(
        List.of(
            activity(
                "XM-B-1",
                "EUR",
                budget("1", "1", 2024, "1000.50", null),
                budget("2", "1", 2024, "1200", null),
                budget("1", "2", 2025, "500", "USD")),
            activity(
                "XM-B-2",
                "USD",
                budget("1", "1", 2024, "2000", "EUR"),
                budget("1", "2", 2024, "300", "EUR")),
            activity("XM-B-1", "EUR", budget("1", "1", 2024, "10", null))));
  }

  @Test
  void annotatedExample_isEur3000OriginalIndicativeFor2014() {
    IatiActivity example = IatiFixtures.example();

    // annotated example: <budget type="1" status="1">, 2014-01-01..2014-12-31, EUR 3000
    assertThat(IatiBudgetAccumulator.entries(example))
        .containsExactly(
            new BudgetEntry(
                ORIGINAL_INDICATIVE_2014,
                EXAMPLE_ID,
                LineKind.EXPENDITURE,
                1,
                "activity " + EXAMPLE_ID + " budget[1]",
                Money.of("EUR", 3000)));
    IatiBudgetTotals t = IatiBudgetTotals.of(List.of(example));
    assertThat(t.currencies()).containsExactly(EUR);
    assertThat(t.activities()).containsExactly(EXAMPLE_ID);
    assertThat(t.total(BudgetType.ORIGINAL, BudgetStatus.INDICATIVE, EUR))
        .isEqualTo(Money.of("EUR", 3000));
    assertThat(t.total(EXAMPLE_ID, BudgetType.ORIGINAL, BudgetStatus.INDICATIVE, EUR))
        .isEqualTo(Money.of("EUR", 3000));
    assertThat(t.total(BudgetType.REVISED, BudgetStatus.INDICATIVE, EUR))
        .isEqualTo(Money.zero(EUR));
    assertThat(t.total(BudgetType.ORIGINAL, BudgetStatus.INDICATIVE, USD))
        .isEqualTo(Money.zero(USD));
    assertThat(t.totals(EUR).balance(ORIGINAL_INDICATIVE_2014).expenditure())
        .isEqualTo(Money.of("EUR", 3000));
  }

  @Test
  void portfolio_totalsByTypeStatusCurrencyAndActivity() {
    IatiBudgetTotals t = IatiBudgetTotals.of(portfolio());

    assertThat(t.currencies()).containsExactly(EUR, USD);
    assertThat(t.activities()).containsExactly("XM-B-1", "XM-B-2");
    // 1000.50 + 2000 + 10
    assertThat(t.total(BudgetType.ORIGINAL, BudgetStatus.INDICATIVE, EUR))
        .isEqualTo(Money.of("EUR", "3010.50"));
    assertThat(t.total(BudgetType.REVISED, BudgetStatus.INDICATIVE, EUR))
        .isEqualTo(Money.of("EUR", 1200));
    assertThat(t.total(BudgetType.ORIGINAL, BudgetStatus.COMMITTED, EUR))
        .isEqualTo(Money.of("EUR", 300));
    assertThat(t.total(BudgetType.ORIGINAL, BudgetStatus.COMMITTED, USD))
        .isEqualTo(Money.of("USD", 500));
    // the same identifier twice adds up under it: 1000.50 + 10
    assertThat(t.total("XM-B-1", BudgetType.ORIGINAL, BudgetStatus.INDICATIVE, EUR))
        .isEqualTo(Money.of("EUR", "1010.50"));
    assertThat(t.total("XM-B-2", BudgetType.ORIGINAL, BudgetStatus.INDICATIVE, EUR))
        .isEqualTo(Money.of("EUR", 2000));
    assertThat(t.byColumn(EUR))
        .containsExactly(
            org.assertj.core.api.Assertions.entry(
                IatiBudgetColumn.parse("original committed 2024-01-01/2024-12-31"),
                Money.of("EUR", 300)),
            org.assertj.core.api.Assertions.entry(
                IatiBudgetColumn.parse("original indicative 2024-01-01/2024-12-31"),
                Money.of("EUR", "3010.50")),
            org.assertj.core.api.Assertions.entry(
                IatiBudgetColumn.parse("revised indicative 2024-01-01/2024-12-31"),
                Money.of("EUR", 1200)));
    assertThat(t.totals(EUR).balanceByFund("original indicative 2024-01-01/2024-12-31"))
        .containsOnlyKeys("XM-B-1", "XM-B-2");
  }

  @Test
  void mergedAccumulators_equalOnePass() {
    List<IatiActivity> all = portfolio();
    IatiBudgetAccumulator first = new IatiBudgetAccumulator().addAll(all.subList(0, 1));
    IatiBudgetAccumulator rest = new IatiBudgetAccumulator().addAll(all.subList(1, 3));

    IatiBudgetTotals onePass = IatiBudgetTotals.of(all);

    assertThat(new IatiBudgetAccumulator().merge(rest).merge(first).result()).isEqualTo(onePass);
    assertThat(first.result().plus(rest.result())).isEqualTo(onePass);
    // merging leaves the other accumulator as it was
    assertThat(rest.result()).isEqualTo(IatiBudgetTotals.of(all.subList(1, 3)));
  }

  @Test
  void budgetWithoutCurrency_namesActivityAndIndex() {
    IatiActivity a =
        activity(
            "XM-E", null, budget("1", "1", 2024, "5", "EUR"), budget("1", "1", 2024, "100", null));

    assertThatThrownBy(() -> new IatiBudgetAccumulator().add(a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "activity XM-E budget[2]: value 100 has no currency"
                + " (no @currency and no default-currency on the activity)");
  }

  @Test
  void budgetThatIsNotMoney_namesActivityIndexAndValue() {
    IatiBudgetAccumulator acc = new IatiBudgetAccumulator();

    assertThatThrownBy(() -> acc.add(activity("XM-E", "EUR", budget("1", "1", 2024, "100", "XDR"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "activity XM-E budget[1]: value XDR 100 (2024-01-01) is not usable money: ");
    assertThatThrownBy(
            () -> acc.add(activity("XM-E", "EUR", budget("1", "1", 2024, "1.234", null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "activity XM-E budget[1]: value EUR 1.234 (2024-01-01) is not usable money: ");
    // nothing was added by the failed calls
    assertThat(acc.result().currencies()).isEmpty();
  }

  @Test
  void negativeBudgets_areSummedAsPublished_notRefused() {
    IatiActivity a =
        activity(
            "XM-N",
            "EUR",
            budget("1", "1", 2024, "100.25", null),
            budget("1", "1", 2024, "-250.50", null),
            budget("2", "1", 2024, "-3", null));
    IatiBudgetTotals t = new IatiBudgetAccumulator().add(a).result();
    Currency eur = Currency.getInstance("EUR");
    // 100.25 - 250.50 = -150.25
    assertThat(t.total(BudgetType.ORIGINAL, BudgetStatus.INDICATIVE, eur))
        .isEqualTo(Money.of("EUR", new BigDecimal("-150.25")));
    assertThat(t.total("XM-N", BudgetType.REVISED, BudgetStatus.INDICATIVE, eur))
        .isEqualTo(Money.of("EUR", new BigDecimal("-3")));
    assertThat(t.plus(t).total(BudgetType.ORIGINAL, BudgetStatus.INDICATIVE, eur))
        .isEqualTo(Money.of("EUR", new BigDecimal("-300.50")));
    // a budget document's expenditure entry cannot be negative: entries() says so
    assertThatThrownBy(() -> IatiBudgetAccumulator.entries(a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("activity XM-N budget[2]: value EUR -250.50 is negative");
  }

  @Test
  void codesOutsideTheCodelists_andReversedPeriods_nameActivityAndIndex() {
    assertThatThrownBy(
            () ->
                IatiBudgetAccumulator.entries(
                    activity("XM-E", "EUR", budget("3", "1", 2024, "1", null))))
        .hasMessage(
            "activity XM-E budget[1]: type \"3\" is not in the IATI BudgetType codelist"
                + " (1 original, 2 revised)");
    assertThatThrownBy(
            () ->
                IatiBudgetAccumulator.entries(
                    activity("XM-E", "EUR", budget("1", "x", 2024, "1", null))))
        .hasMessage(
            "activity XM-E budget[1]: status \"x\" is not in the IATI BudgetStatus codelist"
                + " (1 indicative, 2 committed)");
    IatiBudget reversed =
        new IatiBudget(
            Optional.empty(),
            Optional.empty(),
            LocalDate.of(2024, 12, 31),
            LocalDate.of(2024, 1, 1),
            new IatiAmount(BigDecimal.ONE, Optional.of("EUR"), LocalDate.of(2024, 1, 1)));
    assertThatThrownBy(() -> IatiBudgetAccumulator.entries(activity("XM-E", "EUR", reversed)))
        .hasMessage("activity XM-E budget[1]: period start 2024-12-31 is after its end 2024-01-01");
  }

  @Test
  void absentTypeAndStatus_areIatiDefaultsOriginalIndicative() {
    IatiBudget b =
        new IatiBudget(
            Optional.empty(),
            Optional.empty(),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 12, 31),
            new IatiAmount(BigDecimal.TEN, Optional.empty(), LocalDate.of(2024, 1, 1)));

    assertThat(IatiBudgetAccumulator.entries(activity("XM-D", "EUR", b)))
        .extracting(BudgetEntry::column)
        .containsExactly("original indicative 2024-01-01/2024-12-31");
  }

  @Test
  void column_parsesItsText() {
    IatiBudgetColumn c =
        new IatiBudgetColumn(
            BudgetType.REVISED, BudgetStatus.COMMITTED, DateRange.parse("2024-01-01/2024-06-30"));

    assertThat(c).hasToString("revised committed 2024-01-01/2024-06-30");
    assertThat(IatiBudgetColumn.parse(c.toString())).isEqualTo(c);
    assertThatThrownBy(() -> IatiBudgetColumn.parse("revised 2024-01-01/2024-06-30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"revised 2024-01-01/2024-06-30\"");
  }

  @Test
  void totalsPastTheInputLimit_areExact() {
    // three budgets of 24 integer digits each: their total has 25, and is a sum, not an input
    String max = "999999999999999999999999";
    IatiBudgetTotals t =
        IatiBudgetTotals.of(
            IatiFixtures.writtenAndRead(
                List.of(
                    activity(
                        "XM-B-1",
                        "EUR",
                        budget("1", "1", 2024, max, null),
                        budget("1", "1", 2024, max, null),
                        budget("1", "1", 2024, max, null)))));
    Money total = Money.ofTotal(EUR, new BigDecimal("2999999999999999999999997"));
    assertThat(t.byColumn(EUR))
        .containsExactly(
            org.assertj.core.api.Assertions.entry(
                IatiBudgetColumn.parse("original indicative 2024-01-01/2024-12-31"), total));
    assertThat(t.total(BudgetType.ORIGINAL, BudgetStatus.INDICATIVE, EUR)).isEqualTo(total);
  }
}
